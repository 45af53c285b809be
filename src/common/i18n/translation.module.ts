import { Global, Injectable, Module } from '@nestjs/common';
import { AcceptLanguageResolver, I18nModule, I18nService } from 'nestjs-i18n';
import { join } from 'node:path';
import type { Language } from './language';
import { parseText } from './text';

/**
 * Writes text() messages in a language, from the message files in
 * src/i18n/<language>/<namespace>.json (nestjs-i18n: files per language,
 * `{name}` arguments, Indonesian when a key is missing in English). Plain
 * text passes through unchanged.
 */
@Injectable()
export class Translator {
  constructor(private readonly i18n: I18nService) {}

  translate(message: string, language: Language): string {
    const parsed = parseText(message);
    if (!parsed) return message;
    // Arguments may be messages themselves (the noun in "unknown process code"): written in the same language.
    const args = Object.fromEntries(
      Object.entries(parsed.args).map(([name, value]) => [
        name,
        typeof value === 'string' ? this.translate(value, language) : value,
      ]),
    );
    const write = (key: string) => String(this.i18n.translate(key, { lang: language, args }));
    const translated = write(parsed.key);
    if (translated !== parsed.key) return translated;
    // A key nobody wrote (a constraint without its own sentence) reads as its fallback, or as a sentence all the same.
    return typeof args.fallback === 'string' ? args.fallback : write('validation.invalid');
  }
}

@Global()
@Module({
  imports: [
    I18nModule.forRoot({
      // The same reading of Accept-Language as requestLanguage, for nestjs-i18n's own context.
      resolvers: [AcceptLanguageResolver],
      fallbackLanguage: 'id',
      loaderOptions: { path: join(__dirname, '../../i18n/'), watch: false },
      // The language is read where it is needed (PreferredLanguage, the problem filter), not by a middleware on every
      // request, and nothing reads nestjs-i18n's per-request context: no async context is made for each request.
      disableMiddleware: true,
      skipAsyncHook: true,
      logging: false,
    }),
  ],
  providers: [Translator],
  exports: [Translator],
})
export class TranslationModule {}
