import { HttpStatus } from '@nestjs/common';
import { json, RequestHandler, urlencoded } from 'express';
import { ProblemException } from '../errors/problem';

export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * JSON and form parsers whose failures are problems with their own type, not
 * the generic 400 that Nest would make of them: a client must be able to tell
 * a malformed body from a too-large one from invalid fields.
 */
export function bodyParsers(): RequestHandler[] {
  return [json({ limit: BODY_LIMIT_BYTES }), urlencoded({ limit: BODY_LIMIT_BYTES, extended: false })].map(
    (parser): RequestHandler =>
      (req, res, next) =>
        parser(req, res, (error?: unknown) => next(error === undefined ? undefined : toProblem(error))),
  );
}

function toProblem(error: unknown): unknown {
  const { type, status } = error as { type?: string; status?: number };
  switch (type) {
    case 'entity.parse.failed':
      return new ProblemException(HttpStatus.BAD_REQUEST, 'malformed-json', 'The request body is not valid JSON.');
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
      return typeof status === 'number' && status < 500
        ? new ProblemException(status, 'bad-request', 'The request body could not be read.')
        : error;
  }
}
