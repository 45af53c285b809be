import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, ValidateBy } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Phone numbers with libphonenumber-js (Google's libphonenumber metadata, kept
 * current by its maintainer): the `max` metadata, because it knows which
 * numbers exist and which are mobile, not only their lengths. Numbers without
 * a country code are Indonesian: `0812-3456-7890`, `62812…` and
 * `+62 812 3456 7890` are all +6281234567890.
 */
const DEFAULT_COUNTRY = 'ID';

/** The number in E.164 (`+6281234567890`), or undefined when it is not a valid number. */
export function toE164(value: string): string | undefined {
  const parsed = parsePhoneNumberFromString(value, { defaultCountry: DEFAULT_COUNTRY });
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * A phone number someone types, stored as E.164. Refused (400, naming the
 * field) when it is not a valid number of its country.
 */
export const PhoneNumber = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (toE164(value) ?? value) : value)),
    IsString(),
    MaxLength(30),
    ValidateBy({
      name: 'isPhoneNumber',
      validator: {
        // After the transform a valid number is already E.164; anything else is what was sent.
        validate: (value: unknown) => typeof value === 'string' && toE164(value) === value,
        defaultMessage: (args) =>
          `${args?.property ?? 'phone'} must be a valid phone number, such as 0812-3456-7890 or +62 812 3456 7890`,
      },
    }),
  );

/**
 * WhatsApp's click-to-chat link for a number, or undefined when it is not a
 * mobile number: WhatsApp runs on mobile numbers, and a link to an office
 * landline would open a chat that nobody answers. (FIXED_LINE_OR_MOBILE is
 * for countries such as the US where the two cannot be told apart.)
 */
export function whatsappUrl(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined;
  const parsed = parsePhoneNumberFromString(phone, { defaultCountry: DEFAULT_COUNTRY });
  if (!parsed?.isValid()) return undefined;
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return undefined;
  return `https://wa.me/${parsed.number.slice(1)}`;
}
