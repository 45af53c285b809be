import { Readable } from 'node:stream';
import yazl from 'yazl';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const SHEET = 'xl/worksheets/sheet1.xml';

/**
 * An XLSX zip bomb: a small file whose first sheet inflates to `inflatedMb`
 * megabytes of rows. With `lie`, the zip's central directory claims the sheet
 * is 10 kB, as a crafted bomb would, so only a reader that counts what it
 * inflates notices.
 */
export async function xlsxBomb(inflatedMb: number, { lie = false } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  const rows = Buffer.from(
    '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>'.repeat(1000),
  );
  const total = inflatedMb * 1024 * 1024;
  const sheet = function* () {
    yield Buffer.from('<worksheet><sheetData>');
    for (let written = 0; written < total; written += rows.length) yield rows;
    yield Buffer.from('</sheetData></worksheet>');
  };
  zip.addReadStream(Readable.from(sheet()), SHEET, { compressionLevel: 9 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const file = Buffer.concat(chunks);
  if (lie) setDeclaredSize(file, SHEET, 10 * 1024);
  return file;
}

/** Rewrites an entry's uncompressed size in the central directory (offset 24 of its header). */
function setDeclaredSize(zip: Buffer, name: string, size: number): void {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = zip.indexOf(signature); at !== -1; at = zip.indexOf(signature, at + 4)) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      zip.writeUInt32LE(size, at + 24);
      return;
    }
  }
  throw new Error(`${name} is not in the zip`);
}

/** Bytes that are neither text nor a zip, the same every run. */
export function garbage(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buffer[i] = (i * 7919 + (i >> 8)) & 0xff;
  return buffer;
}
