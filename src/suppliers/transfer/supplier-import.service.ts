import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { text } from '../../common/i18n/text';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/roles';
import { ProblemException } from '../../common/errors/problem';
import { toFieldErrors } from '../../common/errors/validation-errors';
import { unsafeTextErrors } from '../../common/validation/safe-text';
import { MembershipsRepository } from '../../organizations/memberships.repository';
import { ReferenceService, unknownRegency } from '../../reference/reference.service';
import { CreateSupplierDto } from '../dto/supplier.dto';
import { toSupplierWrite } from '../supplier.mapper';
import type { Supplier, SupplierWrite } from '../supplier.entity';
import { SuppliersRepository } from '../suppliers.repository';
import type { SheetColumn, SheetRow } from './supplier-sheet';

/** What a code of each imported list is called, for row errors. */
const IMPORT_NOUN = {
  processes: text('noun.process'),
  materials: text('noun.material'),
  productCategories: text('noun.partCategory'),
  kbli: text('noun.kbli'),
} as const;

export interface RowError {
  row: number;
  field: string;
  message: string;
}

export const ROW_OUTCOMES = ['create', 'update', 'unchanged', 'invalid'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

/** What became (or would become) of one row; an invalid row comes with its cells, for the reader to find the fault. */
export interface RowResult {
  row: number;
  outcome: RowOutcome;
  name: string | null;
  nib: string | null;
  cells?: Partial<Record<SheetColumn, string>>;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  results: RowResult[];
}

/** A request field path back to the column the user typed it in. */
const COLUMN_OF_FIELD: [RegExp, SheetColumn][] = [
  [/^location\.lat/, 'lat'],
  [/^location\.lng/, 'lng'],
  [/^location/, 'lat'],
  [/^monthlyCapacity\.unit/, 'capacity_unit'],
  [/^monthlyCapacity/, 'capacity_quantity'],
  [/^contact\.phone/, 'phone'],
  [/^contact\.email/, 'email'],
  [/^contact/, 'phone'],
  [/^regencyCode/, 'regency_code'],
  [/^sizeClass/, 'size_class'],
  [/^productCategories/, 'product_categories'],
  [/^tkdnPercent/, 'tkdn_percent'],
];
const columnOf = (field: string): string =>
  COLUMN_OF_FIELD.find(([pattern]) => pattern.test(field))?.[1] ?? field.replace(/\[\d+\]$/, '');

const list = (cell: string | undefined) =>
  cell
    ?.split(/[;,|]/)
    .map((item) => item.trim())
    .filter(Boolean) ?? [];

/**
 * "62,5" and "1.234,5" as Indonesian spreadsheets write them, or "62.5". Not a
 * number: left for validation to refuse. Coordinates have no thousands, so
 * "-6.512" is read as a decimal there.
 */
function number(cell: string | undefined, thousands = true): number | string | undefined {
  if (cell === undefined) return undefined;
  const normalised =
    thousands && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cell)
      ? cell.replace(/\./g, '').replace(',', '.')
      : cell.replace(',', '.');
  const value = Number(normalised);
  return Number.isFinite(value) && normalised.trim() !== '' ? value : cell;
}

/**
 * Bulk import for curators: every row is checked as the API checks a single
 * profile, then all rows are created or updated by NIB in one transaction, or
 * none is. Repeating an import changes nothing (rows equal to what is stored
 * are counted as unchanged).
 */
@Injectable()
export class SupplierImportService {
  private readonly logger = new Logger(SupplierImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly reference: ReferenceService,
  ) {}

  async import(curator: AuthUser, rows: SheetRow[], dryRun: boolean): Promise<ImportReport> {
    const { candidates, errors } = await this.check(rows);
    if (errors.length && !dryRun) {
      throw new ProblemException(
        HttpStatus.BAD_REQUEST,
        'import-invalid',
        `${errors.length} problem(s) in the file; nothing was imported.`,
        {
          errors,
          rows: rows.length,
        },
      );
    }
    const run = async (manager: EntityManager) => {
      const existing = new Map(
        (
          await this.suppliers.findActiveByNibs(
            manager,
            candidates.map((c) => c.write.nib!),
            !dryRun,
          )
        ).map((s) => [s.nib!, s]),
      );
      const creates = candidates.filter((c) => !existing.has(c.write.nib!));
      const updates = candidates
        .map((c) => ({ ...c, current: existing.get(c.write.nib!) }))
        .filter((c): c is typeof c & { current: Supplier } => c.current !== undefined && changed(c.current, c.write));
      if (!dryRun) {
        const ids = await this.memberships.insertOrganizations(manager, 'supplier', creates.length);
        await this.suppliers.insertMany(
          manager,
          creates.map((c, i) => ({ id: ids[i], supplier: c.write as SupplierWrite })),
          'imported',
        );
        for (const u of updates) await this.suppliers.update(manager, u.current.id, u.write);
      }
      const outcomes = new Map<number, RowOutcome>([
        ...candidates.map((c): [number, RowOutcome] => [c.row, 'unchanged']),
        ...creates.map((c): [number, RowOutcome] => [c.row, 'create']),
        ...updates.map((c): [number, RowOutcome] => [c.row, 'update']),
      ]);
      return {
        counts: {
          created: creates.length,
          updated: updates.length,
          unchanged: candidates.length - creates.length - updates.length,
        },
        outcomes,
      };
    };
    const { counts, outcomes } = dryRun ? await run(this.dataSource.manager) : await this.dataSource.transaction(run);
    if (!dryRun) this.logger.log(`Import by ${curator.id}: ${JSON.stringify(counts)}`);
    const results = rows.map(({ row, values }): RowResult => {
      const outcome = outcomes.get(row) ?? 'invalid';
      return {
        row,
        outcome,
        name: values.name ?? null,
        nib: values.nib ?? null,
        ...(outcome === 'invalid' && { cells: values }),
      };
    });
    return { dryRun, rows: rows.length, ...counts, errors, results };
  }

  /** Each row as the API would check it, plus what only a file can get wrong: no NIB, or a NIB twice. */
  private async check(rows: SheetRow[]) {
    const errors: RowError[] = [];
    const parsed = await Promise.all(
      rows.map(async ({ row, values: v }) => {
        // Cells no column can store are refused first: validators can throw on them.
        const unsafe = unsafeTextErrors(v);
        if (unsafe.length) return { row, body: plainToInstance(CreateSupplierDto, {}), rowErrors: unsafe };
        const body = plainToInstance(CreateSupplierDto, {
          name: v.name,
          nib: v.nib,
          kbli: list(v.kbli),
          sizeClass: v.size_class?.toLowerCase(),
          description: v.description,
          regencyCode: v.regency_code,
          address: v.address,
          location: v.lat || v.lng ? { lat: number(v.lat, false), lng: number(v.lng, false) } : undefined,
          processes: list(v.processes),
          materials: list(v.materials),
          productCategories: list(v.product_categories),
          monthlyCapacity:
            v.capacity_quantity || v.capacity_unit
              ? { quantity: number(v.capacity_quantity), unit: v.capacity_unit?.toLowerCase() }
              : undefined,
          employees: number(v.employees),
          tkdnPercent: number(v.tkdn_percent),
          contact: { phone: v.phone, email: v.email },
        });
        const rowErrors = toFieldErrors(await validate(body, { whitelist: true, forbidNonWhitelisted: true }));
        if (!v.nib)
          rowErrors.push({
            field: 'nib',
            message: text('validation.nibRequiredInImports'),
          });
        return { row, body, rowErrors };
      }),
    );

    const valid = parsed.filter((p) => p.rowErrors.length === 0);
    const unknown = await this.reference.unknownCodeSets({
      processes: valid.flatMap((p) => p.body.processes),
      materials: valid.flatMap((p) => p.body.materials),
      productCategories: valid.flatMap((p) => p.body.productCategories),
      kbli: valid.flatMap((p) => p.body.kbli),
    });
    const centroids = await this.reference.regencyCentroids([...new Set(valid.map((p) => p.body.regencyCode))]);
    const rowOfNib = new Map<string, number>();
    for (const p of valid) {
      for (const field of ['processes', 'materials', 'productCategories', 'kbli'] as const) {
        for (const code of p.body[field].filter((c) => unknown[field].has(c))) {
          p.rowErrors.push({ field, message: text('validation.unknownCode', { noun: IMPORT_NOUN[field], code }) });
        }
      }
      if (!centroids.has(p.body.regencyCode)) {
        p.rowErrors.push(unknownRegency('regencyCode', p.body.regencyCode));
      }
    }
    const placed = valid.filter((p) => p.body.location && centroids.has(p.body.regencyCode));
    const implausible = await this.reference.implausibleLocations(
      placed.map((p) => ({ regencyCode: p.body.regencyCode, ...p.body.location! })),
    );
    for (const [i, message] of implausible) placed[i].rowErrors.push({ field: 'location', message });
    for (const p of parsed.filter((p) => p.body.nib)) {
      const firstRow = rowOfNib.get(p.body.nib!);
      if (firstRow !== undefined)
        p.rowErrors.push({ field: 'nib', message: text('validation.nibRepeated', { row: firstRow }) });
      else rowOfNib.set(p.body.nib!, p.row);
    }

    for (const p of parsed) {
      for (const e of p.rowErrors) errors.push({ row: p.row, field: columnOf(e.field), message: e.message });
    }
    const candidates = parsed
      .filter((p) => p.rowErrors.length === 0)
      .map((p) => ({
        row: p.row,
        write: toSupplierWrite({ ...p.body, location: p.body.location ?? centroids.get(p.body.regencyCode) }),
      }));
    return { candidates, errors };
  }
}

/** Whether a row would change what is stored; columns the file leaves empty are not compared (nor cleared). */
function changed(current: Supplier, write: Partial<SupplierWrite>): boolean {
  return (Object.keys(write) as (keyof SupplierWrite)[]).some(
    (key) => write[key] !== undefined && JSON.stringify(write[key]) !== JSON.stringify(current[key]),
  );
}
