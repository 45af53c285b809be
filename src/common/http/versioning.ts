import { createParamDecorator, ExecutionContext, HttpStatus } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { ProblemException } from '../errors/problem';

/**
 * Optimistic concurrency: the version the client edited, from `expectedVersion`
 * in the body or an `If-Match` header ("3", W/"3"), must be the current one;
 * otherwise 409 with the current version. Sending neither skips the check.
 */
export function requireVersion(
  current: number,
  expected: number | undefined,
  ifMatch: string | undefined,
  what = 'The record',
): void {
  const fromHeader = ifMatch?.match(/^(?:W\/)?"?(\d+)"?$/)?.[1];
  const wanted = expected ?? (fromHeader === undefined ? undefined : Number(fromHeader));
  if (wanted !== undefined && wanted !== current) {
    throw new ProblemException(
      HttpStatus.CONFLICT,
      'stale-version',
      `${what} changed since version ${wanted}; it is now at version ${current}. Reload and retry.`,
      { currentVersion: current },
    );
  }
}

/** The `If-Match` header of a request, documented once as the operation's one If-Match parameter. */
export const IfMatch = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<Request>().headers['if-match'],
  [
    (target: object, key?: string | symbol) => {
      if (key === undefined) return;
      ApiHeader({ name: 'If-Match', required: false, description: 'The version you edited, e.g. "2".' })(
        target,
        key,
        Object.getOwnPropertyDescriptor(target, key)!,
      );
    },
  ],
);
