import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Process } from './process.entity';

/** A step a buyer values after a process group (machining after casting): depth in the capability score. */
@Entity({ name: 'downstream_steps' })
@Check('downstream_steps_distinct_check', `(process_group <> step_group)`)
@ForeignKey(() => Process, ['processGroup'], ['code'], { name: 'downstream_steps_process_fk' })
@ForeignKey(() => Process, ['stepGroup'], ['code'], { name: 'downstream_steps_step_fk' })
export class DownstreamStep {
  @PrimaryColumn({ type: 'text', name: 'process_group', primaryKeyConstraintName: 'downstream_steps_pk' })
  processGroup!: string;

  @PrimaryColumn({ type: 'text', name: 'step_group', primaryKeyConstraintName: 'downstream_steps_pk' })
  stepGroup!: string;

  @Column({ type: 'text' })
  why!: string;
}
