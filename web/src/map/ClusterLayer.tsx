import { circleMarker, divIcon, layerGroup, marker } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import Supercluster from 'supercluster';
import { onActivate } from './activate';
import classes from './RegionMap.module.css';

export interface MapPoint {
  lat: number;
  lng: number;
}

interface ClusterLayerProps<P extends MapPoint> {
  points: P[];
  /** The class of this layer's clusters (RegionMap.module.css), whose fill says what they hold. */
  clusterClassName: string;
  /** The fill of a single point. */
  colorOf: (point: P) => string;
  /** A cluster's accessible name ("12 pemasok; perbesar") and its short label ("12", "1,2 rb"). */
  clusterTitle: (count: number) => string;
  clusterLabel: (count: number) => string;
  onSelect: (point: P) => void;
}

/** Zoom levels past which points are no longer merged: at 17 a cluster would be a single building. */
const MAX_CLUSTER_ZOOM = 16;

/**
 * Tens of thousands of points, clustered by supercluster (a k-d tree per zoom level, built once per point
 * set) and redrawn after each move or zoom with only what is in view: single points as circles on the
 * map's canvas (no DOM node each), clusters as labelled markers that zoom in when clicked or pressed with
 * Enter. Imperative Leaflet layers rather than one React element per point, which would re-render them all.
 */
export function ClusterLayer<P extends MapPoint>({
  points,
  clusterClassName,
  colorOf,
  clusterTitle,
  clusterLabel,
  onSelect,
}: ClusterLayerProps<P>) {
  const map = useMap();
  const index = useMemo(() => {
    const clusters = new Supercluster<{ index: number }>({ radius: 60, maxZoom: MAX_CLUSTER_ZOOM });
    return clusters.load(
      points.map((point, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [point.lng, point.lat] },
        properties: { index: i },
      })),
    );
  }, [points]);

  useEffect(() => {
    const layer = layerGroup().addTo(map);
    const draw = () => {
      layer.clearLayers();
      const bounds = map.getBounds().pad(0.2);
      const zoom = Math.round(map.getZoom());
      const features = index.getClusters(
        [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        zoom,
      );
      for (const feature of features) {
        const [lng, lat] = feature.geometry.coordinates;
        const properties = feature.properties;
        if ('cluster' in properties && properties.cluster) {
          const count = properties.point_count;
          const size = count < 100 ? 32 : count < 1000 ? 38 : 46;
          marker([lat, lng], {
            icon: divIcon({
              html: `<span>${clusterLabel(count)}</span>`,
              className: `${classes.cluster} ${clusterClassName}`,
              iconSize: [size, size],
            }),
            title: clusterTitle(count),
            keyboard: true,
          })
            .on(
              onActivate(() =>
                map.setView(
                  [lat, lng],
                  Math.min(index.getClusterExpansionZoom(properties.cluster_id), map.getMaxZoom()),
                ),
              ),
            )
            .addTo(layer);
        } else {
          const point = points[(properties as { index: number }).index];
          circleMarker([lat, lng], {
            radius: 6,
            weight: 1.5,
            color: '#fff',
            fillColor: colorOf(point),
            fillOpacity: 0.95,
          })
            .on('click', () => onSelect(point))
            .addTo(layer);
        }
      }
    };
    draw();
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      layer.remove();
    };
  }, [map, index, points, clusterClassName, colorOf, clusterTitle, clusterLabel, onSelect]);

  return null;
}
