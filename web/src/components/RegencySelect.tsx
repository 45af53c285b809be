import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../api/reference';

/** Regencies and cities grouped by province; Jawa Barat first, where Rantai starts. */
export function RegencySelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const { data } = useRegions();
  const groups = useMemo(() => {
    if (!data) return [];
    const byProvince = new Map(
      data.provinces.map((p) => [p.code, { group: p.name, items: [] as { value: string; label: string }[] }]),
    );
    for (const regency of data.regencies)
      byProvince.get(regency.parentCode ?? '')?.items.push({ value: regency.code, label: regency.name });
    const all = [...byProvince.entries()];
    all.sort(([a], [b]) => (a === '32' ? -1 : b === '32' ? 1 : a.localeCompare(b)));
    return all.map(([, group]) => group).filter((group) => group.items.length > 0);
  }, [data]);
  return <Select searchable limit={60} nothingFoundMessage={t('common.nothingFound')} {...props} data={groups} />;
}

/** The name of a regency code, once the regions are loaded. */
export function useRegencyName(): (code: string) => string {
  const { data } = useRegions();
  return useMemo(() => {
    const names = new Map(data?.regencies.map((r) => [r.code, r.name]));
    return (code) => names.get(code) ?? code;
  }, [data]);
}
