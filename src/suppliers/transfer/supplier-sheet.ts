import { withoutFormulaGuard } from '../../common/files/formula-cells';
import { badFile, GridLimits, readCsvGrid, readXlsxGrid } from '../../common/files/sheet-grid';

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

/**
 * Headers of the Indonesian exports (XLSX by default, CSV with semicolons): for
 * each column, an alias the import reads, so those files import back too.
 */
export const INDONESIAN_HEADERS: Record<SheetColumn | ExportOnlyColumn, string> = {
  name: 'nama',
  nib: 'nib',
  kbli: 'kode_kbli',
  size_class: 'skala_usaha',
  description: 'deskripsi',
  regency_code: 'kode_kabupaten',
  address: 'alamat',
  lat: 'lintang',
  lng: 'bujur',
  processes: 'proses',
  materials: 'bahan',
  product_categories: 'kategori_produk',
  capacity_quantity: 'kapasitas_bulanan',
  capacity_unit: 'satuan_kapasitas',
  employees: 'jumlah_karyawan',
  tkdn_percent: 'tkdn_persen',
  phone: 'telepon',
  email: 'surel',
  verification: 'verifikasi',
  certificates: 'sertifikat',
};

/** Columns the curators' reports add to the import format; they are a curator's findings, so an import skips them. */
export const EXPORT_ONLY_COLUMNS = ['verification', 'certificates'] as const;
export type ExportOnlyColumn = (typeof EXPORT_ONLY_COLUMNS)[number];
const EXPORT_ONLY_HEADERS = new Set<string>(
  EXPORT_ONLY_COLUMNS.flatMap((column) => [column, INDONESIAN_HEADERS[column]]),
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

/** What an import file is read within (see GridLimits); a legitimate 20,000-row workbook unpacks to about 15 MB. */
export const IMPORT_LIMITS: GridLimits = {
  maxRows: MAX_IMPORT_ROWS,
  maxColumns: 64,
  maxCellChars: 64 * 1024,
  maxInflatedBytes: 64 * 1024 * 1024,
};

/** Reads a CSV (comma or semicolon separated, as Indonesian Excel saves it) or XLSX file into rows. */
export async function readSupplierSheet(file: { buffer: Buffer; originalname: string; mimetype: string }) {
  const isXlsx = /\.xlsx$/i.test(file.originalname) || file.mimetype.includes('spreadsheetml');
  const grid = isXlsx ? await readXlsxGrid(file.buffer, IMPORT_LIMITS) : await readCsvGrid(file.buffer, IMPORT_LIMITS);
  if (grid.length === 0) throw badFile('The file is empty.');
  const headerCells = grid[0].cells;
  const headers = headerCells.map((header) => HEADER_ALIASES[normaliseHeader(header)]);
  const unknown = headerCells.filter(
    (header, i) => header.trim() && !headers[i] && !EXPORT_ONLY_HEADERS.has(normaliseHeader(header)),
  );
  if (unknown.length) {
    throw badFile(
      `Unknown column(s): ${unknown.join(', ')}. Expected: ${SHEET_COLUMNS.join(', ')} (or their Indonesian names).`,
    );
  }
  const rows = grid.slice(1).map(({ row, cells }): SheetRow => ({
    row,
    values: Object.fromEntries(
      headers.flatMap((column, c) =>
        column && cells[c]?.trim() ? [[column, withoutFormulaGuard(cells[c].trim())]] : [],
      ),
    ),
  }));
  // The file's own headers, so that a report can name a column as its reader wrote it.
  const columns = headers.flatMap((column, c) => (column ? [{ column, header: headerCells[c].trim() }] : []));
  return { columns, rows };
}

/** A column the file has, under the header it gave it. */
export interface SheetColumnHeader {
  column: SheetColumn;
  header: string;
}
