import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** web/dist, found from the project root: this file runs from src/web (ts) or dist/src/web (built). */
function webDist(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'web', 'dist');
}

const built = (): boolean => existsSync(join(webDist(), 'index.html'));

/**
 * The app's scripts and styles (`/assets`), named by content hash, so kept a year. The build
 * compresses each ahead (brotli at its best level, and gzip): about 15% smaller than what the
 * compression middleware makes on the fly, and no work per request. Undefined without a build.
 */
export function webAssets(): RequestHandler | undefined {
  if (!built()) return undefined;
  return expressStaticGzip(join(webDist(), 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: { immutable: true, maxAge: '365d', fallthrough: true },
  });
}

/**
 * Serves the web app built by `npm run build:web` at /, with index.html (never cached, so a release
 * shows on the next visit) for the app's own routes (/owner, /buyer/requests/…). The API, its docs,
 * health and missing assets are left to Nest, so a 404 there stays a problem detail, not a page.
 * Without a build (API tests), nothing is served.
 */
@Module({})
export class WebAppModule {
  static register(): DynamicModule {
    if (!built()) return { module: WebAppModule };
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: webDist(),
          exclude: ['/api/{*path}', '/health', '/assets/{*path}'],
          serveStaticOptions: {
            index: false,
            setHeaders: (res: Response) => res.setHeader('Cache-Control', 'no-cache'),
          },
        }),
      ],
    };
  }
}
