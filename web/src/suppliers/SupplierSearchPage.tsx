import { Anchor, Badge, Card, Group, Select, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Schemas } from '../api/client';
import { useCertificationTypes, useTaxonomy } from '../api/reference';
import { useRegencyName } from '../components/RegencySelect';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { paramsFromQuery, type SupplierQuery, type SupplierSort } from './search-params';
import { SupplierFilterFrame, useSupplierQuery } from './SupplierFilters';
import { SEARCH_PAGE_SIZE, supplierSearchQuery } from './queries';
import { PageNav, useCapacityText, VerificationBadge } from '../buyer/parts';

/**
 * Supplier search: words, filters that must all hold (with facet counts beside their options), sorting and
 * pages, all in the address so that a search can be shared or bookmarked, or opened on the map.
 */
export default function SupplierSearchPage() {
  const { t } = useTranslation();
  const { query, update } = useSupplierQuery();
  const results = useQuery({ ...supplierSearchQuery(query), placeholderData: keepPreviousData });
  const facets = results.data && { ...results.data.facets, exact: results.data.facetsExact };
  const { page, sort, ...filters } = query;

  return (
    <SupplierFilterFrame
      title={t('suppliers.search.title')}
      facets={facets}
      aside={
        <Anchor component={Link} to={`/map?${paramsFromQuery(filters).toString()}`}>
          {t('suppliers.search.showOnMap')}
        </Anchor>
      }
    >
      <QueryStatus query={results} />
      {results.data && <Results query={query} results={results.data} update={update} />}
    </SupplierFilterFrame>
  );
}

interface ResultsProps {
  query: SupplierQuery;
  results: Schemas['SupplierSearchResultDto'];
  update: (changes: Partial<SupplierQuery>) => void;
}

function Results({ query, results, update }: ResultsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const sorts: SupplierSort[] = [
    ...(query.q ? (['relevance'] as const) : []),
    ...(query.near ? (['distance'] as const) : []),
    'name',
    'updated',
  ];
  // The API's own default: relevance with words, else distance with a point, else name.
  const sort = query.sort ?? sorts[0];

  const page = query.page ?? 1;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" role="status">
          {t(results.totalRelation === 'gte' ? 'suppliers.search.countAtLeast' : 'suppliers.search.count', {
            count: results.total,
          })}
        </Text>
        <Select
          label={t('suppliers.search.sort')}
          allowDeselect={false}
          w={200}
          data={sorts.map((value) => ({ value, label: t(`suppliers.search.sorts.${value}`) }))}
          value={sort}
          onChange={(value) => update({ sort: value ?? undefined })}
        />
      </Group>
      {results.items.length === 0 && <Text>{t('suppliers.search.none')}</Text>}
      {results.items.map((supplier) => (
        <SupplierCard key={supplier.id} supplier={supplier} from={location.search} />
      ))}
      <PageNav
        page={page}
        pages={Math.ceil(results.total / SEARCH_PAGE_SIZE)}
        onChange={(next) => update({ page: next })}
      />
    </Stack>
  );
}

function SupplierCard({ supplier, from }: { supplier: Schemas['SupplierSummaryDto']; from: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regencyName = useRegencyName();
  const capacityText = useCapacityText();
  const processes = useTaxonomy('processes');
  const materials = useTaxonomy('materials');
  const names = (codes: string[], items: { code: string; name: string }[] | undefined) =>
    codes.map((code) => items?.find((item) => item.code === code)?.name ?? code);

  return (
    <Card withBorder component="article">
      <Stack gap={6}>
        {/* On a phone the badge goes under the name rather than squeezing it into a column. */}
        <Group justify="space-between" gap="xs" align="flex-start">
          <Anchor component={Link} to={`/suppliers/${supplier.id}`} state={{ search: from }} fw={600}>
            {supplier.name}
          </Anchor>
          <VerificationBadge verification={supplier.verification} />
        </Group>
        <Text size="sm">
          {regencyName(supplier.regencyCode)}
          {supplier.distanceKm !== undefined &&
            ` · ${t('suppliers.search.away', { km: format.km(supplier.distanceKm) })}`}
        </Text>
        <Text size="sm">{names(supplier.processes, processes.data).join(' · ')}</Text>
        {supplier.materials.length > 0 && (
          <Text size="sm" c="dimmed">
            {names(supplier.materials, materials.data).join(', ')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {capacityText(supplier.monthlyCapacity)}
          {supplier.tkdnPercent !== null &&
            ` · ${t('suppliers.tkdn')} ${t('suppliers.tkdnDeclared', { percent: format.percent(supplier.tkdnPercent) })}`}
        </Text>
        {supplier.certifications.length > 0 && <CertificationBadges codes={supplier.certifications} />}
      </Stack>
    </Card>
  );
}

function CertificationBadges({ codes }: { codes: string[] }) {
  const { data } = useCertificationTypes();
  return (
    <Group gap={6}>
      {codes.map((code) => (
        <Badge key={code} variant="outline" color="gray" tt="none">
          {data?.find((type) => type.code === code)?.name ?? code}
        </Badge>
      ))}
    </Group>
  );
}
