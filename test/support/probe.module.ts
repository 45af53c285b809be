import { Body, Controller, Get, Module, OnModuleInit, Post, Query } from '@nestjs/common';
import { Public } from '../../src/auth/public.decorator';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DataSource } from 'typeorm';

/**
 * Test-only routes that exercise the cross-cutting machinery (validation,
 * transactions, error handling) before any feature module exists to do so.
 */
class LocationDto {
  @IsNumber()
  @Min(-11)
  @Max(6)
  lat!: number;

  @IsNumber()
  @Min(95)
  @Max(141)
  lng!: number;
}

class PlantDto {
  @IsString()
  @Length(1, 100)
  name!: string;

  @ValidateNested()
  @Type(() => LocationDto)
  location!: LocationDto;
}

class ProbeBodyDto extends PlantDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => PlantDto)
  plants?: PlantDto[];
}

class TransactionBodyDto {
  @IsString()
  @Length(1, 64)
  batch!: string;

  @IsInt()
  value!: number;

  /** Inserts a second row that breaks the table's CHECK, so the whole transaction must roll back. */
  @IsOptional()
  @IsBoolean()
  failAfterInsert?: boolean;
}

export const PROBE_TABLE = 'test_probe_rows';

@Public()
@Controller('test-probe')
class ProbeController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Post('validate')
  validate(@Body() body: ProbeBodyDto): ProbeBodyDto {
    return body;
  }

  @Post('transactions')
  async transaction(@Body() body: TransactionBodyDto): Promise<{ rows: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO ${PROBE_TABLE} (batch, value) VALUES ($1, $2)`, [body.batch, body.value]);
      // Something slow between the writes, so concurrent transactions interleave.
      await manager.query('SELECT pg_sleep(0.005)');
      if (body.failAfterInsert) {
        await manager.query(`INSERT INTO ${PROBE_TABLE} (batch, value) VALUES ($1, -1)`, [body.batch]);
      }
      const [{ count }] = await manager.query<{ count: string }[]>(
        `SELECT count(*) AS count FROM ${PROBE_TABLE} WHERE batch = $1`,
        [body.batch],
      );
      return { rows: Number(count) };
    });
  }

  @Get('transactions')
  async count(@Query('batch') batch: string): Promise<{ rows: number; values: number[] }> {
    const rows = await this.dataSource.query<{ value: number }[]>(
      `SELECT value FROM ${PROBE_TABLE} WHERE batch = $1 ORDER BY value`,
      [batch],
    );
    return { rows: rows.length, values: rows.map((r) => r.value) };
  }

  @Get('boom')
  boom(): never {
    throw new Error('internal detail that must not leak: password=hunter2');
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    // Test scaffolding only; an advisory lock keeps parallel test files from racing to create it.
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242)');
      await manager.query(
        `CREATE TABLE IF NOT EXISTS ${PROBE_TABLE} (id serial PRIMARY KEY, batch text NOT NULL, value int NOT NULL CHECK (value >= 0))`,
      );
    });
  }
}
