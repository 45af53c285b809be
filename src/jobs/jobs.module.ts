import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobRun } from './job-run.entity';
import { JobRuns } from './job-runs';

/** Scheduled jobs that run once across instances sharing a database. */
@Module({
  imports: [TypeOrmModule.forFeature([JobRun])],
  providers: [JobRuns],
  exports: [JobRuns],
})
export class JobsModule {}
