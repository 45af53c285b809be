import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useFormat } from '../format';

type Estate = Schemas['EstateDto'];

/** Operating or still being built, and whether it is a National Strategic Project (PSN). */
export function EstateBadges({ estate }: { estate: Pick<Estate, 'status' | 'nationalStrategicProject'> }) {
  const { t } = useTranslation('map');
  return (
    <Group gap={6}>
      <Badge variant="dot" color={estate.status === 'operating' ? 'green' : 'yellow'} style={{ flexShrink: 0 }}>
        {t(`estate.status.${estate.status}`)}
      </Badge>
      {estate.nationalStrategicProject && (
        <Badge variant="outline" color="gray" tt="none">
          {t('estate.psn')}
        </Badge>
      )}
    </Group>
  );
}

/** The straight-line km to the seaports (Patimban, Tanjung Priok, …), nearest first, as the API works them out. */
export function SeaportDistances({ ports }: { ports: Estate['ports'] }) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const seaports = ports.filter((port) => port.kind === 'seaport');
  if (seaports.length === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('estate.toSeaports', {
        ports: seaports.map((port) => `${port.name} ${format.km(port.distanceKm)}`).join(' · '),
      })}
    </Text>
  );
}
