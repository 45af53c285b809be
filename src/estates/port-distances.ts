import type { Port } from './port.entity';

/** A port (seaport, airport or dry port) with its straight-line distance, km, as portDistancesSql answers it. */
export type PortDistance = Pick<Port, 'code' | 'name' | 'kind'> & { distanceKm: number };

/**
 * SQL for the ports as `[{ code, name, kind, distanceKm }]`, nearest first, from
 * the point in `lat`/`lng` of the given table alias. Ports are rows of the
 * `ports` table (data a curator can correct), never constants in code.
 */
export const portDistancesSql = (alias: string) => {
  const distance = `geo_distance_km(${alias}.lat, ${alias}.lng, p.lat, p.lng)`;
  return `(SELECT coalesce(json_agg(json_build_object('code', p.code, 'name', p.name, 'kind', p.kind,
             'distanceKm', round(${distance}::numeric, 1)) ORDER BY ${distance}, p.code), '[]'::json) FROM ports p)`;
};
