import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANT_COLOR, VERIFICATION_COLOR } from './colors';
import classes from './RegionMap.module.css';

/** What the map's colours and shapes stand for, under the map where a screen reader finds it too. */
export function MapLegend({ plants = true, estates = true }: { plants?: boolean; estates?: boolean }) {
  const { t } = useTranslation('map');
  const item = (label: string, swatch: ReactNode) => (
    <Group gap={6} wrap="nowrap" key={label}>
      {swatch}
      <Text size="xs">{label}</Text>
    </Group>
  );
  return (
    <Group gap="md" aria-label={t('map.legend')} role="list">
      {(['verified', 'unverified', 'rejected'] as const).map((state) => (
        <div role="listitem" key={state}>
          {item(
            t(`map.legendSupplier.${state}`),
            <span className={classes.swatch} style={{ background: VERIFICATION_COLOR[state] }} />,
          )}
        </div>
      ))}
      {plants && (
        <div role="listitem">
          {item(t('map.legendPlant'), <span className={classes.swatch} style={{ background: PLANT_COLOR }} />)}
        </div>
      )}
      {estates && (
        <div role="listitem">
          {item(t('map.legendEstate'), <span className={`${classes.swatchSquare} ${classes.estate}`} />)}
        </div>
      )}
    </Group>
  );
}
