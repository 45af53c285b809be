import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** When each scheduled job last started, and on which instance (see JobRuns). */
@Entity({ name: 'job_runs' })
@Check('job_runs_name_check', `((length(name) >= 1) AND (length(name) <= 100))`)
@Check('job_runs_started_by_check', `((length(started_by) >= 1) AND (length(started_by) <= 200))`)
export class JobRun {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'job_runs_pk' })
  name!: string;

  @Column({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'text', name: 'started_by' })
  startedBy!: string;
}
