import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface RantaiProcess {
  child: ChildProcess;
  /** Resolves with the first log line matching `pattern`; rejects if the process exits first. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Ends the process with the signal and waits for it to go. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Rantai as `npm start` runs it, in a process of its own (compiled on the fly
 * from the sources), for tests about what happens when that process dies.
 * Logs are JSON lines (NODE_ENV=test).
 */
export function startRantaiProcess(env: Record<string, string>): RantaiProcess {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join('src', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const parts = output.split('\n');
    output = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    waitForLog: (pattern, timeoutMs = 60_000) => {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no log line ${pattern} in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`the process exited before logging ${pattern}:\n${lines.slice(-20).join('\n')}`));
        });
      });
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
