import { RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ProblemDto } from './common/openapi/problem-responses';
import { AppConfig, tileImageSource } from './config/app-config';
import { webAssets } from './web/web-app.module';

export const API_PREFIX = 'api/v1';

/**
 * Everything about the HTTP app that is not a module: shared by main.ts and
 * the test harness, so that tests exercise the app exactly as it runs.
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      // Swagger UI loads its own scripts and styles from this origin and inlines styles.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Map tiles come from MAP_TILE_URL's server when one is configured, from nowhere else.
          imgSrc: ["'self'", 'data:', ...tileImageSource(config.mapTileUrl)],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      hsts: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
  );
  // Text answers (the web app's scripts, JSON) travel compressed: a phone on a mobile network waits for bytes.
  app.use(compression());
  const assets = webAssets();
  if (assets) app.use('/assets', assets);
  if (config.corsOrigins === '*' || config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins === '*' ? true : config.corsOrigins,
      exposedHeaders: ['X-Request-Id', 'ETag'],
    });
  }
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: `${API_PREFIX}/health`, method: RequestMethod.GET },
    ],
  });
  app.enableShutdownHooks();
  setUpOpenApi(app);
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rantai API')
      .setDescription(
        'Rantai matches IKM metal and machinery suppliers in Subang, Majalengka and Sumedang with automotive and EV makers. ' +
          'Errors are RFC 9457 problem details (`application/problem+json`).',
      )
      .setVersion('1')
      .addServer('/', 'This server')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'The accessToken from POST /api/v1/auth/login.',
      })
      .build(),
    { extraModels: [ProblemDto] },
  );
  // Nest's explorer drops an empty `security` list set on a single method, so @Public() sets an empty
  // requirement (`[{}]`, also "no token needed"); it is written here the way readers and linters expect.
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations as Record<string, { security?: object[] }>)) {
      if (operation.security?.length === 1 && Object.keys(operation.security[0]).length === 0) operation.security = [];
    }
  }
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Rantai API',
    swaggerOptions: { persistAuthorization: true },
  });
}
