import { MultiSelect, type ComboboxItem, type MultiSelectProps, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCertificationTypes, useKbli, useTaxonomy, type TaxonomyKind } from '../api/reference';

interface Entry {
  code: string;
  name: string;
  aliases?: string[];
  nameEn?: string;
  nameId?: string;
  parentCode?: string | null;
}

type PickerProps = Omit<MultiSelectProps, 'data' | 'filter'>;

/**
 * A searchable multi-select over a catalogue: a word finds an entry by its name in either
 * language, its code or an everyday alias ("bubut" finds CNC turning).
 */
function CatalogueMultiSelect({ entries, ...props }: PickerProps & { entries: Entry[] | undefined }) {
  const { t } = useTranslation();
  const { data, words } = useMemo(() => {
    const words = new Map<string, string>();
    const items = (entries ?? []).map((entry) => {
      words.set(
        entry.code,
        [entry.code, entry.name, entry.nameEn, entry.nameId, ...(entry.aliases ?? [])].join(' ').toLowerCase(),
      );
      return { value: entry.code, label: entry.name };
    });
    return { data: items, words };
  }, [entries]);
  const filter: OptionsFilter = ({ options, search }) => {
    const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
    return (options as ComboboxItem[]).filter((option) =>
      terms.every((term) => words.get(option.value)?.includes(term)),
    );
  };
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      limit={50}
      nothingFoundMessage={t('common.nothingFound')}
      {...props}
      data={data}
      filter={filter}
    />
  );
}

/**
 * Processes, materials or part categories, leaves only (the codes the API accepts); `withGroups` offers the
 * groups too ("Aluminium" beside "Aluminium 6061"), which search and sourcing requests read as any of their members.
 */
export function TaxonomyMultiSelect({
  kind,
  withGroups = false,
  ...props
}: PickerProps & { kind: TaxonomyKind; withGroups?: boolean }) {
  const { data } = useTaxonomy(kind);
  const entries = useMemo(() => {
    if (withGroups) return data;
    const parents = new Set((data ?? []).map((item) => item.parentCode));
    return data?.filter((item) => !parents.has(item.code));
  }, [data, withGroups]);
  return <CatalogueMultiSelect entries={entries} {...props} />;
}

export function KbliMultiSelect(props: PickerProps) {
  const { data } = useKbli();
  const entries = useMemo(() => data?.map((k) => ({ ...k, name: `${k.code} · ${k.name}` })), [data]);
  return <CatalogueMultiSelect entries={entries} {...props} />;
}

export function CertificationMultiSelect(props: PickerProps) {
  const { data } = useCertificationTypes();
  return <CatalogueMultiSelect entries={data} {...props} />;
}
