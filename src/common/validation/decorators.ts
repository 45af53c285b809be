import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsNotCommonPassword, MIN_PASSWORD_LENGTH } from '../../auth/passwords';

/** An email address, trimmed and lower-cased before it is checked, as accounts store it. */
export const NormalisedEmail = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail(),
    MaxLength(254),
  );

/** A password someone is choosing: long enough and not a common one. */
export const NewPassword = () =>
  applyDecorators(IsString(), MinLength(MIN_PASSWORD_LENGTH), MaxLength(200), IsNotCommonPassword());

/** A list of taxonomy codes (`machining.cnc_turning`); whether they exist is checked against the reference data. */
export const CodeList = (max = 50) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(max),
    Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, {
      each: true,
      message: 'each value in $property must be a code such as machining.cnc_turning',
    }),
  );
