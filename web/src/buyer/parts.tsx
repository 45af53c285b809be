import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useFormat } from '../format';

/*
 * The small parts the buyer's pages and the supplier pages share (statuses, capacity, paging), kept in one
 * module on purpose: a page then fetches one small chunk for them rather than one each, and on a slow
 * network every chunk fetched after the main bundle can cost a round trip (the candidate list has a
 * load-time budget).
 */

type Request = Schemas['SourcingRequestDto'];

const STATUS_COLOR: Record<Request['status'], string> = {
  draft: 'gray',
  open: 'green',
  closed: 'dark',
  awarded: 'blue',
};

export function RequestStatusBadge({ status }: { status: Request['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="dot" style={{ flexShrink: 0 }}>
      {t(`requests.status.${status}`)}
    </Badge>
  );
}

/** The due date, and the business days left when the API can count them (it knows that year's holidays). */
export function DueDate({ request }: { request: Pick<Request, 'dueDate' | 'businessDaysLeft'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!request.dueDate) return <Text size="sm">{t('requests.noDueDate')}</Text>;
  return (
    <Text size="sm">
      {t('requests.dueOn', { date: format.date(request.dueDate) })}
      {request.businessDaysLeft !== null && ` · ${t('requests.businessDaysLeft', { count: request.businessDaysLeft })}`}
    </Text>
  );
}

type Verification = Schemas['SupplierDto']['verification'];

const VERIFICATION_COLOR: Record<Verification, string> = { verified: 'green', unverified: 'gray', rejected: 'red' };

/** Whether a BBSPJILM curator checked the profile. The candidates list types it as a plain string. */
export function VerificationBadge({ verification }: { verification: string }) {
  const { t } = useTranslation();
  const known = verification in VERIFICATION_COLOR ? (verification as Verification) : 'unverified';
  return (
    <Badge color={VERIFICATION_COLOR[known]} variant="dot" style={{ flexShrink: 0 }}>
      {t(`suppliers.verification.${known}`)}
    </Badge>
  );
}

/** "11.500 pcs/bulan", or that none is stated. */
export function useCapacityText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (capacity: Schemas['CapacityDto'] | null) =>
    capacity
      ? t('suppliers.capacityPerMonth', {
          quantity: format.number(capacity.quantity, 2),
          unit: t(`suppliers.units.${capacity.unit}`),
        })
      : t('suppliers.noCapacity');
}

/**
 * Previous and next page, and where one is. Plain buttons rather than Mantine's Pagination: the start and
 * candidate pages have load-time budgets, and this needs nothing beyond what the first load brings.
 */
export function PageNav({ page, pages, onChange }: { page: number; pages: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Group component="nav" aria-label={t('buyer.pagination.label')} gap="xs">
      <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('buyer.pagination.previous')}
      </Button>
      <Text size="sm">{t('buyer.pagination.pageOf', { page, pages })}</Text>
      <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('buyer.pagination.next')}
      </Button>
    </Group>
  );
}
