import { divIcon, layerGroup, marker } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useRegions } from '../api/reference';
import classes from './RegionMap.module.css';

/** Below this zoom a region's names would cover each other and the points. */
const MIN_ZOOM = 9;

/**
 * The names of the regencies and cities in view, at their centroids: without tiles the outline alone says
 * nothing about where a cluster is. Plain text markers, neither focusable nor clickable, redrawn after each
 * move for what is in view.
 */
export function RegencyLabels() {
  const map = useMap();
  const { data } = useRegions();

  useEffect(() => {
    if (!data) return;
    const layer = layerGroup().addTo(map);
    const draw = () => {
      layer.clearLayers();
      if (map.getZoom() < MIN_ZOOM) return;
      const bounds = map.getBounds();
      for (const regency of data.regencies) {
        if (!bounds.contains([regency.lat, regency.lng])) continue;
        const label = document.createElement('span');
        label.textContent = regency.name;
        marker([regency.lat, regency.lng], {
          icon: divIcon({ html: label, className: classes.place, iconSize: undefined, iconAnchor: [3, 7] }),
          interactive: false,
          keyboard: false,
          // Under the clusters and estates.
          zIndexOffset: -1000,
        }).addTo(layer);
      }
    };
    draw();
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      layer.remove();
    };
  }, [map, data]);

  return null;
}
