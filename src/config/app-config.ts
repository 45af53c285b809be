import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** A tile URL template with its three placeholders, absolute (http, https) or on this origin. */
const TILE_URL = /^(https?:\/\/[^\s/?#]+)?\/(?!\/)(?=\S*\{z\})(?=\S*\{x\})(?=\S*\{y\})\S*$/;

/** Secrets that are fine for a laptop but must never reach production. */
const DOCUMENTED_DEV_SECRETS = new Set(['change-me', 'changeme', 'secret', 'rantai-dev-secret']);
const MIN_SECRET_LENGTH = 32;

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/**
 * Every setting Rantai reads from the environment, validated once at boot.
 * Property names are the variable names so that error messages name the variable.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// URL',
  })
  DATABASE_URL?: string;

  /** Streaming replicas of DATABASE_URL's server, comma-separated; searches and public listings read from them. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s,]+(\s*,\s*postgres(ql)?:\/\/[^\s,]+)*$/, {
    message: 'DATABASE_REPLICA_URLS must be postgres:// URLs separated by commas',
  })
  DATABASE_REPLICA_URLS?: string;

  @IsString()
  DATA_DIR = './data';

  /** Where uploaded documents and photos are stored; unset: DATA_DIR/files. */
  @IsOptional()
  @IsString()
  FILES_DIR?: string;

  @Transform(toBoolean)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  @IsOptional()
  @IsString()
  @MinLength(MIN_SECRET_LENGTH)
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(MIN_SECRET_LENGTH)
  JWT_REFRESH_SECRET?: string;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** How many proxies in front of Rantai to trust for the client's IP (X-Forwarded-For); 0 when exposed directly. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /** Comma-separated origins allowed by CORS; empty: CORS off. `*` allows any origin. */
  @IsString()
  CORS_ORIGINS = '';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(43200)
  SESSION_MAX_AGE_SECONDS = 43200;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_AUTH_PER_MINUTE = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_MINUTE = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_REFRESH_PER_MINUTE = 60;

  /** Where e-mail goes, e.g. smtps://user:password@smtp.example.id:465; unset: e-mails are logged, not sent. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Rantai <no-reply@rantai.id>';

  /** Where instances share their rate-limit counters, e.g. redis://127.0.0.1:6379; unset: each counts in memory. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Where people open Rantai: the links in account mails (password reset, e-mail verification) start with it. */
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL = 'http://localhost:3000';

  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(86400)
  PASSWORD_RESET_TTL_SECONDS = 3600;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  @Max(604800)
  EMAIL_VERIFICATION_TTL_SECONDS = 172800;

  /**
   * How many matches a supplier search reads before it stops and reports a lower bound
   * (`totalRelation: "gte"`), facets over what it read and a ranking of those; see the README.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(1000000)
  SEARCH_EXACT_LIMIT = 500;

  /**
   * A tile server for the web app's maps, as Leaflet takes it: `https://tiles.example.id/{z}/{x}/{y}.png`
   * (`{s}` for subdomains), or a path on this origin. Unset: the maps draw only the bundled outline and
   * ask nothing of the internet.
   */
  @IsOptional()
  @Matches(TILE_URL, { message: 'MAP_TILE_URL must be an http(s) URL or a /path with {z}, {x} and {y}' })
  MAP_TILE_URL?: string;

  /** Credit shown on the map for MAP_TILE_URL's tiles, as their licence asks (OpenStreetMap's does). */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  MAP_TILE_ATTRIBUTION?: string;

  /** Load the demo world at start-up; unset: only on a new embedded database. Never in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;
}

/** Reads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface AppConfigShape {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  /** Set when Rantai talks to a PostgreSQL server; absent means the embedded database. */
  databaseUrl?: string;
  /** Read replicas of the server (DATABASE_REPLICA_URLS); empty: every read goes to DATABASE_URL. */
  databaseReplicaUrls: string[];
  dataDir: string;
  /** Uploaded documents and photos (the local file storage). */
  filesDir: string;
  migrationsRun: boolean;
  jwtSecret: string;
  jwtRefreshSecret: string;
  adminEmail?: string;
  adminPassword?: string;
  logLevel: LogLevel;
  corsOrigins: string[] | '*';
  accessTokenTtlSeconds: number;
  sessionMaxAgeSeconds: number;
  trustProxy: number;
  rateLimitPerMinute: number;
  rateLimitAuthPerMinute: number;
  rateLimitLoginPerMinute: number;
  rateLimitRefreshPerMinute: number;
  smtpUrl?: string;
  mailFrom: string;
  redisUrl?: string;
  /** PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  passwordResetTtlSeconds: number;
  emailVerificationTtlSeconds: number;
  /** DEMO_DATA as given; undefined leaves the choice to the database (see DemoStartup). */
  demoData?: boolean;
  searchExactLimit: number;
  /** Tiles for the web app's maps; undefined: the bundled outline only. */
  mapTileUrl?: string;
  mapTileAttribution?: string;
}

/** The validated configuration, injectable everywhere. */
export class AppConfig implements AppConfigShape {
  nodeEnv!: NodeEnv;
  isProduction!: boolean;
  port!: number;
  databaseUrl?: string;
  databaseReplicaUrls!: string[];
  dataDir!: string;
  filesDir!: string;
  migrationsRun!: boolean;
  jwtSecret!: string;
  jwtRefreshSecret!: string;
  adminEmail?: string;
  adminPassword?: string;
  logLevel!: LogLevel;
  corsOrigins!: string[] | '*';
  accessTokenTtlSeconds!: number;
  sessionMaxAgeSeconds!: number;
  trustProxy!: number;
  rateLimitPerMinute!: number;
  rateLimitAuthPerMinute!: number;
  rateLimitLoginPerMinute!: number;
  rateLimitRefreshPerMinute!: number;
  smtpUrl?: string;
  mailFrom!: string;
  redisUrl?: string;
  publicUrl!: string;
  passwordResetTtlSeconds!: number;
  emailVerificationTtlSeconds!: number;
  demoData?: boolean;
  searchExactLimit!: number;
  mapTileUrl?: string;
  mapTileAttribution?: string;

  get embeddedDataDir(): string {
    return join(this.dataDir, 'pglite');
  }
}

/**
 * Reads and validates the environment. Values are trimmed, and empty ones count
 * as unset, as most `.env` tooling writes them. Throws ConfigError naming every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const setVariables: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value?.trim()) setVariables[key] = value.trim();
  }
  const vars = plainToInstance(EnvironmentVariables, setVariables);
  const problems = validateSync(vars).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  const isProduction = vars.NODE_ENV === 'production';
  if (isProduction && vars.DEMO_DATA === true) {
    problems.push('DEMO_DATA: demo data and its well-known passwords are never loaded in production');
  }
  if (vars.DATABASE_REPLICA_URLS && !vars.DATABASE_URL) {
    problems.push(
      'DATABASE_REPLICA_URLS: replicas are of a server; set DATABASE_URL too (the embedded database has none)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = resolve(vars.DATA_DIR);
  const secrets = resolveSecrets(vars, isProduction, dataDir);

  return Object.assign(new AppConfig(), {
    nodeEnv: vars.NODE_ENV,
    isProduction,
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL,
    databaseReplicaUrls: splitList(vars.DATABASE_REPLICA_URLS ?? ''),
    dataDir,
    filesDir: vars.FILES_DIR ? resolve(vars.FILES_DIR) : join(dataDir, 'files'),
    migrationsRun: vars.MIGRATIONS_RUN,
    ...secrets,
    adminEmail: vars.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: vars.ADMIN_PASSWORD,
    logLevel: vars.LOG_LEVEL,
    corsOrigins: parseOrigins(vars.CORS_ORIGINS),
    accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS,
    sessionMaxAgeSeconds: vars.SESSION_MAX_AGE_SECONDS,
    trustProxy: vars.TRUST_PROXY,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE,
    rateLimitAuthPerMinute: vars.RATE_LIMIT_AUTH_PER_MINUTE,
    rateLimitLoginPerMinute: vars.RATE_LIMIT_LOGIN_PER_MINUTE,
    rateLimitRefreshPerMinute: vars.RATE_LIMIT_REFRESH_PER_MINUTE,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    redisUrl: vars.REDIS_URL,
    publicUrl: vars.PUBLIC_URL.replace(/\/+$/, ''),
    passwordResetTtlSeconds: vars.PASSWORD_RESET_TTL_SECONDS,
    emailVerificationTtlSeconds: vars.EMAIL_VERIFICATION_TTL_SECONDS,
    demoData: isProduction ? false : vars.DEMO_DATA,
    searchExactLimit: vars.SEARCH_EXACT_LIMIT,
    mapTileUrl: vars.MAP_TILE_URL,
    mapTileAttribution: vars.MAP_TILE_ATTRIBUTION,
  });
}

/**
 * The Content-Security-Policy source that lets the web app load MAP_TILE_URL's tiles: its origin, with a
 * `{s}` subdomain as a wildcard; none for tiles on this origin.
 */
export function tileImageSource(tileUrl: string | undefined): string[] {
  const origin = tileUrl?.match(/^https?:\/\/[^/?#]+/)?.[0];
  return origin ? [origin.replace('{s}', '*')] : [];
}

function parseOrigins(value: string): string[] | '*' {
  return value.trim() === '*' ? '*' : splitList(value);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

type Secrets = Pick<AppConfigShape, 'jwtSecret' | 'jwtRefreshSecret'>;

/**
 * Production must be given real secrets. Elsewhere a missing secret is generated
 * once and kept in DATA_DIR/secrets.json, so tokens survive a restart.
 */
function resolveSecrets(vars: EnvironmentVariables, isProduction: boolean, dataDir: string): Secrets {
  const given = {
    JWT_SECRET: vars.JWT_SECRET,
    JWT_REFRESH_SECRET: vars.JWT_REFRESH_SECRET,
  };
  if (isProduction) {
    const problems = Object.entries(given)
      .filter(([, value]) => value === undefined || DOCUMENTED_DEV_SECRETS.has(value))
      .map(
        ([key]) => `${key}: must be set to a random value of at least ${MIN_SECRET_LENGTH} characters in production`,
      );
    if (given.JWT_SECRET !== undefined && given.JWT_SECRET === given.JWT_REFRESH_SECRET) {
      problems.push('JWT_REFRESH_SECRET: must differ from JWT_SECRET');
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return {
      jwtSecret: given.JWT_SECRET!,
      jwtRefreshSecret: given.JWT_REFRESH_SECRET!,
    };
  }
  if (given.JWT_SECRET && given.JWT_REFRESH_SECRET) {
    return {
      jwtSecret: given.JWT_SECRET,
      jwtRefreshSecret: given.JWT_REFRESH_SECRET,
    };
  }
  const stored = readOrCreateDevSecrets(dataDir);
  return {
    jwtSecret: given.JWT_SECRET ?? stored.JWT_SECRET,
    jwtRefreshSecret: given.JWT_REFRESH_SECRET ?? stored.JWT_REFRESH_SECRET,
  };
}

function readOrCreateDevSecrets(dataDir: string): Record<'JWT_SECRET' | 'JWT_REFRESH_SECRET', string> {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<'JWT_SECRET' | 'JWT_REFRESH_SECRET', string>;
  }
  const secrets = {
    JWT_SECRET: randomBytes(48).toString('base64url'),
    JWT_REFRESH_SECRET: randomBytes(48).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
