import { Param, ParseBoolPipe, ParseUUIDPipe, Query } from '@nestjs/common';
import { ValidationProblem } from '../errors/problem';

const invalid = (field: string, message: string) => () => new ValidationProblem([{ field, message }]);

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter, like any other field. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: invalid(name, `${name} must be a UUID`) }));

/** An optional true/false query parameter, refused by name when it is anything else. */
export const BoolQuery = (name: string) =>
  Query(name, new ParseBoolPipe({ optional: true, exceptionFactory: invalid(name, `${name} must be true or false`) }));
