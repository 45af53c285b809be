import { pathToRegexp } from 'path-to-regexp';
import { createTestApp, TestApp } from '../support/app';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/**
 * Express tries routes in the order they were registered, so a route with a
 * parameter (/suppliers/:id) registered before a fixed one it also matches
 * (/suppliers/export.csv) would take its requests. No route may be shadowed
 * that way, whatever order modules and controllers are listed in.
 */
describe('Routing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has no fixed route that a route registered before it takes', () => {
    const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
    const routes = express.router.stack.flatMap((layer) =>
      layer.route
        ? [layer.route.path]
            .flat()
            .flatMap((path) => Object.keys(layer.route!.methods).map((method) => ({ method, path })))
        : [],
    );
    const shadowed = routes.flatMap((later, j) =>
      routes
        .slice(0, j)
        .filter(
          (earlier) => earlier.method === later.method && earlier.path !== later.path && earlier.path.includes(':'),
        )
        .filter((earlier) => !later.path.includes(':') && pathToRegexp(earlier.path).regexp.test(later.path))
        .map((earlier) => `${later.method.toUpperCase()} ${later.path} is taken by ${earlier.path}`),
    );
    expect(routes.length).toBeGreaterThan(60);
    expect(shadowed).toEqual([]);
  });
});
