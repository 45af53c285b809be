import { HttpException, HttpStatus } from '@nestjs/common';
import { text } from '../i18n/text';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_TYPE_BASE = 'https://rantai.id/problems/';

export interface FieldError {
  /** Full path of the field in the request, e.g. `plants[0].location.lat`. */
  field: string;
  /** Plain text, or a message of the message files made with text(), written in the reader's language. */
  message: string;
}

/** RFC 9457 problem details as Rantai sends them. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const problemType = (slug: string): string => `${PROBLEM_TYPE_BASE}${slug}`;

/** "An open", "A draft": the article English needs before a state's name. */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'An' : 'A'} ${word}`;

/**
 * An error a client should see as problem details. Modules throw it (or a
 * subclass) with a stable `slug`; extensions add machine-readable context,
 * such as the id of the existing record on a duplicate.
 */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly slug: string,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
    /** Response headers that belong to the problem, such as Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

export class ValidationProblem extends ProblemException {
  constructor(readonly fieldErrors: FieldError[]) {
    super(HttpStatus.BAD_REQUEST, 'validation-error', text('problem.invalidFields'), { errors: fieldErrors });
  }
}
