import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Mailbox } from '../../../test/support/smtp-mailbox';

export default async function globalTeardown(): Promise<void> {
  const { child, mailbox, dataDir } = (globalThis as Record<string, unknown>).__rantaiWeb as {
    child: ChildProcess;
    mailbox: Mailbox;
    dataDir: string;
  };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  await mailbox.close();
  rmSync(dataDir, { recursive: true, force: true });
}
