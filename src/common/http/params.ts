import { Param, ParseBoolPipe, ParseUUIDPipe, Query } from '@nestjs/common';
import { ValidationProblem } from '../errors/problem';
import { text } from '../i18n/text';

const invalid = (field: string, message: string) => () => new ValidationProblem([{ field, message }]);

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter, like any other field. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: invalid(name, text('validation.uuid', { property: name })) }));

/** An optional true/false query parameter, refused by name when it is anything else. */
export const BoolQuery = (name: string) =>
  Query(
    name,
    new ParseBoolPipe({
      optional: true,
      exceptionFactory: invalid(name, text('validation.booleanFlag', { property: name })),
    }),
  );
