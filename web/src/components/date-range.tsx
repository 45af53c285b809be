import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from './address-params';

/** Days (YYYY-MM-DD, as the API takes them), both included; either open. */
export interface DateRange {
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A range of days kept in the page's address (`?from=&to=`), so that a view can be reloaded and shared;
 * changing it keeps the address's other parameters but drops `page` (the list starts again). A change names
 * only the ends it changes (`{ to }`), applied to the address as it is then: two quick edits, one per end,
 * both stay even when the second comes before the page has drawn the first.
 */
export function useDateRangeParams(): [DateRange, (change: DateRange) => void] {
  const [params, update] = useAddressParams();
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return DAY.test(value) ? value : undefined;
  };
  const setRange = (change: DateRange) => update({ ...change });
  return [{ from: day('from'), to: day('to') }, setRange];
}

/** Whether the API would take the range (it refuses `to` before `from`). */
export const isValidRange = ({ from, to }: DateRange) => !from || !to || from <= to;

/** Two date inputs, with the browser's own picker; `to` before `from` is said under `to`. */
export function DateRangeFields({ value, onChange }: { value: DateRange; onChange: (change: DateRange) => void }) {
  const { t } = useTranslation('staff');
  return (
    <Group gap="sm" align="flex-start">
      <TextInput
        type="date"
        label={t('dashboard.range.from')}
        value={value.from ?? ''}
        max={value.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label={t('dashboard.range.to')}
        value={value.to ?? ''}
        min={value.from}
        error={isValidRange(value) ? undefined : t('dashboard.range.toBeforeFrom')}
        onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
      />
    </Group>
  );
}
