import type { ValidationError } from 'class-validator';
import type { FieldError } from './problem';

/**
 * Flattens class-validator's tree into one message per failed rule, each with
 * the full path of the field: `plants[0].location.lat`.
 */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: path,
      message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
