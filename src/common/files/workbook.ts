import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { formulaSafe } from './formula-cells';

export type CellValue = string | number | null | undefined;

/** One column of an exported sheet: its header, how to read a row, and how Excel shows a number. */
export interface SheetColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** An Excel number format such as '0.0'; Excel shows it with the reader's own decimal separator. */
  numFmt?: string;
  width?: number;
}

export interface SheetSpec<Row> {
  name: string;
  columns: SheetColumn<Row>[];
  rows: readonly Row[];
}

/** A sheet of any row type: a workbook holds sheets of different rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec is type-checked where it is written
export type AnySheet = SheetSpec<any>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A workbook with one sheet per spec: a bold, frozen header row with a filter,
 * then the rows. Numbers stay numbers (Excel shows them with the reader's
 * decimal comma or point); text that a spreadsheet would run as a formula is
 * neutralised (formulaSafe), since suppliers write their own names.
 */
export async function workbookBuffer(sheets: AnySheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rantai';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column, i) => ({
      key: String(i),
      header: column.header,
      width: column.width ?? Math.max(10, Math.min(40, column.header.length + 2)),
      style: column.numFmt ? { numFmt: column.numFmt } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) {
      sheet.addRow(spec.columns.map((column) => formulaSafe(cell(column.value(row)))));
    }
    if (spec.columns.length) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cell = (value: CellValue): string | number | null => (value === undefined ? null : value);

/** Sends a built file as a download nobody caches. */
export function sendBuiltFile(res: Response, file: { type: string; name: string; body: Buffer | string }): void {
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.body);
}
