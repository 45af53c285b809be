import 'leaflet/dist/leaflet.css';
import { Anchor, Stack, Text } from '@mantine/core';
import { divIcon, latLng } from 'leaflet';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, MapContainer, Marker, Popup, useMap, ZoomControl } from 'react-leaflet';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { VerificationBadge } from '../buyer/parts';
import { BaseLayers, SEA } from '../components/map/BaseLayers';
import { useFormat } from '../format';
import { onActivate } from './activate';
import { RegencyLabels } from './RegencyLabels';
import { ClusterLayer, type MapPoint } from './ClusterLayer';
import { PLANT_COLOR, VERIFICATION_COLOR } from './colors';
import classes from './RegionMap.module.css';

export type SupplierPoint = Schemas['SupplierPointDto'];
export type PlantPoint = Schemas['PlantPointDto'];
export type EstatePoint = Pick<Schemas['EstateDto'], 'id' | 'name' | 'location'>;
export interface Focus {
  lat: number;
  lng: number;
  radiusKm?: number;
}

export interface RegionMapProps {
  /** The map's accessible name. */
  label: string;
  height: number | string;
  suppliers?: SupplierPoint[];
  plants?: PlantPoint[];
  estates?: EstatePoint[];
  /** A point to centre on, with its radius drawn: a search around a plant, an estate's surroundings. */
  focus?: Focus;
}

type Selected =
  | { kind: 'supplier'; point: SupplierPoint }
  | { kind: 'plant'; point: PlantPoint }
  | { kind: 'estate'; point: EstatePoint };

const NONE: never[] = [];
/** Rebana and the estates west of it, where Rantai starts. */
const WEST_JAVA: [number, number] = [-6.6, 107.6];
const ESTATE_ICON = divIcon({ className: classes.estate, iconSize: [16, 16] });
const supplierColor = (point: SupplierPoint) => VERIFICATION_COLOR[point.verification];
const plantColor = () => PLANT_COLOR;

/**
 * Suppliers, buyers' plants and industrial estates on one map, over the outline of Indonesia or the
 * deployment's tiles; suppliers and plants clustered (see ClusterLayer), estates as squares. Clicking a
 * point opens what it is, with a link to it. A chunk of its own: Leaflet and supercluster load with it.
 */
export default function RegionMap({
  label,
  height,
  suppliers = NONE,
  plants = NONE,
  estates = NONE,
  focus,
}: RegionMapProps) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const [selected, setSelected] = useState<Selected | null>(null);
  const countLabel = useCallback(
    (count: number) => (count < 10_000 ? format.number(count) : `${format.number(count / 1000, 0)}k`),
    [format],
  );
  const supplierTitle = useCallback((count: number) => t('map.supplierCluster', { count }), [t]);
  const plantTitle = useCallback((count: number) => t('map.plantCluster', { count }), [t]);
  const selectSupplier = useCallback((point: SupplierPoint) => setSelected({ kind: 'supplier', point }), []);
  const selectPlant = useCallback((point: PlantPoint) => setSelected({ kind: 'plant', point }), []);
  // Fit to the suppliers when there are any; else to whatever else is drawn.
  const fitTo = useMemo<MapPoint[]>(
    () => (suppliers.length ? suppliers : [...plants, ...estates.map((estate) => estate.location)]),
    [suppliers, plants, estates],
  );

  return (
    <MapContainer
      center={focus ? [focus.lat, focus.lng] : WEST_JAVA}
      zoom={focus ? 11 : 8}
      preferCanvas
      style={{ height, background: SEA, borderRadius: 8 }}
      attributionControl={false}
      zoomControl={false}
      aria-label={label}
    >
      <ZoomControl zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      <BaseLayers />
      <RegencyLabels />
      {focus?.radiusKm && (
        <Circle
          center={[focus.lat, focus.lng]}
          radius={focus.radiusKm * 1000}
          pathOptions={{ color: '#495057', weight: 1, dashArray: '4 4', fill: false }}
          interactive={false}
        />
      )}
      <ClusterLayer
        points={plants}
        clusterClassName={classes.plants}
        colorOf={plantColor}
        clusterTitle={plantTitle}
        clusterLabel={countLabel}
        onSelect={selectPlant}
      />
      <ClusterLayer
        points={suppliers}
        clusterClassName={classes.suppliers}
        colorOf={supplierColor}
        clusterTitle={supplierTitle}
        clusterLabel={countLabel}
        onSelect={selectSupplier}
      />
      {estates.map((estate) => (
        <Marker
          key={estate.id}
          position={[estate.location.lat, estate.location.lng]}
          icon={ESTATE_ICON}
          title={estate.name}
          // Above the clusters of the suppliers inside it.
          zIndexOffset={1000}
          eventHandlers={onActivate(() => setSelected({ kind: 'estate', point: estate }))}
        />
      ))}
      {selected && (
        <Popup position={positionOf(selected)} eventHandlers={{ remove: () => setSelected(null) }}>
          <SelectedInfo selected={selected} />
        </Popup>
      )}
      <FitView points={fitTo} focus={focus} />
      <FollowSize />
    </MapContainer>
  );
}

const positionOf = (selected: Selected): [number, number] =>
  selected.kind === 'estate'
    ? [selected.point.location.lat, selected.point.location.lng]
    : [selected.point.lat, selected.point.lng];

function SelectedInfo({ selected }: { selected: Selected }) {
  const { t } = useTranslation('map');
  switch (selected.kind) {
    case 'supplier':
      return (
        <Stack gap={4} align="flex-start">
          <Anchor component={Link} to={`/suppliers/${selected.point.id}`} fw={600}>
            {selected.point.name}
          </Anchor>
          <VerificationBadge verification={selected.point.verification} />
        </Stack>
      );
    case 'plant':
      return (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {selected.point.name}
          </Text>
          <Text size="sm">{selected.point.buyerName}</Text>
          <Text size="xs" c="dimmed">
            {t('map.plantOf')}
          </Text>
        </Stack>
      );
    case 'estate':
      return (
        <Stack gap={2} align="flex-start">
          <Anchor component={Link} to={`/estates/${selected.point.id}`} fw={600}>
            {selected.point.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('map.estate')}
          </Text>
        </Stack>
      );
  }
}

/** Leaflet measures its container once; a column that narrows or widens later must tell it. */
function FollowSize() {
  const map = useMap();
  useEffect(() => {
    // A size reported after the map was removed (leaving the page) must not reach it.
    let live = true;
    const observer = new ResizeObserver(() => live && map.invalidateSize());
    const stop = () => {
      live = false;
      observer.disconnect();
    };
    map.once('unload', stop);
    observer.observe(map.getContainer());
    return stop;
  }, [map]);
  return null;
}

/**
 * Shows the focus and its radius, or else every point drawn, when they change (a new search), not on every
 * render, so that a person's own panning stays.
 */
function FitView({ points, focus }: { points: MapPoint[]; focus?: Focus }) {
  const map = useMap();
  const { lat, lng, radiusKm } = focus ?? {};
  useEffect(() => {
    if (lat !== undefined && lng !== undefined) {
      map.fitBounds(latLng(lat, lng).toBounds((radiusKm ?? 10) * 2000), { animate: false });
      return;
    }
    if (points.length === 0) return;
    let [south, west, north, east] = [90, 180, -90, -180];
    for (const point of points) {
      south = Math.min(south, point.lat);
      north = Math.max(north, point.lat);
      west = Math.min(west, point.lng);
      east = Math.max(east, point.lng);
    }
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      // Without animation: a page left while Leaflet animates throws from its pending frames.
      { padding: [24, 24], maxZoom: 12, animate: false },
    );
  }, [map, points, lat, lng, radiusKm]);
  return null;
}
