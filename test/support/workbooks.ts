import ExcelJS from 'exceljs';
import type { Test } from 'supertest';

/** The raw bytes of a response, whatever its type. */
export const asBuffer = (request: Test): Test =>
  request.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

/** Every sheet of an XLSX body by name, as rows of cell values (the first cell at index 0). */
export async function readWorkbook(body: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(body).buffer);
  const sheets = new Map<string, unknown[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
