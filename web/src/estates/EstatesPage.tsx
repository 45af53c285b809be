import { Anchor, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { PageNav } from '../buyer/parts';
import { QueryStatus } from '../components/QueryStatus';
import { useRegencyName } from '../components/RegencySelect';
import { useFormat } from '../format';
import { EstateBadges, SeaportDistances } from './parts';
import { ESTATES_PAGE_SIZE, estateListQuery } from './queries';

/** The industrial estates, by name or operator, each with what a firm looking for a plot asks first. */
export default function EstatesPage() {
  const { t } = useTranslation('map');
  const [words, setWords] = useState('');
  const [q] = useDebouncedValue(words.trim(), 350);
  const [page, setPage] = useState(1);
  const list = useQuery({ ...estateListQuery(q, page), placeholderData: keepPreviousData });

  return (
    <Stack maw={880}>
      <Title order={1}>{t('estate.list.title')}</Title>
      <TextInput
        label={t('estate.list.search')}
        placeholder={t('estate.list.searchHint')}
        type="search"
        value={words}
        onChange={(event) => {
          setWords(event.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryStatus query={list} />
      {list.data && (
        <>
          <Text size="sm" role="status">
            {t('estate.list.count', { count: list.data.total })}
          </Text>
          {list.data.items.map((estate) => (
            <EstateCard key={estate.id} estate={estate} />
          ))}
          <PageNav page={page} pages={Math.ceil(list.data.total / ESTATES_PAGE_SIZE)} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function EstateCard({ estate }: { estate: Schemas['EstateDto'] }) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const regencyName = useRegencyName();
  return (
    <Card withBorder component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/estates/${estate.id}`} fw={600}>
            {estate.name}
          </Anchor>
          <EstateBadges estate={estate} />
        </Group>
        <Text size="sm">
          {[estate.operator, regencyName(estate.regencyCode)].filter(Boolean).join(' · ')}
          {estate.areaHa !== null && ` · ${t('estate.hectares', { value: format.number(estate.areaHa, 2) })}`}
        </Text>
        <Text size="sm" c="dimmed">
          {t('estate.tenantCounts', { suppliers: estate.tenants.suppliers, plants: estate.tenants.plants })}
        </Text>
        <SeaportDistances ports={estate.ports} />
      </Stack>
    </Card>
  );
}
