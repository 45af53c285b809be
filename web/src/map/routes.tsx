import type { RouteObject } from 'react-router';
import { page } from '../layout/lazy-page';

/** The map of suppliers, plants and estates, for every signed-in role (a chunk of its own, Leaflet in another). */
export const mapRoutes: RouteObject[] = [{ path: '/map', ...page(() => import('./MapPage'), { ns: ['map'] }) }];
