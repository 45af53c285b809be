import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig, ConfigError, loadConfig, loadDotEnvFile } from './config/app-config';
import { DemoStartup } from './demo/demo-startup';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-world';

async function bootstrap(): Promise<void> {
  const startedAt = Date.now();
  loadDotEnvFile();
  // Fail fast, before any module starts, with every bad variable named.
  loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.port);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const database = config.databaseUrl
    ? `server ${redactUrl(config.databaseUrl)}`
    : `embedded at ${config.embeddedDataDir}`;
  const demo = app.get(DemoStartup).present
    ? `\n  Demo     password ${DEMO_PASSWORD} for each of\n` +
      Object.values(DEMO_ACCOUNTS)
        .map(({ email, role }) => `           ${email.padEnd(24)} ${role}`)
        .join('\n')
    : '';
  app
    .get(Logger)
    .log(
      `Rantai is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n` +
        `  Web app  ${url}/\n  API      ${url}/api/v1\n  Docs     ${url}/api/docs\n  Database ${database}${demo}`,
      'Bootstrap',
    );
}

function redactUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Rantai failed to start:', error);
  }
  process.exit(1);
});
