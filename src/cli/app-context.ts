import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createInterface } from 'node:readline/promises';
import { AppModule } from '../app.module';
import { loadConfig, loadDotEnvFile } from '../config/app-config';

/**
 * Runs an operator command inside Rantai itself (same configuration, database,
 * migrations and services as `npm start`, without HTTP), then closes it. Quiet
 * unless LOG_LEVEL says otherwise.
 */
export async function withRantai<T>(
  env: Record<string, string>,
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  loadDotEnvFile();
  Object.assign(process.env, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env });
  loadConfig(); // every bad variable named in one message, before Nest starts
  const app = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** Asks on the terminal; `--yes` answers for scripts. */
export async function confirm(question: string): Promise<boolean> {
  if (process.argv.includes('--yes')) return true;
  if (!process.stdin.isTTY) return false;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await terminal.question(`${question} [y/N] `)).trim());
  } finally {
    terminal.close();
  }
}

/** The value after `--name` on the command line. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Runs a command's main, printing a problem (a ConfigError names every bad variable) without a stack trace. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
