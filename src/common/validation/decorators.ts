import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsISO8601,
  IsNumber,
  IsOptional,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { text } from '../i18n/text';

/** An email address, trimmed and lower-cased before it is checked, as accounts store it. */
export const NormalisedEmail = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail(),
    MaxLength(254),
  );

/** A WIB day, YYYY-MM-DD, and a real one (strict ISO 8601 refuses 2026-02-30); see wibDayRange. */
export const Day = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: text('validation.isIso8601') }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: text('validation.isIso8601') }),
  );

/** The same, optional. */
export const OptionalDay = () => applyDecorators(IsOptional(), Day());

/** A list of taxonomy codes (`machining.cnc_turning`); whether they exist is checked against the reference data. */
export const CodeList = (max = 50) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(max),
    Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, {
      each: true,
      message: text('validation.codeList', { example: 'machining.cnc_turning' }),
    }),
  );

/**
 * A field that may be left out but, when sent, may not be null (IsOptional
 * would let null through). Update DTOs are made with
 * `PartialType(Create, { skipNullProperties: false })`, so that this rule and
 * the required fields' own validators also refuse null in a PATCH: a field
 * the database needs cannot be "removed".
 */
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Query values that repeat (`?status=a&status=b`) arrive as arrays, single ones as strings: always an array here. */
export const asArray = ({ value }: { value: unknown }) =>
  value === undefined || Array.isArray(value) ? value : [value];

/** `true`/`false` in a query string as booleans; anything else is left for @IsBoolean to refuse. */
export const asBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * A finite number with at most `places` decimals. class-validator's own
 * `maxDecimalPlaces` throws on numbers JavaScript prints in exponent form
 * (1e-7, 5e-324); rounding to the places and comparing does not.
 */
export const Decimal = (places: number) =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    ValidateBy({
      name: 'maxDecimals',
      constraints: [places],
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'number' || !Number.isFinite(value) || Number(value.toFixed(places)) === value,
        defaultMessage: (args) => `${args?.property ?? 'value'} may have at most ${places} decimal places`,
      },
    }),
  );
