import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import { formulaSafe } from '../../common/files/formula-cells';
import type { Supplier } from '../supplier.entity';
import { SuppliersRepository } from '../suppliers.repository';
import { SHEET_COLUMNS, SheetColumn } from './supplier-sheet';

const CHUNK = 2000;

/** A row in the import format, so an export can be edited and imported again. NPWP is never exported. */
function toSheetRow(s: Supplier): Record<SheetColumn, string | number | null> {
  const row: Record<SheetColumn, string | number | null> = {
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
  };
  // Anyone can write a description; the curator who opens the export must not run it.
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, formulaSafe(value)])) as typeof row;
}

@Injectable()
export class SupplierExportService {
  constructor(private readonly suppliers: SuppliersRepository) {}

  /** Streams every active supplier as CSV (with a BOM, so Excel reads it as UTF-8), a chunk at a time. */
  async writeCsv(out: Writable): Promise<void> {
    out.write('\uFEFF' + stringify([], { header: true, columns: [...SHEET_COLUMNS] }));
    let afterId: string | null = null;
    for (;;) {
      const rows = await this.suppliers.exportChunk(afterId, CHUNK);
      if (rows.length === 0) break;
      const ok = out.write(stringify(rows.map(toSheetRow), { columns: [...SHEET_COLUMNS] }));
      if (!ok) await new Promise((resolve) => out.once('drain', resolve));
      afterId = rows[rows.length - 1].id;
    }
    out.end();
  }
}
