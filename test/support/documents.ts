import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import type { Response } from 'superagent';
import type { TestApp } from './app';

/** A minimal valid PDF: a page with a line of text. */
export function tinyPdf(text = 'Sertifikat ISO 9001'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 50]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 10 20 Td (${text}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A photo-like image: noise, so that it does not compress to nothing, in JPEG or PNG. */
export async function photo(format: 'jpeg' | 'png', width = 1200, height = 800): Promise<Buffer> {
  const noise = sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  });
  return format === 'jpeg' ? noise.jpeg({ quality: 90 }).toBuffer() : noise.png().toBuffer();
}

/** A JPEG as a phone writes it: the camera, an orientation (6: turned 90°) and the GPS position in its EXIF. */
export function jpegWithGps(width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'RantaiPhone', Model: 'Subang X1' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '6/1 33/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '107/1 45/1 0/1',
      },
    })
    .jpeg()
    .toBuffer();
}

/** The header of a PNG of width × height pixels and no image data: a decompression bomb's promise. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every stored file under the app's FILES_DIR (temporary files of writes in progress aside). */
export function storedFiles(t: TestApp): string[] {
  const walk = (dir: string): string[] => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    return entries.flatMap((entry) =>
      entry.isDirectory() ? (entry.name === 'tmp' ? [] : walk(join(dir, entry.name))) : [join(dir, entry.name)],
    );
  };
  return walk(t.config.filesDir);
}

export async function documentRows(t: TestApp, supplierId?: string): Promise<number> {
  const [{ n }] = await t.app
    .get(DataSource)
    .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM documents WHERE $1::uuid IS NULL OR supplier_id = $1`, [
      supplierId ?? null,
    ]);
  return n;
}

/** Supertest's parser for a body as a Buffer, whatever its type. */
export const asBuffer = (res: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
