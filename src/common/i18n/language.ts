import type { Request } from 'express';

export type Language = 'id' | 'en';

/** The response language from `Accept-Language`: Indonesian unless the client prefers English. */
export const requestLanguage = (request: Request): Language =>
  request.acceptsLanguages('id', 'en') === 'en' ? 'en' : 'id';
