import { saveBlob } from '../components/download-file';

/**
 * The import's columns under the Indonesian headers the API reads (src/suppliers/transfer/supplier-sheet.ts,
 * INDONESIAN_HEADERS), with one example row a curator overwrites. Semicolons and decimal commas, as Excel set to
 * Indonesian opens and saves a CSV; lists within a cell are separated by commas.
 */
const TEMPLATE: [header: string, example: string][] = [
  ['nama', 'UD Cor Mulia'],
  ['nib', '8120200600000'],
  ['kode_kbli', '24320'],
  ['skala_usaha', 'small'],
  ['deskripsi', 'Pengecoran aluminium bertekanan dan pemesinan CNC di Jatiwangi.'],
  ['kode_kabupaten', '32.10'],
  ['alamat', 'Jl. Raya Jatiwangi No. 12'],
  ['lintang', '-6,81'],
  ['bujur', '108,27'],
  ['proses', 'casting.hpdc, machining.cnc_milling'],
  ['bahan', 'aluminium'],
  ['kategori_produk', 'ev_motor.housing'],
  ['kapasitas_bulanan', '23500'],
  ['satuan_kapasitas', 'pcs'],
  ['jumlah_karyawan', '18'],
  ['tkdn_persen', '44,7'],
  ['telepon', '+62 812-2000-1000'],
  ['surel', 'pemasaran@cormulia.co.id'],
];

const cell = (value: string) => (/[";\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Saves the template as templat-impor-ikm.csv (UTF-8 with a byte order mark, so that Excel reads its accents). */
export function downloadTemplate(): void {
  const lines = [TEMPLATE.map(([header]) => header), TEMPLATE.map(([, example]) => example)];
  const text = '\uFEFF' + lines.map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), 'templat-impor-ikm.csv');
}
