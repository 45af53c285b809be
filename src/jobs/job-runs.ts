import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** This process, as job_runs names it: enough to find it in the logs, nothing personal. */
const INSTANCE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Lets one instance of several run a scheduled job. Every instance's timer
 * fires; the first to claim the job's row runs it, and the job cannot be
 * claimed again until half its period has passed. One statement, atomic on
 * its row, and no lock held while the job works (the embedded database has
 * a single connection, which the job needs).
 */
@Injectable()
export class JobRuns {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `job` unless another instance started `name` within half of `everyMs` (its timer's period); whether it ran. */
  async runOnce(name: string, everyMs: number, job: () => Promise<unknown>): Promise<boolean> {
    if (!(await this.claim(name, everyMs))) return false;
    await job();
    return true;
  }

  private async claim(name: string, everyMs: number): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      // Wrapped in a SELECT: drivers shape the answer of a bare INSERT … RETURNING differently.
      `WITH claimed AS (
         INSERT INTO job_runs (name, started_at, started_by) VALUES ($1, now(), $2)
         ON CONFLICT (name) DO UPDATE SET started_at = now(), started_by = $2
          WHERE job_runs.started_at <= now() - make_interval(secs => $3)
         RETURNING name)
       SELECT name FROM claimed`,
      [name, INSTANCE, everyMs / 2000],
    );
    return rows.length === 1;
  }
}
