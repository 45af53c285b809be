import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { LOG_DESTINATION } from '../../src/common/logging/logging.module';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { TEST_ENV } from './test-env';

export const isEmbedded = (): boolean => !process.env.DATABASE_URL;

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** A supertest agent bound to the app's HTTP server. */
  http: TestAgent;
  /** Stops the app; `keepData` leaves the data folder for a restart test. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestAppOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  /** Test-only modules mounted beside the app's own. */
  imports?: ModuleMetadata['imports'];
  /** Receives the JSON log lines. */
  logDestination?: DestinationStream;
  /** Providers replaced by test doubles, such as a Clock that a test can move. */
  overrides?: { provide: unknown; useValue: unknown }[];
  /** Reuse a data folder (the embedded database in it) instead of a fresh copy of the template. */
  dataDir?: string;
}

/**
 * Boots Rantai as main.ts does, on the test database: the shared server when
 * DATABASE_URL is set, otherwise a private embedded database copied from the
 * migrated template made in global setup.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? freshDataDir();
  const config = loadConfig({ ...process.env, ...TEST_ENV, DATA_DIR: dataDir, ...options.env });
  let builder = Test.createTestingModule({ imports: [AppModule, ...(options.imports ?? [])] })
    .overrideProvider(AppConfig)
    .useValue(config);
  for (const { provide, useValue } of options.overrides ?? []) {
    builder = builder.overrideProvider(provide).useValue(useValue);
  }
  if (options.logDestination) {
    builder = builder.overrideProvider(LOG_DESTINATION).useValue(options.logDestination);
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  configureApp(app);
  await app.init();
  return {
    app,
    config,
    http: request.agent(app.getHttpServer()),
    close: async ({ keepData = false } = {}) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freshDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'rantai-test-'));
  const template = process.env.RANTAI_TEST_TEMPLATE_DIR;
  if (isEmbedded() && template) cpSync(template, dataDir, { recursive: true });
  return dataDir;
}
