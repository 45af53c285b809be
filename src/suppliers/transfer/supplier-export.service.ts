import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import { formulaSafe } from '../../common/files/formula-cells';
import { workbookBuffer } from '../../common/files/workbook';
import type { Language } from '../../common/i18n/language';
import { Clock } from '../../common/time/clock';
import type { Supplier } from '../supplier.entity';
import { SuppliersRepository } from '../suppliers.repository';
import { VERIFICATION_NAMES } from '../verification-names';
import {
  EXPORT_ONLY_COLUMNS,
  type ExportOnlyColumn,
  INDONESIAN_HEADERS,
  SHEET_COLUMNS,
  SheetColumn,
} from './supplier-sheet';

const CHUNK = 2000;

type Column = SheetColumn | ExportOnlyColumn;
type Cells = Record<Column, string | number | null>;
/** Certificates held, by code: whether a curator verified one. */
type Held = Map<string, { code: string; verified: boolean }[]>;

/** What the curators' reports show after the import format. */
const REPORT_COLUMNS: readonly Column[] = [...SHEET_COLUMNS, ...EXPORT_ONLY_COLUMNS];
const NOT_VERIFIED: Record<Language, string> = { id: 'belum diverifikasi', en: 'not verified' };

/** A row in the import format, so an export can be edited and imported again, with the curators' columns. NPWP is never exported. */
function toSheetRow(s: Supplier, held: Held, language: Language): Cells {
  const row: Cells = {
    name: s.name,
    nib: s.nib,
    kbli: s.kbli.join(';'),
    size_class: s.sizeClass,
    description: s.description,
    regency_code: s.regencyCode,
    address: s.address,
    lat: s.lat,
    lng: s.lng,
    processes: s.processes.join(';'),
    materials: s.materials.join(';'),
    product_categories: s.productCategories.join(';'),
    capacity_quantity: s.monthlyCapacityQuantity,
    capacity_unit: s.monthlyCapacityUnit,
    employees: s.employees,
    tkdn_percent: s.tkdnPercent,
    phone: s.contactPhone,
    email: s.contactEmail,
    verification: VERIFICATION_NAMES[s.verification][language],
    certificates: (held.get(s.id) ?? [])
      .map(({ code, verified }) => (verified ? code : `${code} (${NOT_VERIFIED[language]})`))
      .join(', '),
  };
  // Anyone can write a description; the curator who opens the export must not run it.
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, formulaSafe(value)])) as Cells;
}

/**
 * Exports of every active supplier, for curators. The default CSV is the
 * import format (comma, decimal point, English headers). The Indonesian
 * reports (CSV with `;`, and XLSX) add verification and certificates held,
 * and use Indonesian headers the import also reads: the `;` CSV writes decimal
 * commas, as Excel set to Indonesian reads them; XLSX keeps numbers as numbers,
 * which Excel shows in the reader's own way.
 */
@Injectable()
export class SupplierExportService {
  constructor(
    private readonly suppliers: SuppliersRepository,
    private readonly clock: Clock,
  ) {}

  /** Streams every active supplier as CSV (with a BOM, so Excel reads it as UTF-8), a chunk at a time. */
  async writeCsv(out: Writable, delimiter: ',' | ';' = ','): Promise<void> {
    const indonesian = delimiter === ';';
    const columns = indonesian ? REPORT_COLUMNS : SHEET_COLUMNS;
    const header = indonesian ? columns.map((column) => INDONESIAN_HEADERS[column]) : [...columns];
    out.write('\uFEFF' + stringify([header], { delimiter }));
    for await (const { rows, held } of this.chunks(indonesian)) {
      const cells = rows.map((s) => {
        const row = toSheetRow(s, held, 'id');
        return columns.map((column) => (indonesian ? decimalComma(row[column]) : row[column]));
      });
      const ok = out.write(stringify(cells, { delimiter }));
      if (!ok) await new Promise((resolve) => out.once('drain', resolve));
    }
    out.end();
  }

  /** Every active supplier as a workbook: the report columns, Indonesian headers unless English is asked for. */
  async xlsx(language: Language): Promise<{ name: string; body: Buffer }> {
    const rows: Cells[] = [];
    for await (const chunk of this.chunks(true))
      rows.push(...chunk.rows.map((s) => toSheetRow(s, chunk.held, language)));
    return {
      name: `rantai-${language === 'en' ? 'suppliers' : 'pemasok'}-${this.clock.today()}.xlsx`,
      body: await workbookBuffer([
        {
          name: language === 'en' ? 'Suppliers' : 'Pemasok',
          columns: REPORT_COLUMNS.map((column) => ({
            header: language === 'en' ? column : INDONESIAN_HEADERS[column],
            value: (row: Cells) => row[column],
          })),
          rows,
        },
      ]),
    };
  }

  private async *chunks(withCertificates: boolean): AsyncGenerator<{ rows: Supplier[]; held: Held }> {
    let afterId: string | null = null;
    for (;;) {
      const rows = await this.suppliers.exportChunk(afterId, CHUNK);
      if (rows.length === 0) return;
      const held: Held = withCertificates
        ? await this.suppliers.heldCertificates(
            rows.map((s) => s.id),
            this.clock.today(),
          )
        : new Map<string, { code: string; verified: boolean }[]>();
      yield { rows, held };
      afterId = rows[rows.length - 1].id;
    }
  }
}

/** A number as Indonesian Excel reads it (and the import too): a decimal comma, no thousands separator. */
const decimalComma = (value: string | number | null) =>
  typeof value === 'number' ? String(value).replace('.', ',') : value;
