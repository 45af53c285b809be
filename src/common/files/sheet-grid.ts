import { HttpStatus } from '@nestjs/common';
import { parse as parseCsv } from 'csv-parse';
import { Readable, Transform } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { promisify } from 'node:util';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { ProblemException } from '../errors/problem';

/**
 * Limits a spreadsheet from outside is read within. Every one is enforced
 * while reading, so a hostile file (a zip bomb, millions of lines, a row of
 * millions of cells) is refused after reading at most about the limit, never
 * after inflating or parsing the whole of it.
 */
export interface GridLimits {
  /** Data rows (rows with a non-blank cell), the header not counted. */
  maxRows: number;
  maxColumns: number;
  /** Characters of one CSV record, or of one cell in a workbook. */
  maxCellChars: number;
  /** Bytes all the entries of a workbook inflate to, together. */
  maxInflatedBytes: number;
}

/** Cells with the row number a spreadsheet shows them at (the first row is 1). */
export interface GridRow {
  row: number;
  cells: string[];
}

/**
 * A CSV is parsed this many bytes at a time, with a turn of the event loop between: a chunk of the shortest
 * lines (two bytes each) is 1,024 records, under 10 ms of csv-parse here, so a file of millions of short
 * lines never holds the server for long (64 kB chunks held it for 0.25 s, 0.5–3 s on a busy machine; 8 kB
 * chunks still let a health check wait 0.5 s there, since answering one takes several turns).
 */
const CHUNK_BYTES = 2 * 1024;
/** Blank lines count too, so a file of nothing but line breaks is refused as quickly. */
const BLANK_ROWS_PER_ROW = 1;

/** A file that cannot be read as a sheet; the uploaded `file` field is what is at fault. */
export const badFile = (detail: string) =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'invalid-file', detail, {
    errors: [{ field: 'file', message: detail }],
  });
const tooManyRows = (limits: GridLimits) =>
  new ProblemException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'too-many-rows',
    `The file has more than ${limits.maxRows} rows; at most ${limits.maxRows} are accepted per import. Split it.`,
  );
const tooManyColumns = (limits: GridLimits) => badFile(`A row has more than ${limits.maxColumns} columns.`);
const cellTooLong = (limits: GridLimits) => badFile(`A cell is longer than ${limits.maxCellChars} characters.`);

/** Counts rows as they are read and stops the read at the first one too many. */
class RowCounter {
  private dataRows = 0;
  private allRows = 0;
  constructor(private readonly limits: GridLimits) {}

  add(rows: GridRow[], row: GridRow): void {
    this.allRows++;
    if (this.allRows > (this.limits.maxRows + 1) * (1 + BLANK_ROWS_PER_ROW)) throw tooManyRows(this.limits);
    if (!row.cells.some((cell) => cell.trim())) return;
    // The first non-blank row is the header.
    if (++this.dataRows > this.limits.maxRows + 1) throw tooManyRows(this.limits);
    rows.push(row);
  }
}

/**
 * Fails a CSV stream at the first line with more than `maxColumns` cells,
 * counting delimiters outside quotes byte by byte, before the parser builds a
 * record of a million cells (csv-parse's per-cell hook costs ten times its parse).
 */
function columnGuard(delimiter: number, limits: GridLimits): Transform {
  let cells = 1;
  let quoted = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (const byte of chunk) {
        if (byte === 0x22) quoted = !quoted;
        else if (quoted) continue;
        else if (byte === delimiter && ++cells > limits.maxColumns) return done(tooManyColumns(limits));
        else if (byte === 0x0a) cells = 1;
      }
      done(null, chunk);
    },
  });
}

/**
 * A CSV file (comma or semicolon separated, as Indonesian Excel saves it) as
 * rows, parsed as a stream: the limits hold while parsing, and the event loop
 * gets a turn between chunks (CHUNK_BYTES).
 */
export async function readCsvGrid(buffer: Buffer, limits: GridLimits): Promise<GridRow[]> {
  const newline = buffer.indexOf(0x0a);
  const firstLine = buffer
    .subarray(0, newline === -1 ? Math.min(buffer.length, CHUNK_BYTES) : newline)
    .toString('utf8');
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const chunks = async function* () {
    for (let start = 0; start < buffer.length; start += CHUNK_BYTES) {
      if (start > 0) await setImmediate();
      yield buffer.subarray(start, start + CHUNK_BYTES);
    }
  };
  const input = Readable.from(chunks(), { objectMode: false });
  const guard = columnGuard(delimiter.charCodeAt(0), limits);
  const parser = parseCsv({
    delimiter,
    relax_column_count: true,
    bom: true,
    info: true,
    max_record_size: limits.maxCellChars,
  });
  const rows: GridRow[] = [];
  const counter = new RowCounter(limits);
  const streams = [input, guard, parser];
  try {
    await new Promise<void>((resolve, reject) => {
      // The first problem ends the read at once: nothing more is parsed.
      const fail = (error: Error) => {
        for (const stream of streams) stream.destroy();
        reject(error);
      };
      for (const stream of streams) stream.on('error', fail);
      // With `info`, each record comes with the line it ends on (csv-parse's types do not follow the option).
      parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
        if (parser.destroyed) return;
        try {
          counter.add(rows, { row: info.lines, cells: record });
        } catch (error) {
          fail(error as Error);
        }
      });
      parser.on('end', resolve);
      input.pipe(guard).pipe(parser);
    });
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_MAX_RECORD_SIZE') throw cellTooLong(limits);
    throw badFile(`The CSV file cannot be read${lines ? ` near line ${lines}` : ''} (${code ?? 'unreadable'}).`);
  } finally {
    for (const stream of streams) stream.destroy();
  }
  return rows;
}

type ZipFile = yauzl.ZipFile;
const openZip = promisify<Buffer, yauzl.Options, ZipFile>(yauzl.fromBuffer);

/** Reads the central directory only: names and declared sizes, nothing inflated. */
async function zipEntries(buffer: Buffer): Promise<{ zip: ZipFile; entries: Map<string, yauzl.Entry> }> {
  let zip: ZipFile;
  try {
    // validateEntrySizes (the default) makes an entry's stream fail as soon as it inflates past its declared size.
    zip = await openZip(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch {
    throw badFile('The XLSX file cannot be read.');
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      if (entries.size > 1000) reject(badFile('The XLSX file has too many parts.'));
      else zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', () => reject(badFile('The XLSX file cannot be read.')));
    zip.readEntry();
  });
  return { zip, entries };
}

/**
 * An entry's inflated bytes as a stream that fails once the budget shared by
 * all the entries read is spent, whatever the entry claims its size is.
 */
function inflate(zip: ZipFile, entry: yauzl.Entry, budget: { bytes: number }, limits: GridLimits): Readable {
  if (entry.uncompressedSize > budget.bytes) throw tooLarge(limits);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      budget.bytes -= chunk.length;
      done(budget.bytes < 0 ? tooLarge(limits) : null, chunk);
    },
  });
  zip.openReadStream(entry, (error, stream) => {
    if (error || !stream) {
      meter.destroy(badFile('The XLSX file cannot be read.'));
      return;
    }
    stream.on('error', () => meter.destroy(badFile('The XLSX file cannot be read.')));
    meter.on('close', () => stream.destroy());
    stream.pipe(meter);
  });
  return meter;
}

const tooLarge = (limits: GridLimits) =>
  new ProblemException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'payload-too-large',
    `The workbook unpacks to more than ${Math.round(limits.maxInflatedBytes / 1024 / 1024)} MB; save it as CSV or split it.`,
  );

/** Streams XML through saxes, calling `on` for each open tag, text and close tag; parse errors are a bad file. */
async function parseXml(
  input: Readable,
  handlers: {
    open?: (name: string, attributes: Record<string, string>) => void;
    text?: (text: string) => void;
    close?: (name: string) => void;
  },
): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('cdata', (text) => handlers.text?.(text));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  try {
    for await (const chunk of input) parser.write((chunk as Buffer).toString('utf8'));
    parser.close();
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    throw badFile('The XLSX file cannot be read.');
  } finally {
    input.destroy();
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** "AB12" → 27 (0-based column of a cell reference). */
function columnOf(reference: string | undefined): number | undefined {
  const letters = reference?.match(/^([A-Z]{1,3})\d*$/)?.[1];
  if (!letters) return undefined;
  return [...letters].reduce((column, letter) => column * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The first worksheet of an XLSX workbook as rows. The zip is read through its
 * central directory (yauzl) with every entry's inflated size checked against a
 * budget as it inflates, and the XML is parsed as a stream (saxes): the shared
 * strings, then the sheet, counting rows, columns and characters as they come.
 */
export async function readXlsxGrid(buffer: Buffer, limits: GridLimits): Promise<GridRow[]> {
  const { zip, entries } = await zipEntries(buffer);
  try {
    const budget = { bytes: limits.maxInflatedBytes };
    const sheetPath = await firstSheetPath(zip, entries, budget, limits);
    const sheet = sheetPath ? entries.get(sheetPath) : undefined;
    if (!sheet) return [];
    const strings = entries.has('xl/sharedStrings.xml')
      ? await sharedStrings(inflate(zip, entries.get('xl/sharedStrings.xml')!, budget, limits), limits)
      : [];
    return await sheetRows(inflate(zip, sheet, budget, limits), strings, limits);
  } finally {
    zip.close();
  }
}

/** The path of the workbook's first sheet, from workbook.xml and its relationships. */
async function firstSheetPath(
  zip: ZipFile,
  entries: Map<string, yauzl.Entry>,
  budget: { bytes: number },
  limits: GridLimits,
): Promise<string | undefined> {
  const workbook = entries.get('xl/workbook.xml');
  const relations = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !relations) {
    return [...entries.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).sort()[0];
  }
  let firstId: string | undefined;
  await parseXml(inflate(zip, workbook, budget, limits), {
    open: (name, attributes) => {
      if (name === 'sheet' && firstId === undefined) {
        firstId = Object.entries(attributes).find(([key]) => localName(key) === 'id' && key !== 'sheetId')?.[1];
      }
    },
  });
  let target: string | undefined;
  await parseXml(inflate(zip, relations, budget, limits), {
    open: (name, attributes) => {
      if (name === 'Relationship' && attributes.Id === firstId) target = attributes.Target;
    },
  });
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The shared strings table; rich text runs are joined, phonetic hints left out. */
async function sharedStrings(input: Readable, limits: GridLimits): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXml(input, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = true;
    },
    text: (text) => {
      if (current === null || !inText || phonetic > 0) return;
      current += text;
      if (current.length > limits.maxCellChars) throw cellTooLong(limits);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        strings.push(current);
        current = null;
      }
    },
  });
  return strings;
}

/** Rows of a worksheet, with each cell's text as a spreadsheet shows its value. */
async function sheetRows(input: Readable, strings: string[], limits: GridLimits): Promise<GridRow[]> {
  const rows: GridRow[] = [];
  const counter = new RowCounter(limits);
  let row: GridRow | null = null;
  let nextRow = 1;
  let cell: { column: number; type: string; text: string; inValue: boolean } | null = null;
  let nextColumn = 0;
  await parseXml(input, {
    open: (name, attributes) => {
      if (name === 'row') {
        const number = Number(attributes.r);
        row = { row: Number.isInteger(number) && number > 0 ? number : nextRow, cells: [] };
        nextRow = row.row + 1;
        nextColumn = 0;
      } else if (name === 'c' && row) {
        const column = columnOf(attributes.r) ?? nextColumn;
        if (column >= limits.maxColumns) throw tooManyColumns(limits);
        nextColumn = column + 1;
        cell = { column, type: attributes.t ?? 'n', text: '', inValue: false };
      } else if ((name === 'v' || name === 't') && cell) {
        cell.inValue = true;
      }
    },
    text: (text) => {
      if (!cell?.inValue) return;
      cell.text += text;
      if (cell.text.length > limits.maxCellChars) throw cellTooLong(limits);
    },
    close: (name) => {
      if ((name === 'v' || name === 't') && cell) {
        cell.inValue = false;
      } else if (name === 'c' && cell && row) {
        row.cells[cell.column] = cellText(cell.type, cell.text, strings);
        cell = null;
      } else if (name === 'row' && row) {
        counter.add(rows, { row: row.row, cells: Array.from(row.cells, (text) => text ?? '') });
        row = null;
      }
    },
  });
  return rows;
}

/** A cell's value as text: shared strings looked up, numbers as JavaScript prints them (no float noise). */
function cellText(type: string, raw: string, strings: string[]): string {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'n': {
      const value = Number(raw);
      return raw.trim() !== '' && Number.isFinite(value) ? String(value) : raw;
    }
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    default:
      // inlineStr, str (a formula's cached text), e (an error such as #N/A)
      return raw;
  }
}
