import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { requestId } from '../logging/logging.module';
import { requestLanguage } from '../i18n/language';
import { Translator } from '../i18n/translation.module';
import { text } from '../i18n/text';
import { isDatabaseUnavailable } from './database-unavailable';
import { FieldError, PROBLEM_CONTENT_TYPE, ProblemBody, ProblemException, problemType } from './problem';

interface Problem {
  status: number;
  slug: string;
  detail: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const SLUG_BY_STATUS: Partial<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

/**
 * The one place where anything thrown becomes a response: RFC 9457 problem
 * details with the request id, never a stack trace. What a client caused is a
 * 4xx; only our own faults are 500, and those are logged in full.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly translator: Translator) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string | number }>();
    const response = context.getResponse<Response>();
    const problem = this.toProblem(exception);
    // Paths outside the API (a mistyped /api/v2, a probe) meet no request logger: give them an id here.
    request.id ??= requestId(request, response);

    if (problem.slug === 'database-unavailable') {
      // Expected while the database restarts: one line, no stack, the driver's message only.
      this.logger.warn(`database unavailable on ${request.method} ${request.path}: ${(exception as Error).message}`);
    } else if (problem.status >= 500) {
      this.logger.error({ err: exception }, `Unhandled error on ${request.method} ${request.path}`);
    }

    // Extensions first: they add to the standard members, never replace one (`status` is always the HTTP status).
    const language = requestLanguage(request);
    const translate = (message: string) => this.translator.translate(message, language);
    const extensions = { ...problem.extensions };
    if (Array.isArray(extensions.errors)) {
      extensions.errors = (extensions.errors as FieldError[]).map((e) => ({ ...e, message: translate(e.message) }));
    }
    const body: ProblemBody = {
      ...extensions,
      type: problemType(problem.slug),
      title: STATUS_CODES[problem.status] ?? 'Error',
      status: problem.status,
      detail: translate(problem.detail),
      instance: request.path,
      requestId: String(request.id),
    };
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(problem.headers ?? {})) response.setHeader(name, value);
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof ProblemException) {
      return {
        status: exception.getStatus(),
        slug: exception.slug,
        detail: exception.message,
        extensions: exception.extensions,
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail = httpExceptionDetail(exception);
      return {
        status,
        slug: slugFor(status),
        detail,
        // Nest's own 400s (a multipart part the route does not take) come from the body; say so like any field.
        extensions: status === 400 ? { errors: [{ field: 'body', message: detail }] } : undefined,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      // The pool reconnects by itself once the database is back: a client may simply try again.
      return {
        status: 503,
        slug: 'database-unavailable',
        detail: text('problem.databaseUnavailable'),
        headers: { 'Retry-After': '5' },
      };
    }
    if (exception instanceof QueryFailedError) {
      const driverError: unknown = exception.driverError;
      const fromDatabase = databaseProblem(driverError as DriverError);
      if (fromDatabase) return fromDatabase;
    }
    return {
      status: 500,
      slug: 'internal-error',
      detail: 'Something went wrong on our side. Quote the request id when reporting it.',
    };
  }
}

function slugFor(status: number): string {
  return SLUG_BY_STATUS[status] ?? (status >= 500 ? 'internal-error' : 'bad-request');
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * Constraint violations are the database's last line of defence behind
 * validation; they mean the client sent something the data rules refuse.
 * They are said in words (the `constraint` messages, one per constraint a
 * client can meet), never by the constraint's name, and the driver's detail
 * (which can quote values) is never passed on.
 */
interface DriverError {
  code?: string;
  constraint?: string;
  column?: string;
}

/** The constraint's own sentence where there is one, else the kind's. */
const inWords = (driverError: DriverError, kind: string) =>
  text(`constraint.${driverError.constraint ?? kind}`, { fallback: text(`constraint.${kind}`) });

function databaseProblem(driverError: DriverError): Problem | undefined {
  switch (driverError.code) {
    case '23505':
      return { status: 409, slug: 'conflict', detail: inWords(driverError, 'conflict') };
    case '23503':
      return { status: 409, slug: 'conflict', detail: inWords(driverError, 'reference') };
    case '40001':
    case '40P01':
      return { status: 409, slug: 'conflict', detail: text('constraint.concurrent') };
    case '23502': {
      // A NOT NULL column left empty: name the field, as validation would have.
      const field = driverError.column?.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) ?? 'body';
      const message = text('validation.required', { property: field });
      return { status: 400, slug: 'invalid-data', detail: message, extensions: { errors: [{ field, message }] } };
    }
    case '23514':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02': {
      const detail = inWords(driverError, 'dataRule');
      return {
        status: 400,
        slug: 'invalid-data',
        detail,
        extensions: { errors: [{ field: 'body', message: detail }] },
      };
    }
    default:
      return undefined;
  }
}
