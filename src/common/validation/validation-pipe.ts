import { ValidationPipe } from '@nestjs/common';
import { ValidationProblem } from '../errors/problem';
import { toFieldErrors } from '../errors/validation-errors';

/** One validation pipe for every route: unknown fields are refused, nested objects validated. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  exceptionFactory: (errors) => new ValidationProblem(toFieldErrors(errors)),
});
