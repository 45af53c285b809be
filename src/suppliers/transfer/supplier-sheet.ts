import { HttpStatus } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ProblemException } from '../../common/errors/problem';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/** The columns of an import or export file, in export order. */
export const SHEET_COLUMNS = [
  'name',
  'nib',
  'kbli',
  'size_class',
  'description',
  'regency_code',
  'address',
  'lat',
  'lng',
  'processes',
  'materials',
  'product_categories',
  'capacity_quantity',
  'capacity_unit',
  'employees',
  'tkdn_percent',
  'phone',
  'email',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** Headers as district offices write them, in Indonesian or English, mapped to our columns. */
const HEADER_ALIASES: Record<string, SheetColumn> = Object.fromEntries(
  Object.entries({
    name: ['nama', 'nama_usaha', 'nama_perusahaan', 'nama_ikm'],
    nib: ['nomor_induk_berusaha'],
    kbli: ['kode_kbli'],
    size_class: ['skala', 'skala_usaha', 'ukuran'],
    description: ['deskripsi', 'keterangan', 'uraian'],
    regency_code: ['kode_kabupaten', 'kode_kab_kota', 'kode_wilayah', 'kabupaten_kode'],
    address: ['alamat', 'alamat_pabrik'],
    lat: ['latitude', 'lintang'],
    lng: ['lon', 'long', 'longitude', 'bujur'],
    processes: ['proses', 'proses_produksi'],
    materials: ['bahan', 'material', 'bahan_baku'],
    product_categories: ['kategori_produk', 'produk'],
    capacity_quantity: ['kapasitas', 'kapasitas_bulanan', 'kapasitas_per_bulan'],
    capacity_unit: ['satuan', 'satuan_kapasitas'],
    employees: ['karyawan', 'jumlah_karyawan', 'tenaga_kerja'],
    tkdn_percent: ['tkdn', 'tkdn_persen', 'nilai_tkdn'],
    phone: ['telepon', 'telp', 'no_hp', 'hp', 'whatsapp', 'no_telepon'],
    email: ['surel', 'e_mail'],
  }).flatMap(([column, aliases]) => [column, ...aliases].map((alias) => [alias, column as SheetColumn])),
);

export interface SheetRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  values: Partial<Record<SheetColumn, string>>;
}

const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Reads a CSV (comma or semicolon separated, as Indonesian Excel saves it) or XLSX file into rows. */
export async function readSupplierSheet(file: { buffer: Buffer; originalname: string; mimetype: string }) {
  const isXlsx = /\.xlsx$/i.test(file.originalname) || file.mimetype.includes('spreadsheetml');
  const grid = isXlsx ? await readXlsx(file.buffer) : readCsv(file.buffer);
  if (grid.length === 0) throw badFile('The file is empty.');
  const headerCells = grid[0].cells;
  const headers = headerCells.map((header) => HEADER_ALIASES[normaliseHeader(header)]);
  const unknown = headerCells.filter((header, i) => header.trim() && !headers[i]);
  if (unknown.length) {
    throw badFile(
      `Unknown column(s): ${unknown.join(', ')}. Expected: ${SHEET_COLUMNS.join(', ')} (or their Indonesian names).`,
    );
  }
  const dataRows = grid.slice(1).filter(({ cells }) => cells.some((cell) => cell.trim()));
  if (dataRows.length > MAX_IMPORT_ROWS) {
    throw new ProblemException(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'too-many-rows',
      `The file has ${dataRows.length} rows; at most ${MAX_IMPORT_ROWS} are accepted per import. Split it.`,
    );
  }
  return dataRows.map(({ row, cells }): SheetRow => ({
    row,
    values: Object.fromEntries(
      headers.flatMap((column, c) => (column && cells[c]?.trim() ? [[column, cells[c].trim()]] : [])),
    ),
  }));
}

/** Cells with the row number a spreadsheet shows them at. */
interface GridRow {
  row: number;
  cells: string[];
}

function readCsv(buffer: Buffer): GridRow[] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    // With `info`, each record comes with the line it ends on (csv-parse's types do not follow the option).
    const records = parse(text, { delimiter, relax_column_count: true, bom: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map(({ record, info }) => ({ row: info.lines, cells: record }));
  } catch (error) {
    throw badFile(`The CSV file cannot be read: ${(error as Error).message}`);
  }
}

async function readXlsx(buffer: Buffer): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile('The XLSX file cannot be read.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    grid.push({ row: row.number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return grid;
}

const badFile = (detail: string) => new ProblemException(HttpStatus.BAD_REQUEST, 'invalid-file', detail);
