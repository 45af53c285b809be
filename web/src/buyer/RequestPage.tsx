import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { useTaxonomy } from '../api/reference';
import { CertificationMultiSelect, TaxonomyMultiSelect } from '../components/CodeMultiSelect';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { notify } from '../components/notify';
import { requestKey, requestsKey, useBuyer, useBuyerId, useSourcingRequest } from './queries';
import { DueDate, RequestStatusBadge } from './parts';

type Request = Schemas['SourcingRequestDto'];
type Unit = Request['unit'];
type Body = Schemas['UpdateSourcingRequestDto'];

const UNITS: Unit[] = ['pcs', 'set', 'kg', 'ton', 'm', 'm2'];
/** A number input's value: a number, or '' when empty. */
type NumberValue = number | string;

/** The request as its form holds it: the API's body, with empty inputs as '' (see `toBody`). */
type RequestValues = {
  title: string;
  description: string;
  partCategory: string;
  processes: string[];
  materials: string[];
  requiredCertifications: string[];
  annualVolume: NumberValue;
  unit: Unit;
  partWeightKg: NumberValue;
  plantId: string | null;
  maxDistanceKm: NumberValue;
  minTkdnPercent: NumberValue;
  dueDate: string;
  verifiedOnly: boolean;
  tkdnCertifiedOnly: boolean;
  machineNeed: {
    process: string | null;
    minTonnage: NumberValue;
    minBedLengthMm: NumberValue;
    minBedWidthMm: NumberValue;
  };
  internalNotes: string;
  targetPriceIdr: NumberValue;
};

const numberOrNull = (value: NumberValue): number | null => (typeof value === 'number' ? value : null);
const textOrNull = (value: string): string | null => value.trim() || null;

function valuesOf(request: Request | undefined): RequestValues {
  const need = request?.machineNeed;
  return {
    title: request?.title ?? '',
    description: request?.description ?? '',
    partCategory: request?.partCategory ?? '',
    processes: request?.processes ?? [],
    materials: request?.materials ?? [],
    requiredCertifications: request?.requiredCertifications ?? [],
    annualVolume: request?.annualVolume ?? '',
    unit: request?.unit ?? 'pcs',
    partWeightKg: request?.partWeightKg ?? '',
    plantId: request?.plantId ?? null,
    maxDistanceKm: request?.maxDistanceKm ?? '',
    minTkdnPercent: request?.minTkdnPercent ?? '',
    dueDate: request?.dueDate ?? '',
    verifiedOnly: request?.verifiedOnly ?? false,
    tkdnCertifiedOnly: request?.tkdnCertifiedOnly ?? false,
    machineNeed: {
      process: need?.process ?? null,
      minTonnage: need?.minTonnage ?? '',
      minBedLengthMm: need?.minBedLengthMm ?? '',
      minBedWidthMm: need?.minBedWidthMm ?? '',
    },
    internalNotes: request?.internalNotes ?? '',
    targetPriceIdr: request?.targetPriceIdr ?? '',
  };
}

/** The API's body; what is required and left empty goes out empty, for the API to name next to its input. */
function toBody(values: RequestValues): Body {
  const need = values.machineNeed;
  return {
    title: values.title.trim(),
    description: textOrNull(values.description),
    partCategory: values.partCategory,
    processes: values.processes,
    materials: values.materials,
    requiredCertifications: values.requiredCertifications,
    annualVolume: numberOrNull(values.annualVolume) ?? undefined,
    unit: values.unit,
    partWeightKg: numberOrNull(values.partWeightKg),
    plantId: values.plantId,
    maxDistanceKm: numberOrNull(values.maxDistanceKm),
    minTkdnPercent: numberOrNull(values.minTkdnPercent),
    dueDate: values.dueDate || null,
    verifiedOnly: values.verifiedOnly,
    tkdnCertifiedOnly: values.tkdnCertifiedOnly,
    machineNeed: need.process
      ? {
          process: need.process,
          minTonnage: numberOrNull(need.minTonnage),
          minBedLengthMm: numberOrNull(need.minBedLengthMm),
          minBedWidthMm: numberOrNull(need.minBedWidthMm),
        }
      : null,
    internalNotes: textOrNull(values.internalNotes),
    targetPriceIdr: numberOrNull(values.targetPriceIdr),
  };
}

/** Only what changed goes into an edit: a plant retired since, for one, stays named without being sent again. */
function changes(body: Body, before: Body): Body {
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof Body])),
  );
}

/** A sourcing request: drafted, edited, published and closed here (`/buyer/requests/new` or `/:id`). */
export default function RequestPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const request = useSourcingRequest(id);
  const buyerId = useBuyerId();
  if (!id) {
    if (!buyerId)
      return (
        <Stack maw={880}>
          <Title order={1}>{t('requests.newTitle')}</Title>
          <Alert color="blue">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('buyer.home.noCompanyText')}</Text>
              <Button component={Link} to="/buyer/company">
                {t('buyer.home.createCompany')}
              </Button>
            </Stack>
          </Alert>
        </Stack>
      );
    return <RequestEditor key="new" buyerId={buyerId} />;
  }
  if (!request.data)
    return (
      <Stack maw={880}>
        <Title order={1}>{t('requests.title')}</Title>
        <QueryStatus query={request} />
      </Stack>
    );
  // A new version (saved, published, closed) starts the form again from what the API keeps.
  return (
    <RequestEditor
      key={`${request.data.id}:${request.data.version}`}
      buyerId={request.data.buyerId}
      request={request.data}
    />
  );
}

function RequestEditor({ buyerId, request }: { buyerId: string; request?: Request }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initial = useMemo(() => valuesOf(request), [request]);
  const form = useForm<RequestValues>({ initialValues: initial });
  const [problem, setProblem] = useState<FormProblemState>();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const editable = !request || request.status === 'draft' || request.status === 'open';

  const remember = async (saved: Request) => {
    queryClient.setQueryData(requestKey(saved.id), saved);
    await queryClient.invalidateQueries({ queryKey: requestsKey, refetchType: 'none' });
  };

  /** Saves the form (a new draft, or the changes), then publishes when asked to. */
  const submit = async (values: RequestValues, event: FormEvent<HTMLFormElement> | undefined) => {
    const publish = (event?.nativeEvent as SubmitEvent | undefined)?.submitter?.getAttribute('value') === 'publish';
    setProblem(undefined);
    try {
      const body = toBody(values);
      let saved: Request;
      if (!request) {
        // Required fields left empty go out missing: the API's errors then name them, next to their inputs.
        const draft = { ...body, buyerId } as Schemas['CreateSourcingRequestDto'];
        saved = await call(api.POST('/api/v1/sourcing-requests', { body: draft }));
      } else if (form.isDirty()) {
        saved = await call(
          api.PATCH('/api/v1/sourcing-requests/{id}', {
            params: { path: { id: request.id } },
            body: { ...changes(body, toBody(initial)), expectedVersion: request.version },
          }),
        );
      } else saved = request;
      if (publish) {
        await remember(saved);
        saved = await call(api.POST('/api/v1/sourcing-requests/{id}/publish', { params: { path: { id: saved.id } } }));
      }
      await remember(saved);
      notify(t(publish ? 'requests.published' : 'common.saved'));
      if (!request) await navigate(`/buyer/requests/${saved.id}`, { replace: true });
    } catch (error) {
      setProblem(problemForForm(form, error));
    }
  };

  const close = async () => {
    setProblem(undefined);
    try {
      await remember(
        await call(api.POST('/api/v1/sourcing-requests/{id}/close', { params: { path: { id: request!.id } } })),
      );
      notify(t('requests.closed'));
    } catch (error) {
      setProblem(problemForForm(form, error));
    }
  };

  return (
    <Stack maw={880}>
      <Anchor component={Link} to="/buyer" size="sm">
        {t('requests.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{request?.title ?? t('requests.newTitle')}</Title>
          {request && (
            <Group gap="xs">
              <RequestStatusBadge status={request.status} />
              {request.status === 'draft' || request.status === 'open' ? (
                <DueDate request={request} />
              ) : (
                request.closedAt && (
                  <Text size="sm">
                    {t(`requests.closedBy.${request.closedReason ?? 'buyer'}`, { date: format.date(request.closedAt) })}
                  </Text>
                )
              )}
            </Group>
          )}
          {request?.publishedAt && (
            <Text size="sm" c="dimmed">
              {t('requests.publishedOn', { date: format.date(request.publishedAt) })}
            </Text>
          )}
        </Stack>
        {request && (
          <Button component={Link} to={`/buyer/requests/${request.id}/candidates`} variant="light">
            {t('requests.viewCandidates')}
          </Button>
        )}
      </Group>
      {!request && <Text c="dimmed">{t('requests.newIntro')}</Text>}
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack>
            <FormProblem state={problem} />
            <RequestFields form={form} buyerId={buyerId} />
            {editable && (
              <Group>
                <Button
                  type="submit"
                  name="intent"
                  value="save"
                  loading={form.submitting}
                  variant={request?.status === 'open' ? 'filled' : 'default'}
                >
                  {request?.status === 'open' ? t('requests.saveChanges') : t('requests.saveDraft')}
                </Button>
                {(!request || request.status === 'draft') && (
                  <Button type="submit" name="intent" value="publish" loading={form.submitting}>
                    {t('requests.publish')}
                  </Button>
                )}
                {request?.status === 'open' && !confirmingClose && (
                  <Button variant="subtle" color="red" onClick={() => setConfirmingClose(true)}>
                    {t('requests.close')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
      {confirmingClose && (
        <Alert color="yellow" title={t('requests.closeConfirmTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('requests.closeConfirmText')}</Text>
            <Group>
              <Button color="red" size="xs" onClick={() => void close()}>
                {t('requests.closeConfirm')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setConfirmingClose(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function RequestFields({ form, buyerId }: { form: UseFormReturnType<RequestValues>; buyerId: string }) {
  const { t } = useTranslation();
  const buyer = useBuyer(buyerId);
  const processes = useTaxonomy('processes');
  const values = form.getValues();
  // The buyer's active plants, and the request's own even if retired since (it keeps it).
  const plants = (buyer.data?.plants ?? [])
    .filter((plant) => !plant.retiredAt || plant.id === values.plantId)
    .map((plant) => ({
      value: plant.id,
      label: plant.retiredAt ? t('requests.retiredPlant', { name: plant.name }) : plant.name,
    }));
  const processName = (code: string) => processes.data?.find((p) => p.code === code)?.name ?? code;
  const partCategory = form.getInputProps('partCategory');

  return (
    <>
      <Section title={t('requests.sections.what')}>
        <TextInput label={t('requests.fields.title')} required {...form.getInputProps('title')} />
        <TaxonomyMultiSelect
          kind="part-categories"
          withGroups
          label={t('requests.fields.partCategory')}
          description={t('requests.fields.partCategoryHint')}
          required
          maxValues={1}
          value={values.partCategory ? [values.partCategory] : []}
          onChange={(codes) => form.setFieldValue('partCategory', codes[0] ?? '')}
          error={partCategory.error as ReactNode}
        />
        <TaxonomyMultiSelect
          kind="processes"
          withGroups
          label={t('requests.fields.processes')}
          description={t('requests.fields.processesHint')}
          required
          {...form.getInputProps('processes')}
        />
        <TaxonomyMultiSelect
          kind="materials"
          withGroups
          label={t('requests.fields.materials')}
          description={t('requests.fields.materialsHint')}
          {...form.getInputProps('materials')}
        />
        <Textarea
          label={t('requests.fields.description')}
          description={t('requests.fields.descriptionHint')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
      </Section>

      <Section title={t('requests.sections.volume')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label={t('requests.fields.annualVolume')} required {...form.getInputProps('annualVolume')} />
          <Select
            label={t('requests.fields.unit')}
            required
            allowDeselect={false}
            data={UNITS.map((unit) => ({ value: unit, label: t(`suppliers.units.${unit}`) }))}
            {...form.getInputProps('unit')}
          />
          <NumberInput
            label={t('requests.fields.partWeightKg')}
            description={t('requests.fields.partWeightKgHint')}
            {...form.getInputProps('partWeightKg')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('requests.fields.plant')}
            description={
              buyer.data && plants.length === 0 ? (
                <Anchor component={Link} to="/buyer/company" size="xs">
                  {t('requests.fields.addPlant')}
                </Anchor>
              ) : (
                t('requests.fields.plantHint')
              )
            }
            clearable
            data={plants}
            {...form.getInputProps('plantId')}
          />
          <NumberInput
            label={t('requests.fields.maxDistanceKm')}
            description={t('requests.fields.maxDistanceKmHint')}
            {...form.getInputProps('maxDistanceKm')}
          />
          <TextInput
            label={t('requests.fields.dueDate')}
            description={t('requests.fields.dueDateHint')}
            type="date"
            {...form.getInputProps('dueDate')}
          />
        </SimpleGrid>
      </Section>

      <Section title={t('requests.sections.suppliers')}>
        <CertificationMultiSelect
          label={t('requests.fields.requiredCertifications')}
          description={t('requests.fields.requiredCertificationsHint')}
          {...form.getInputProps('requiredCertifications')}
        />
        <Checkbox
          label={t('requests.fields.verifiedOnly')}
          {...form.getInputProps('verifiedOnly', { type: 'checkbox' })}
        />
        <NumberInput
          label={t('requests.fields.minTkdnPercent')}
          description={t('requests.fields.minTkdnPercentHint')}
          {...form.getInputProps('minTkdnPercent')}
        />
        <Checkbox
          label={t('requests.fields.tkdnCertifiedOnly')}
          {...form.getInputProps('tkdnCertifiedOnly', { type: 'checkbox' })}
        />
        <Text size="sm" fw={500} mt="xs">
          {t('requests.fields.machineNeed')}
        </Text>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('requests.fields.machineNeedHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('requests.fields.machineProcess')}
            clearable
            data={values.processes.map((code) => ({ value: code, label: processName(code) }))}
            {...form.getInputProps('machineNeed.process')}
          />
          <NumberInput label={t('requests.fields.minTonnage')} {...form.getInputProps('machineNeed.minTonnage')} />
          <NumberInput
            label={t('requests.fields.minBedLengthMm')}
            {...form.getInputProps('machineNeed.minBedLengthMm')}
          />
          <NumberInput
            label={t('requests.fields.minBedWidthMm')}
            {...form.getInputProps('machineNeed.minBedWidthMm')}
          />
        </SimpleGrid>
        {form.errors.machineNeed && (
          <Text size="xs" c="red.8">
            {form.errors.machineNeed}
          </Text>
        )}
      </Section>

      <Section title={t('requests.sections.private')}>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('requests.fields.privateHint')}
        </Text>
        <NumberInput
          label={t('requests.fields.targetPriceIdr')}
          prefix="Rp "
          {...form.getInputProps('targetPriceIdr')}
        />
        <Textarea
          label={t('requests.fields.internalNotes')}
          autosize
          minRows={2}
          {...form.getInputProps('internalNotes')}
        />
      </Section>
    </>
  );
}
