import 'leaflet/dist/leaflet.css';
import type { LatLngExpression } from 'leaflet';
import { useEffect } from 'react';
import { CircleMarker, MapContainer, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { useRegions } from '../../api/reference';
import { BaseLayers, SEA } from './BaseLayers';

export interface Point {
  lat: number;
  lng: number;
}

interface PointMapProps {
  value: Point | null;
  onChange: (point: Point) => void;
  /** Where to look when no point is set yet (the regency's centroid). */
  center: Point;
  label: string;
}

/**
 * A map to put a point on, over Indonesia's outline (or the deployment's tiles, see BaseLayers) with the
 * regencies' centroids, named, to find one's way. Loaded only where a point is picked.
 */
export default function PointMap({ value, onChange, center, label }: PointMapProps) {
  const { data } = useRegions();
  return (
    <MapContainer
      center={toLatLng(value ?? center)}
      zoom={value ? 12 : 10}
      style={{ height: 280, background: SEA, borderRadius: 8 }}
      attributionControl={false}
      aria-label={label}
    >
      <BaseLayers />
      {data?.regencies.map((regency) => (
        <CircleMarker
          key={regency.code}
          center={[regency.lat, regency.lng]}
          radius={3}
          pathOptions={{ color: '#495057' }}
        >
          <Tooltip direction="top">{regency.name}</Tooltip>
        </CircleMarker>
      ))}
      {value && (
        <CircleMarker center={toLatLng(value)} radius={9} pathOptions={{ color: '#c92a2a', fillOpacity: 0.8 }} />
      )}
      <PickOnClick onChange={onChange} />
      <FollowCenter center={value ?? center} />
    </MapContainer>
  );
}

const toLatLng = (point: Point): LatLngExpression => [point.lat, point.lng];

function PickOnClick({ onChange }: { onChange: (point: Point) => void }) {
  useMapEvents({ click: (event) => onChange({ lat: event.latlng.lat, lng: event.latlng.lng }) });
  return null;
}

/** Pans when the point or the regency changes from outside the map (typed in, or located). */
function FollowCenter({ center }: { center: Point }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getBounds().contains(toLatLng(center))) map.panTo(toLatLng(center));
  }, [map, center]);
  return null;
}
