import { HttpStatus } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type * as FileType from 'file-type' with { 'resolution-mode': 'import' };
import { loadEsm } from 'load-esm';
import sharp from 'sharp';
import { ProblemException } from '../common/errors/problem';
import type { StoredType } from './document.entity';
import { text } from '../common/i18n/text';

/** Bytes the upload may have (multer stops reading past this): the largest of the per-type limits. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Per type, before re-encoding: a scanned PDF of a few pages, or a phone photo. */
export const MAX_BYTES: Record<StoredType, number> = {
  'application/pdf': 10 * 1024 * 1024,
  'image/jpeg': MAX_UPLOAD_BYTES,
  'image/png': MAX_UPLOAD_BYTES,
};
/** About a 48-megapixel phone photo; decoding more could take hundreds of megabytes (a decompression bomb). */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Stored images are at most this many pixels on their long side: an A4 page scanned at 400 dpi. */
export const MAX_IMAGE_SIDE = 4096;
export const THUMBNAIL_SIDE = 320;

export const EXTENSIONS: Record<StoredType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** What is stored for an upload: the content as it will be served, and a thumbnail for images. */
export interface PreparedFile {
  contentType: StoredType;
  content: Buffer;
  sha256: string;
  width: number | null;
  height: number | null;
  thumbnail: Buffer | null;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const tooLarge = (detail: string) =>
  new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'file-too-large', detail);

const unsupported = (field: string, allowed: readonly StoredType[], found?: string) =>
  new ProblemException(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'unsupported-file-type',
    `The content of ${field} is ${found ? `${found}, ` : 'not a type Rantai recognises, '}not ${allowed
      .map((type) => EXTENSIONS[type].toUpperCase())
      .join(', ')}. The type is read from the content, not from the file name.`,
    {
      errors: [
        {
          field,
          message: text('validation.fileType', {
            property: field,
            allowed: allowed.map((type) => EXTENSIONS[type]).join(', '),
          }),
        },
      ],
    },
  );

/**
 * The type by the content's magic bytes (file-type, which is ESM-only:
 * loaded with a real dynamic import, as Nest's own FileTypeValidator does).
 */
async function detect(content: Buffer): Promise<string | undefined> {
  const { fileTypeFromBuffer } = await loadEsm<typeof FileType>('file-type');
  return (await fileTypeFromBuffer(content))?.mime;
}

/**
 * Checks an upload by its content and makes what is stored: a PDF as it came
 * (served as an attachment only); an image decoded within a pixel limit,
 * turned upright by its EXIF orientation, re-encoded in its own format
 * without any metadata (sharp keeps none unless asked: no GPS position, no
 * camera serial), at most MAX_IMAGE_SIDE on its long side, and a JPEG
 * thumbnail. Anything else is 415, naming the field.
 */
export async function prepareFile(
  content: Buffer,
  field: string,
  allowed: readonly StoredType[],
): Promise<PreparedFile> {
  const found = await detect(content);
  const type = allowed.find((candidate) => candidate === found);
  if (!type) throw unsupported(field, allowed, found);
  if (content.length > MAX_BYTES[type]) {
    throw tooLarge(`A ${EXTENSIONS[type].toUpperCase()} may have at most ${megabytes(MAX_BYTES[type])}.`);
  }
  if (type === 'application/pdf') {
    return { contentType: type, content, sha256: sha256(content), width: null, height: null, thumbnail: null };
  }
  const image = await reencode(content, type, field, allowed);
  return { contentType: type, ...image, sha256: sha256(image.content) };
}

async function reencode(
  content: Buffer,
  type: 'image/jpeg' | 'image/png',
  field: string,
  allowed: readonly StoredType[],
) {
  const options: sharp.SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' };
  try {
    // The header first: a bomb is refused before a pixel of it is decoded.
    const { width, height, format } = await sharp(content, { ...options, limitInputPixels: false }).metadata();
    if (width * height > MAX_IMAGE_PIXELS) {
      throw tooLarge(
        `An image may have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels; this one has ${width} × ${height}.`,
      );
    }
    if (format !== (type === 'image/jpeg' ? 'jpeg' : 'png')) throw unsupported(field, allowed, format);
    const upright = sharp(content, options)
      .autoOrient()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await (
      type === 'image/jpeg' ? upright.jpeg({ quality: 85, mozjpeg: true }) : upright.png()
    ).toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data)
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
    return { content: data, width: info.width, height: info.height, thumbnail };
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    // libvips could not decode it: a truncated or corrupt image is not the type it claims to be.
    throw unsupported(field, allowed, `a damaged ${EXTENSIONS[type].toUpperCase()}`);
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * The name to offer on download: the uploader's base name, without paths,
 * control and reserved characters, at most 120 characters, with the
 * extension of the type found (a PNG sent as scan.pdf is offered as
 * scan.png). Only ever metadata: storage keys are random.
 */
export function downloadName(original: string | undefined, type: StoredType): string {
  const base = (original ?? '')
    .normalize('NFC')
    .split(/[\\/]/)
    .pop()!
    .replace(/\p{Cc}|["*:<>?|]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/\.[^.]*$/, '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${base || 'file'}.${EXTENSIONS[type]}`;
}
