import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationProblem } from '../errors/problem';
import { toFieldErrors } from '../errors/validation-errors';
import { unsafeTextErrors } from './safe-text';

/**
 * One validation pipe for every route: unknown fields are refused, nested
 * objects validated, and text that no validator or column can take (NUL, lone
 * surrogates) refused before any validator runs.
 */
class RantaiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const unsafe = unsafeTextErrors(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (unsafe.length) throw new ValidationProblem(unsafe);
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new RantaiValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  // toFieldErrors reads the rules' own arguments (Min's 0) from the object each error was found in.
  validationError: { target: true, value: true },
  exceptionFactory: (errors) => new ValidationProblem(toFieldErrors(errors)),
});
