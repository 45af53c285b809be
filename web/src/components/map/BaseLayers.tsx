import { useQuery } from '@tanstack/react-query';
import type { GeoJsonObject } from 'geojson';
import { AttributionControl, GeoJSON, Pane, TileLayer } from 'react-leaflet';
import { api, call } from '../../api/client';
import indonesia from './indonesia.json';

/** The sea behind the outline, where no tiles are drawn. */
export const SEA = '#d0ebff';
const OUTLINE = { color: '#868e96', weight: 1, fillColor: '#f8f9fa', fillOpacity: 1 };

/**
 * What every map draws under its points: the deployment's tile server when it has one (MAP_TILE_URL,
 * from GET /reference/map-settings), else Indonesia's outline (Natural Earth, public domain), bundled, so
 * that by default no map asks anything of the internet.
 */
export function BaseLayers() {
  const settings = useQuery({
    queryKey: ['reference', 'map-settings'],
    queryFn: () => call(api.GET('/api/v1/reference/map-settings')),
    staleTime: Infinity,
  });
  // Neither the outline nor tiles until the answer is in, so that one never flashes before the other.
  if (settings.isPending) return null;
  const tiles = settings.data?.tileUrl;
  // In a pane of its own under the overlays: it arrives after them, and would otherwise be drawn over them.
  if (!tiles)
    return (
      <Pane name="rantai-outline" style={{ zIndex: 250 }}>
        <GeoJSON data={indonesia as GeoJsonObject} style={OUTLINE} interactive={false} />
      </Pane>
    );
  return (
    <>
      <TileLayer url={tiles} attribution={settings.data?.attribution ?? undefined} />
      {settings.data?.attribution && <AttributionControl prefix={false} />}
    </>
  );
}
