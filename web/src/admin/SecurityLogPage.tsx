import { Code, Group, NativeSelect, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields, isValidRange, useDateRangeParams } from '../components/date-range';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { PAGE_SIZE, SECURITY_EVENT_TYPES, useSecurityEvents, useUsers } from './queries';
import { useAddressParams } from '../components/address-params';
import { NO_WRAP, ScrollTable } from '../components/ScrollTable';

/** Times and types read best on one line; emails and details may wrap. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The security log, newest first, filtered by type, account and days, as GET /admin/security-events allows. */
export default function SecurityLogPage() {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const [params, update] = useAddressParams();
  const [range, setRange] = useDateRangeParams();
  const type = SECURITY_EVENT_TYPES.find((value) => value === params.get('type'));
  const userId = UUID.test(params.get('userId') ?? '') ? params.get('userId')! : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const events = useSecurityEvents({ type, userId, ...range, page, limit: PAGE_SIZE }, isValidRange(range));

  // The chosen account's email, from the events themselves (it acted, or was acted upon, in each).
  const first = events.data?.items[0];
  const chosenEmail = first && (first.actorUserId === userId ? first.actorEmail : first.subjectEmail);

  return (
    <Stack maw={1100}>
      <Title order={1}>{t('admin.log.title')}</Title>
      <Group align="flex-start">
        <NativeSelect
          label={t('admin.log.type')}
          value={type ?? ''}
          onChange={(event) => update({ type: event.currentTarget.value || undefined })}
          data={[
            { value: '', label: t('admin.log.allTypes') },
            ...SECURITY_EVENT_TYPES.map((value) => ({ value, label: t(`admin.log.types.${value}`) })),
          ]}
        />
        <AccountFilter
          value={userId}
          valueLabel={chosenEmail ?? undefined}
          onChange={(id) => update({ userId: id ?? undefined })}
        />
        <DateRangeFields value={range} onChange={setRange} />
      </Group>
      {events.data ? (
        <>
          <Text size="sm" aria-live="polite">
            {t('admin.log.count', { count: events.data.total })}
          </Text>
          <ScrollTable minWidth={820} label={t('admin.log.title')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.log.when')}</Table.Th>
                <Table.Th>{t('admin.log.type')}</Table.Th>
                <Table.Th>{t('admin.log.actor')}</Table.Th>
                <Table.Th>{t('admin.log.subject')}</Table.Th>
                <Table.Th>{t('admin.log.ip')}</Table.Th>
                <Table.Th>{t('admin.log.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={NO_WRAP}>{format.dateTime(event.createdAt)}</Table.Td>
                  <Table.Td style={NO_WRAP}>{t(`admin.log.types.${event.type}`)}</Table.Td>
                  <Table.Td>{event.actorEmail ?? '–'}</Table.Td>
                  <Table.Td>{event.subjectEmail ?? '–'}</Table.Td>
                  <Table.Td>{event.ip ?? '–'}</Table.Td>
                  <Table.Td>
                    {Object.entries(event.details).map(([key, value]) => (
                      <Code key={key} mr={4}>
                        {key}: {typeof value === 'string' ? value : JSON.stringify(value)}
                      </Code>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {events.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.min(Math.ceil(events.data.total / PAGE_SIZE), 10_000)}
              value={page}
              onChange={(value) => update({ page: String(value) })}
              getControlProps={(control) => ({ 'aria-label': t(`admin.page.${control}`) })}
              getItemProps={(value) => ({ 'aria-label': t('admin.page.number', { page: value }) })}
            />
          )}
        </>
      ) : (
        <QueryStatus query={events} />
      )}
    </Stack>
  );
}

/** An account picked by part of its email or name, searched on the API (there may be thousands). */
function AccountFilter({
  value,
  valueLabel,
  onChange,
}: {
  value: string | undefined;
  valueLabel: string | undefined;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ q, limit: 20 }, q.length >= 2);
  const options = (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.email }));
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: valueLabel ?? value });
  }
  return (
    <Select
      label={t('admin.log.account')}
      placeholder={t('admin.log.accountPlaceholder')}
      searchable
      clearable
      data={options}
      value={value ?? null}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The API has already searched; Mantine's own filter would hide names that matched, not emails.
      filter={({ options: all }) => all}
      nothingFoundMessage={q.length >= 2 ? t('common.nothingFound') : t('admin.log.typeToSearch')}
      w={280}
    />
  );
}
