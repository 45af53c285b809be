import { QueryFailedError } from 'typeorm';

/** Node's socket errors and PostgreSQL's connection SQLSTATEs (class 08, and 57P01–57P03: shutting down). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const CONNECTION_SQLSTATE = /^(08...|57P0[123])$/;
/** TypeORM's errors for a query runner whose connection died under it (mid-transaction, or at its commit). */
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
/** What the pg driver says, without a code, when a connection broke or none could be had in time. */
const CONNECTION_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error means the database could not be reached, rather than that it refused something. By shape,
 * not `instanceof Error`: the driver's socket errors may come from another realm (Jest's VM contexts do that).
 * A transaction whose connection died then fails to use it again (TypeORM's released query runner): the same.
 */
export function isDatabaseUnavailable(exception: unknown): boolean {
  const error = (exception instanceof QueryFailedError ? exception.driverError : exception) as
    { code?: unknown; message?: unknown; name?: unknown } | undefined;
  if (typeof error !== 'object' || error === null) return false;
  if (typeof error.name === 'string' && RELEASED_RUNNER.has(error.name)) return true;
  if (typeof error.code === 'string' && (CONNECTION_CODES.has(error.code) || CONNECTION_SQLSTATE.test(error.code))) {
    return true;
  }
  return typeof error.message === 'string' && CONNECTION_MESSAGES.test(error.message);
}
