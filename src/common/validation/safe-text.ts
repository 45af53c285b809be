import type { FieldError } from '../errors/problem';
import { text } from '../i18n/text';

/** A lone UTF-16 surrogate: not text in any encoding; validators such as isEmail throw on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes a string unusable as text: NUL, which PostgreSQL cannot store in text, and lone surrogates. */
function unsafeText(value: string): string | undefined {
  if (value.includes('\u0000')) return 'NUL';
  if (LONE_SURROGATE.test(value)) return 'UTF-16';
  return undefined;
}

/**
 * Every string in a request (values and keys, at any depth) checked before
 * any validator sees it, with the field path of each bad one. Depth is
 * already bounded by the body parser.
 */
export function unsafeTextErrors(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') {
    const problem = unsafeText(value);
    const property = path || 'value';
    return problem ? [{ field: property, message: text('validation.unsafeText', { property, problem }) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTextErrors(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const field = path ? `${path}.${key}` : key;
      const keyProblem = unsafeText(key);
      return keyProblem
        ? [{ field: path || 'body', message: text('validation.unsafeKey', { problem: keyProblem }) }]
        : unsafeTextErrors(item, field);
    });
  }
  return [];
}
