/**
 * A message to be written in the reader's language: a key of the message
 * files in src/i18n/<language>/ and its arguments, carried as a string so it
 * can go wherever a message goes (class-validator's `message`, a field
 * error) and be translated once the response's language is known (the
 * problem filter, or a report's controller).
 */
const PREFIX = 'i18n:';

export interface Text {
  key: string;
  args: Record<string, unknown>;
}

export const text = (key: string, args: Record<string, unknown> = {}): string =>
  `${PREFIX}${key}${Object.keys(args).length ? `|${JSON.stringify(args)}` : ''}`;

/** The key and arguments of a message made by text(), or undefined for plain text. */
export function parseText(message: string): Text | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message.slice(PREFIX.length), args: {} };
  return {
    key: message.slice(PREFIX.length, bar),
    args: JSON.parse(message.slice(bar + 1)) as Record<string, unknown>,
  };
}
