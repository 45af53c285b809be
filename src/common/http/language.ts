import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export type Language = 'id' | 'en';

/** The response language from `Accept-Language`: Indonesian unless the client prefers English. */
export const PreferredLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  context.switchToHttp().getRequest<Request>().acceptsLanguages('id', 'en') === 'en' ? 'en' : 'id',
);

export const localizedName = (names: { nameId: string; nameEn: string }, language: Language): string =>
  language === 'en' ? names.nameEn : names.nameId;
