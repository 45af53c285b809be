import { getMetadataStorage, type ValidationError } from 'class-validator';
import { parseText, text } from '../i18n/text';
import type { FieldError } from './problem';

/**
 * Flattens class-validator's tree into one message per field, with the full
 * path of the field (`plants[0].location.lat`): "required" when the field is
 * missing (not also "must be a string" and "must be shorter than…"),
 * otherwise the first rule it breaks. Messages are keys of the message
 * files (text()), translated when the response's language is known.
 */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = error.constraints && Object.keys(error.constraints).length ? [fieldError(error, path)] : [];
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}

function fieldError(error: ValidationError, path: string): FieldError {
  const constraints = error.constraints!;
  const property = path;
  if (constraints.whitelistValidation)
    return { field: path, message: text('validation.unknownProperty', { property }) };
  if (error.value === undefined || error.value === null) {
    return { field: path, message: text('validation.required', { property }) };
  }
  const [name, message] = Object.entries(constraints)[0];
  const own = parseText(message);
  const args = { property, ...constraintArgs(error, name), ...own?.args };
  return { field: path, message: text(own ? own.key : `validation.${name}`, args) };
}

/** The rule's own arguments (Min's 0, Length's 1 and 200), from class-validator's metadata for the field. */
function constraintArgs(error: ValidationError, name: string): Record<string, unknown> {
  const target = error.target?.constructor;
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === name || m.type === name));
  const [constraint1, constraint2] = (metadata?.constraints ?? []) as unknown[];
  return {
    ...(isPrintable(constraint1) ? { constraint1 } : {}),
    ...(isPrintable(constraint2) ? { constraint2 } : {}),
    ...(Array.isArray(constraint1) ? { options: constraint1.join(', ') } : {}),
  };
}

const isPrintable = (value: unknown) => typeof value === 'number' || typeof value === 'string';

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
