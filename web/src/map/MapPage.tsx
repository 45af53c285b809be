import { Alert, Anchor, Checkbox, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEstates } from '../buyer/queries';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { paramsFromQuery } from '../suppliers/search-params';
import { SupplierFilterFrame, useSupplierQuery } from '../suppliers/SupplierFilters';
import { MapLegend } from './MapLegend';
import { focusOf, plantPointsQuery, pointFilters, supplierPointsQuery } from './queries';

const RegionMap = lazy(() => import('./RegionMap'));

const LAYERS = ['suppliers', 'plants', 'estates'] as const;
type Layer = (typeof LAYERS)[number];
/** Tall enough to read a region on a laptop, and leaving the filters' button in view on a phone. */
const MAP_HEIGHT = 'clamp(360px, 65vh, 720px)';

/**
 * Where suppliers, buyers' plants and industrial estates are: every supplier the search's filters find
 * (the same filters, in the address, so that a search opens as a map and back), clustered.
 */
export default function MapPage() {
  const { t } = useTranslation('map');
  const format = useFormat();
  const { query } = useSupplierQuery();
  const filters = pointFilters(query);
  const [layers, setLayers] = useState<Layer[]>([...LAYERS]);
  const suppliers = useQuery({ ...supplierPointsQuery(filters), placeholderData: keepPreviousData });
  const plants = useQuery(plantPointsQuery());
  const estates = useEstates();
  const focus = useMemo(() => focusOf({ near: query.near, radiusKm: query.radiusKm }), [query.near, query.radiusKm]);
  const shown = (layer: Layer) => layers.includes(layer);
  const counts: Record<Layer, number | undefined> = {
    suppliers: suppliers.data?.items.length,
    plants: plants.data?.items.length,
    estates: estates.data?.length,
  };

  return (
    <SupplierFilterFrame
      title={t('map.title')}
      aside={
        <Anchor component={Link} to={`/suppliers?${paramsFromQuery(filters).toString()}`}>
          {t('map.showAsList')}
        </Anchor>
      }
    >
      <Stack gap="sm">
        <Checkbox.Group label={t('map.layers')} value={layers} onChange={setLayers}>
          <Group gap="md" mt={4}>
            {LAYERS.map((layer) => (
              <Checkbox
                key={layer}
                value={layer}
                label={
                  counts[layer] === undefined
                    ? t(`map.layer.${layer}`)
                    : t('map.layerCount', { layer: t(`map.layer.${layer}`), number: format.number(counts[layer]) })
                }
              />
            ))}
          </Group>
        </Checkbox.Group>
        <QueryStatus query={suppliers} />
        {suppliers.data?.truncated && (
          <Alert color="yellow" role="status">
            {t('map.truncated', { limit: format.number(suppliers.data.limit) })}
          </Alert>
        )}
        {suppliers.data && suppliers.data.items.length === 0 && <Text role="status">{t('map.none')}</Text>}
        <Suspense fallback={<div style={{ height: MAP_HEIGHT }} />}>
          <RegionMap
            label={t('map.label')}
            height={MAP_HEIGHT}
            suppliers={shown('suppliers') ? suppliers.data?.items : undefined}
            plants={shown('plants') ? plants.data?.items : undefined}
            estates={shown('estates') ? estates.data : undefined}
            focus={focus}
          />
        </Suspense>
        <MapLegend plants={shown('plants')} estates={shown('estates')} />
        <Text size="xs" c="dimmed">
          {t('map.listHint')}
        </Text>
      </Stack>
    </SupplierFilterFrame>
  );
}
