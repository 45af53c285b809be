import ExcelJS from 'exceljs';
import { ProblemException } from '../../errors/problem';
import { formulaSafe, withoutFormulaGuard } from '../formula-cells';
import { GridLimits, readCsvGrid, readXlsxGrid } from '../sheet-grid';

const LIMITS: GridLimits = { maxRows: 3, maxColumns: 4, maxCellChars: 50, maxInflatedBytes: 1024 * 1024 };
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof ProblemException ? `${error.getStatus()} ${error.slug}` : String(error)),
  );

describe('Reading spreadsheets within limits', () => {
  it('reads CSV with semicolons and quotes, skipping blank lines, with the row numbers a spreadsheet shows', async () => {
    const rows = await readCsvGrid(Buffer.from('\uFEFFnama;kota\n\n"CV A; Jaya";Subang\nCV B;Sumedang\n'), LIMITS);
    expect(rows).toEqual([
      { row: 1, cells: ['nama', 'kota'] },
      { row: 3, cells: ['CV A; Jaya', 'Subang'] },
      { row: 4, cells: ['CV B', 'Sumedang'] },
    ]);
  });

  it('stops a CSV at the first row, column or cell too many', async () => {
    expect(await refusal(readCsvGrid(Buffer.from('h\na\nb\nc\nd\n'), LIMITS))).toBe('413 too-many-rows');
    expect(await refusal(readCsvGrid(Buffer.from('h\n' + ','.repeat(10)), LIMITS))).toBe('400 invalid-file');
    expect(await refusal(readCsvGrid(Buffer.from(`h\n${'x'.repeat(60)}`), LIMITS))).toBe('400 invalid-file');
    // Delimiters inside quotes are text, not columns.
    expect((await readCsvGrid(Buffer.from(`h\n"${','.repeat(10)}"`), LIMITS))[1].cells).toHaveLength(1);
  });

  it('gives the event loop turns while it reads a file of many short lines', async () => {
    // 20,000 rows of two bytes are 40 kB: read in one go, nothing else would run until the refusal.
    let turns = 0;
    let reading = true;
    const turn = () => {
      turns++;
      if (reading) setImmediate(turn);
    };
    setImmediate(turn);
    const read = readCsvGrid(Buffer.from('nama\n' + 'a\n'.repeat(100_000)), { ...LIMITS, maxRows: 20_000 });
    expect(await refusal(read)).toBe('413 too-many-rows');
    reading = false;
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('reads the first sheet of a workbook, numbers as JavaScript prints them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('IKM');
    sheet.addRow(['nama', 'tkdn']);
    sheet.addRow(['CV A', 44.7]);
    workbook.addWorksheet('Lain').addRow(['bukan ini']);
    const rows = await readXlsxGrid(Buffer.from(await workbook.xlsx.writeBuffer()), LIMITS);
    expect(rows).toEqual([
      { row: 1, cells: ['nama', 'tkdn'] },
      { row: 2, cells: ['CV A', '44.7'] },
    ]);
  });

  it('refuses what is not a workbook, and one that unpacks to more than its budget', async () => {
    expect(await refusal(readXlsxGrid(Buffer.from('not a zip'), LIMITS))).toBe('400 invalid-file');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('IKM').addRow(['x'.repeat(40)]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await refusal(readXlsxGrid(file, { ...LIMITS, maxInflatedBytes: 100 }))).toBe('413 payload-too-large');
  });
});

describe('Formula-safe cells', () => {
  it('neutralises text that a spreadsheet would run, and reads it back as it was', () => {
    for (const text of ['=1+2', '+62 812', '-x', '@SUM(A1)', '\tx', '\rx']) {
      expect(formulaSafe(text)).toBe(`'${text}`);
      expect(withoutFormulaGuard(formulaSafe(text))).toBe(text);
    }
    expect(formulaSafe(-6.48)).toBe(-6.48);
    expect(formulaSafe('CV Jaya')).toBe('CV Jaya');
    expect(withoutFormulaGuard("'quoted")).toBe("'quoted");
  });
});
