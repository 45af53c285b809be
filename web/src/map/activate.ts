import type { LeafletEventHandlerFnMap } from 'leaflet';

/**
 * A marker's handlers for a click and for Enter or Space when it has the focus: Leaflet makes markers
 * focusable buttons, but a key opens only a popup bound to them, and these open React's.
 */
export function onActivate(action: () => void): LeafletEventHandlerFnMap {
  return {
    click: action,
    keydown: (event) => {
      const { key } = event.originalEvent;
      if (key !== 'Enter' && key !== ' ') return;
      event.originalEvent.preventDefault();
      action();
    },
  };
}
