import { getMetadataStorage } from 'class-validator';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, EnvironmentVariables, loadConfig, tileImageSource } from '../app-config';

const strong = (c: string) => c.repeat(40);

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'rantai-config-'));
  });

  it('applies documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      databaseReplicaUrls: [],
      migrationsRun: true,
      logLevel: 'info',
      corsOrigins: [],
      rateLimitPerMinute: 600,
      rateLimitAuthPerMinute: 100,
      rateLimitLoginPerMinute: 20,
      rateLimitRefreshPerMinute: 60,
    });
    expect(config.embeddedDataDir).toBe(join(dataDir, 'pglite'));
  });

  it('generates missing secrets outside production and keeps them across restarts', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.jwtSecret).not.toBe(first.jwtRefreshSecret);
    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      JWT_SECRET: first.jwtSecret,
      JWT_REFRESH_SECRET: first.jwtRefreshSecret,
    });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.jwtSecret).toBe(first.jwtSecret);
  });

  it('refuses to start in production without real secrets, naming each variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringMatching(/^JWT_SECRET: must be set/),
          expect.stringMatching(/^JWT_REFRESH_SECRET: must be set/),
        ],
      }),
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        JWT_SECRET: strong('a'),
        JWT_REFRESH_SECRET: strong('a'),
      }),
    ).toThrow(/JWT_REFRESH_SECRET: must differ from JWT_SECRET/);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      JWT_SECRET: strong('a'),
      JWT_REFRESH_SECRET: strong('b'),
    });
    expect(config.isProduction).toBe(true);
  });

  it('leaves demo data to DEMO_DATA outside production and never loads it in production', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).demoData).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(() => loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'yes' })).toThrow(/DEMO_DATA/);
    const production = {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      JWT_SECRET: strong('a'),
      JWT_REFRESH_SECRET: strong('b'),
    };
    expect(loadConfig(production).demoData).toBe(false);
    expect(() => loadConfig({ ...production, DEMO_DATA: 'true' })).toThrow(
      /DEMO_DATA: demo data .* never loaded in production/,
    );
  });

  it('refuses short secrets in any environment', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET: JWT_SECRET must be longer than or equal to 32/,
    );
  });

  it('reports every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        DATA_DIR: dataDir,
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        MIGRATIONS_RUN: 'maybe',
        ADMIN_EMAIL: 'nope',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(new Set(variables)).toEqual(new Set(['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'MIGRATIONS_RUN', 'ADMIN_EMAIL']));
    expect((error as ConfigError).message).toMatch(/^Invalid configuration:\n {2}- /);
  });

  it('treats empty variables as unset and parses lists and flags', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: '8080',
      MIGRATIONS_RUN: 'false',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      ADMIN_EMAIL: ' Admin@Rantai.ID ',
    });
    expect(config).toMatchObject({
      databaseUrl: undefined,
      port: 8080,
      migrationsRun: false,
      corsOrigins: ['https://a.example', 'https://b.example'],
      adminEmail: 'admin@rantai.id',
    });
    expect(loadConfig({ DATA_DIR: dataDir, CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('takes read replicas of a server only, as a list of postgres URLs', () => {
    const primary = 'postgres://app@db-1:5432/rantai';
    const replicas = 'postgres://app@db-2:5432/rantai , postgresql://app@db-3:5432/rantai';
    expect(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: primary, DATABASE_REPLICA_URLS: replicas })).toMatchObject({
      databaseUrl: primary,
      databaseReplicaUrls: ['postgres://app@db-2:5432/rantai', 'postgresql://app@db-3:5432/rantai'],
    });
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ DATA_DIR: dataDir, ...env });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    };
    expect(problems({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'db-2:5432' })).toEqual([
      'DATABASE_REPLICA_URLS: DATABASE_REPLICA_URLS must be postgres:// URLs separated by commas',
    ]);
    expect(problems({ DATABASE_REPLICA_URLS: 'postgres://app@db-2:5432/rantai' })).toEqual([
      'DATABASE_REPLICA_URLS: replicas are of a server; set DATABASE_URL too (the embedded database has none)',
    ]);
  });

  it('takes a tile server as a URL template with {z}, {x} and {y}, and lets pages load only its images', () => {
    expect(loadConfig({ DATA_DIR: dataDir })).toMatchObject({ mapTileUrl: undefined, mapTileAttribution: undefined });
    for (const url of [
      'https://{s}.tiles.example.id/{z}/{x}/{y}.png',
      'http://localhost:8080/styles/osm/{z}/{x}/{y}.png?key=abc',
      '/tiles/{z}/{x}/{y}.png',
    ]) {
      expect(loadConfig({ DATA_DIR: dataDir, MAP_TILE_URL: url }).mapTileUrl).toBe(url);
    }
    for (const url of [
      'https://tiles.example.id/{z}/{x}.png',
      'ftp://tiles.example.id/{z}/{x}/{y}.png',
      'tiles/{z}/{x}/{y}.png',
      '//tiles.example.id/{z}/{x}/{y}.png',
    ]) {
      expect(() => loadConfig({ DATA_DIR: dataDir, MAP_TILE_URL: url })).toThrow(/MAP_TILE_URL/);
    }
    expect(tileImageSource(undefined)).toEqual([]);
    expect(tileImageSource('/tiles/{z}/{x}/{y}.png')).toEqual([]);
    expect(tileImageSource('https://{s}.tiles.example.id:8443/{z}/{x}/{y}.png')).toEqual([
      'https://*.tiles.example.id:8443',
    ]);
  });
});

describe('The documented configuration', () => {
  const root = join(__dirname, '../../..');
  const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

  it('lists every variable Rantai reads, in the README and in .env.example alike', () => {
    // Every property of EnvironmentVariables is a variable, and each has a validator.
    const read = sorted(
      getMetadataStorage()
        .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
        .map((m) => m.propertyName),
    );
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const documented = sorted(
      [...table.matchAll(/^\| ([^|]+)\|/gm)].flatMap((row) => [...row[1].matchAll(/`([A-Z_]+)`/g)].map((m) => m[1])),
    );
    const example = sorted(
      [...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
    );
    expect(documented).toEqual(read);
    expect(example).toEqual(read);
  });
});
