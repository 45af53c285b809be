import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Download } from './documents.service';

/** RFC 6266: a plain ASCII name for old clients, the exact name in UTF-8 (RFC 8187) for the rest. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a stored file: its own type, never sniffed by the browser; private
 * to the caller's cache and checked again before reuse (access can be
 * taken away); and, should it be opened as a page, with no rights at all.
 */
export function streamDocument(res: Response, download: Download): StreamableFile {
  res.set({
    'Content-Type': download.contentType,
    'Content-Length': String(download.byteSize),
    'Content-Disposition': contentDisposition(download.inline ? 'inline' : 'attachment', download.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-cache',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    ETag: download.etag,
  });
  return new StreamableFile(download.stream);
}
