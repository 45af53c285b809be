import { HttpStatus } from '@nestjs/common';
import { json, RequestHandler, urlencoded } from 'express';
import { ProblemException } from '../errors/problem';

export const BODY_LIMIT_BYTES = 100 * 1024;
/** No request of Rantai's nests deeper than a few levels; deeper JSON would only exhaust the stack of what reads it. */
export const MAX_JSON_DEPTH = 32;

/** How deep arrays and objects nest in JSON text, counted over the bytes without parsing (strings skipped). */
export function jsonDepth(body: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // a backslash escapes the next byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b || byte === 0x5b) {
      deepest = Math.max(deepest, ++depth);
    } else if (byte === 0x7d || byte === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/** A body that cannot be read at all: the fault is the body as a whole, named like any field. */
const unreadable = (slug: string, detail: string) =>
  new ProblemException(HttpStatus.BAD_REQUEST, slug, detail, { errors: [{ field: 'body', message: detail }] });

const tooDeep = () => unreadable('malformed-json', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);

/**
 * JSON and form parsers whose failures are problems with their own type, not
 * the generic 400 that Nest would make of them: a client must be able to tell
 * a malformed body from a too-large one from invalid fields.
 */
export function bodyParsers(): RequestHandler[] {
  const verify = (_req: unknown, _res: unknown, body: Buffer) => {
    if (jsonDepth(body) > MAX_JSON_DEPTH) throw tooDeep();
  };
  return [json({ limit: BODY_LIMIT_BYTES, verify }), urlencoded({ limit: BODY_LIMIT_BYTES, extended: false })].map(
    (parser): RequestHandler =>
      (req, res, next) =>
        parser(req, res, (error?: unknown) => next(error === undefined ? undefined : toProblem(error))),
  );
}

function toProblem(error: unknown): unknown {
  if (error instanceof ProblemException) return error;
  const { type, status } = error as { type?: string; status?: number };
  switch (type) {
    case 'entity.parse.failed':
      return unreadable('malformed-json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new ProblemException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'payload-too-large',
        `The request body is larger than the ${BODY_LIMIT_BYTES / 1024} kB limit.`,
      );
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new ProblemException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'unsupported-media-type',
        (error as Error).message,
      );
    default:
      if (status === 400) return unreadable('bad-request', 'The request body could not be read.');
      return typeof status === 'number' && status < 500
        ? new ProblemException(status, 'bad-request', 'The request body could not be read.')
        : error;
  }
}
