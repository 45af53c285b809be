import { Alert, List } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError, formPath } from '../api/client';

/**
 * Puts a failed call's field errors next to their inputs and answers what is left
 * to say above the form: the problem's detail, and errors for fields the form has no input for.
 * `fields` maps an API path to the form's own where they differ (`location.lat` → `point`).
 */
export function problemForForm<T extends Record<string, unknown>>(
  form: UseFormReturnType<T>,
  error: unknown,
  fields: Record<string, string> = {},
): FormProblemState {
  if (!(error instanceof ApiError)) return { detail: undefined, unplaced: [] };
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.problem?.errors ?? []) {
    const path = fields[field] ?? formPath(field);
    if (hasPath(form.getValues(), path)) placed[path] = message;
    else unplaced.push(message);
  }
  form.setErrors(placed);
  const allPlaced = Object.keys(placed).length > 0 && unplaced.length === 0;
  return { detail: allPlaced ? undefined : (error.problem?.detail ?? error.message), unplaced };
}

export interface FormProblemState {
  detail: string | undefined;
  unplaced: string[];
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** The part of a problem that belongs to no single input, announced to screen readers. */
export function FormProblem({ state }: { state: FormProblemState | undefined }) {
  const { t } = useTranslation();
  if (!state?.detail && !state?.unplaced.length) return null;
  return (
    <Alert color="red" title={t('common.problemTitle')} role="alert">
      {state.detail}
      {state.unplaced.length > 0 && (
        <List size="sm" mt="xs">
          {state.unplaced.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
