import {
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  type ComboboxItem,
  type ComboboxLikeRenderOptionInput,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { CertificationMultiSelect, TaxonomyMultiSelect } from '../components/CodeMultiSelect';
import { RegencySelect } from '../components/RegencySelect';
import { useBuyer, useBuyerId } from '../buyer/queries';
import { filterCount, paramsFromQuery, queryFromParams, type SupplierQuery } from './search-params';

/*
 * The supplier filters the search page and the map share: both keep them in the address, so that a search
 * opens as a map and back, and either can be shared or bookmarked.
 */

export type Facets = Schemas['SupplierFacetsDto'] & { exact: boolean };

/**
 * An option with how many of the matching suppliers it would leave, from the search's facets. A broad
 * search counts only the suppliers it read, so its counts are lower bounds: "12+".
 */
function withCounts(facet: Schemas['FacetCountDto'][] | undefined, exact: boolean) {
  const counts = new Map(facet?.map((f) => [f.code, exact ? String(f.count) : `${f.count}+`]));
  return ({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>): ReactNode => (
    <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
      <span>{option.label}</span>
      {facet && (
        <Text span size="xs" c="dimmed">
          {counts.get(option.value) ?? '0'}
        </Text>
      )}
    </Group>
  );
}

/** The filters in the address, and a change to them (which starts again at the first page). */
export function useSupplierQuery() {
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const update = (changes: Partial<SupplierQuery>) =>
    setParams(paramsFromQuery({ ...query, page: undefined, ...changes }), { replace: true });
  return { query, update };
}

interface SupplierFilterFrameProps {
  title: string;
  /** Counts beside the options, where the page has them (the search); the map shows none. */
  facets?: Facets;
  /** Beside the title: a link to the other view of the same filters. */
  aside?: ReactNode;
  /** What the filters act on: the results, or the map. */
  children: ReactNode;
}

/**
 * Words over the filters, which sit beside what they act on on a laptop and behind a button on a phone,
 * where they would push it off the screen.
 */
export function SupplierFilterFrame({ title, facets, aside, children }: SupplierFilterFrameProps) {
  const { t } = useTranslation();
  const { query, update } = useSupplierQuery();
  // Read at the first render, not after it: a layout that changes once drawn would shift the map under its view.
  const desktop = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [words, setWords] = useState(query.q ?? '');
  const search = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 350);
  const count = filterCount(query);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {aside}
      </Group>
      <TextInput
        label={t('suppliers.search.words')}
        placeholder={t('suppliers.search.wordsHint')}
        type="search"
        maw={640}
        value={words}
        onChange={(event) => {
          setWords(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
      />
      {!desktop && (
        <Button variant="light" w="fit-content" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
          {filtersOpen
            ? t('suppliers.search.hideFilters')
            : count
              ? t('suppliers.search.showFiltersActive', { number: count })
              : t('suppliers.search.showFilters')}
        </Button>
      )}
      <Grid gap="lg">
        {(desktop || filtersOpen) && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Filters query={query} facets={facets} update={update} />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: desktop ? 8 : 12 }}>{children}</Grid.Col>
      </Grid>
    </Stack>
  );
}

interface FiltersProps {
  query: SupplierQuery;
  facets: Facets | undefined;
  update: (changes: Partial<SupplierQuery>) => void;
}

function Filters({ query, facets, update }: FiltersProps) {
  const { t } = useTranslation();
  const list = (values: string[]) => (values.length ? values : undefined);
  return (
    <Stack gap="sm" component="section" aria-label={t('suppliers.search.filters')}>
      <TaxonomyMultiSelect
        kind="processes"
        withGroups
        label={t('suppliers.search.processes')}
        description={t('suppliers.search.allMustHold')}
        value={query.process ?? []}
        onChange={(codes) => update({ process: list(codes) })}
        renderOption={withCounts(facets?.processes, facets?.exact ?? true)}
      />
      <TaxonomyMultiSelect
        kind="materials"
        withGroups
        label={t('suppliers.search.materials')}
        value={query.material ?? []}
        onChange={(codes) => update({ material: list(codes) })}
        renderOption={withCounts(facets?.materials, facets?.exact ?? true)}
      />
      <CertificationMultiSelect
        label={t('suppliers.search.certifications')}
        value={query.certification ?? []}
        onChange={(codes) => update({ certification: list(codes) })}
        renderOption={withCounts(facets?.certifications, facets?.exact ?? true)}
      />
      <TaxonomyMultiSelect
        kind="part-categories"
        withGroups
        label={t('suppliers.search.productCategories')}
        value={query.productCategory ?? []}
        onChange={(codes) => update({ productCategory: list(codes) })}
      />
      <RegencySelect
        label={t('suppliers.search.regency')}
        clearable
        value={query.regency ?? null}
        onChange={(code) => update({ regency: code ?? undefined })}
        renderOption={withCounts(facets?.regencies, facets?.exact ?? true)}
      />
      <NearPlant query={query} update={update} />
      <Checkbox
        label={t('suppliers.search.verifiedOnly')}
        checked={query.verified ?? false}
        onChange={(event) => update({ verified: event.currentTarget.checked || undefined })}
      />
    </Stack>
  );
}

/** Buyers search around one of their plants: distances then show, and a radius can limit them. */
function NearPlant({ query, update }: Pick<FiltersProps, 'query' | 'update'>) {
  const { t } = useTranslation();
  const buyer = useBuyer(useBuyerId());
  const plants = (buyer.data?.plants ?? []).filter((plant) => !plant.retiredAt);
  if (plants.length === 0 && !query.near) return null;
  const options = plants.map((plant) => ({ value: `${plant.location.lat},${plant.location.lng}`, label: plant.name }));
  if (query.near && !options.some((option) => option.value === query.near))
    options.push({ value: query.near, label: t('suppliers.search.point', { point: query.near }) });
  return (
    <>
      <Select
        label={t('suppliers.search.near')}
        description={t('suppliers.search.nearHint')}
        clearable
        data={options}
        value={query.near ?? null}
        onChange={(near) =>
          update({
            near: near ?? undefined,
            radiusKm: near ? query.radiusKm : undefined,
            sort: near ? 'distance' : query.sort === 'distance' ? undefined : query.sort,
          })
        }
      />
      {query.near && (
        <NumberInput
          label={t('suppliers.search.radiusKm')}
          min={1}
          value={query.radiusKm ?? ''}
          onChange={(radius) => update({ radiusKm: typeof radius === 'number' && radius > 0 ? radius : undefined })}
        />
      )}
    </>
  );
}
