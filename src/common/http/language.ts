import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { type Language, requestLanguage } from '../i18n/language';

/** The response language of a request, as a handler parameter. */
export const PreferredLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  requestLanguage(context.switchToHttp().getRequest<Request>()),
);

export const localizedName = (names: { nameId: string; nameEn: string }, language: Language): string =>
  language === 'en' ? names.nameEn : names.nameId;
