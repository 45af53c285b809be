import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ValidationProblem } from '../errors/problem';
import { text } from '../i18n/text';

/** What a handler declares it reads: the whole body or query (a DTO checks it), or some named fields. */
interface Declared {
  whole: boolean;
  names: Set<string>;
}

/**
 * The validation pipe refuses unknown fields only where a handler takes a
 * DTO; a handler that takes no body (a verify button) or no query (stats)
 * would otherwise drop whatever it was sent in silence, and the caller would
 * believe its note was kept. This refuses every body field and query
 * parameter the handler does not declare, after the guards (so 401 and 403
 * come first) and before the handler runs.
 */
@Injectable()
export class UndeclaredInputInterceptor implements NestInterceptor {
  private readonly cache = new WeakMap<object, { body: Declared; query: Declared }>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const declared = this.declared(context);
    const request = context.switchToHttp().getRequest<Request>();
    const unknown = [...undeclared(request.body, declared.body), ...undeclared(request.query, declared.query, false)];
    if (unknown.length) {
      throw new ValidationProblem(
        unknown.map((field) => ({ field, message: text('validation.unknownProperty', { property: field }) })),
      );
    }
    return next.handle();
  }

  private declared(context: ExecutionContext): { body: Declared; query: Declared } {
    const handler = context.getHandler();
    const cached = this.cache.get(handler);
    if (cached) return cached;
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as Record<
      string,
      { data?: unknown }
    >;
    const body: Declared = { whole: false, names: new Set() };
    const query: Declared = { whole: false, names: new Set() };
    for (const [key, { data }] of Object.entries(args)) {
      const type = Number(key.split(':')[0]) as RouteParamtypes;
      const target = type === RouteParamtypes.BODY ? body : type === RouteParamtypes.QUERY ? query : undefined;
      // A handler that takes the raw request reads what it wants; trust it.
      if (type === RouteParamtypes.REQUEST) body.whole = query.whole = true;
      if (!target) continue;
      if (typeof data === 'string') target.names.add(data);
      else target.whole = true;
    }
    const result = { body, query };
    this.cache.set(handler, result);
    return result;
  }
}

function undeclared(input: unknown, declared: Declared, isBody = true): string[] {
  if (declared.whole || input === null || typeof input !== 'object') return [];
  // A JSON array or string where no body is expected is refused whole.
  if (Array.isArray(input)) return isBody && input.length ? ['body'] : [];
  return Object.keys(input).filter((key) => !declared.names.has(key));
}
