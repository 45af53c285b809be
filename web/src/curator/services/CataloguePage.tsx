import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { useCertificationTypes } from '../../api/reference';
import { CertificationMultiSelect, TaxonomyMultiSelect } from '../../components/CodeMultiSelect';
import { FormProblem, problemForForm, type FormProblemState } from '../../components/form-problem';
import { notify } from '../../components/notify';
import { QueryStatus } from '../../components/QueryStatus';
import { catalogueQuery, servicesKey } from './queries';
import { NO_WRAP, ScrollTable } from '../../components/ScrollTable';

type Service = Schemas['CentreServiceDto'];
const KINDS: Service['kind'][] = ['testing', 'calibration', 'standardisation', 'training', 'consultancy'];

/**
 * BBSPJILM's service catalogue, as curators and admins keep it: every service, retired ones too; a new one,
 * an edit (against the version read), retiring and offering again.
 */
export default function CataloguePage() {
  const { t } = useTranslation('staff');
  const list = useQuery(catalogueQuery());
  // undefined: no form; null: a new service; a service: its edit.
  const [editing, setEditing] = useState<Service | null>();
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('services.catalogue.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('services.catalogue.intro')}
      </Text>
      {editing === undefined && (
        <Button w="fit-content" onClick={() => setEditing(null)}>
          {t('services.catalogue.add')}
        </Button>
      )}
      {editing !== undefined && (
        <ServiceForm key={editing?.code ?? 'new'} service={editing} onClose={() => setEditing(undefined)} />
      )}
      {list.data ? <CatalogueTable services={list.data.items} onEdit={setEditing} /> : <QueryStatus query={list} />}
    </Stack>
  );
}

function CatalogueTable({ services, onEdit }: { services: Service[]; onEdit: (service: Service) => void }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string>();
  const setActive = async (service: Service, active: boolean) => {
    setBusy(service.code);
    try {
      await call(
        api.PATCH('/api/v1/services/{code}', {
          params: { path: { code: service.code } },
          body: { active, expectedVersion: service.version },
        }),
      );
      notify(t(active ? 'services.catalogue.reactivated' : 'services.catalogue.retired', { name: service.name }));
      await queryClient.invalidateQueries({ queryKey: servicesKey });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'failed');
    } finally {
      setBusy(undefined);
    }
  };
  const caption = t('services.catalogue.title');
  return (
    <ScrollTable minWidth={760} label={caption} striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('services.catalogue.name')}</Table.Th>
          <Table.Th>{t('services.catalogue.kind')}</Table.Th>
          <Table.Th>{t('services.catalogue.issues')}</Table.Th>
          <Table.Th>{t('services.request.typicalDays')}</Table.Th>
          <Table.Th>{t('services.request.fee')}</Table.Th>
          <Table.Th>{t('services.queue.status')}</Table.Th>
          <Table.Th>{t('services.catalogue.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {services.map((service) => (
          <Table.Tr key={service.code}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {service.name}
              </Text>
              <Text size="xs" c="dimmed">
                {service.code}
              </Text>
            </Table.Td>
            <Table.Td>{t(`services.kind.${service.kind}`)}</Table.Td>
            <Table.Td>{service.issues?.name ?? '–'}</Table.Td>
            <Table.Td ta="right">{service.typicalDays}</Table.Td>
            <Table.Td>{service.hasFee ? t('services.fee.paid') : t('services.fee.free')}</Table.Td>
            <Table.Td style={NO_WRAP}>
              <Badge variant="dot" color={service.active ? 'green' : 'gray'} tt="none">
                {service.active ? t('services.catalogue.active') : t('services.catalogue.retiredBadge')}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(service)}
                  aria-label={`${t('services.catalogue.edit')}: ${service.name}`}
                >
                  {t('services.catalogue.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  color={service.active ? 'red' : 'green'}
                  loading={busy === service.code}
                  onClick={() => void setActive(service, !service.active)}
                  aria-label={`${t(service.active ? 'services.catalogue.retire' : 'services.catalogue.reactivate')}: ${service.name}`}
                >
                  {t(service.active ? 'services.catalogue.retire' : 'services.catalogue.reactivate')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function ServiceForm({ service, onClose }: { service: Service | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const certificationTypes = useCertificationTypes();
  const [problem, setProblem] = useState<FormProblemState>();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: {
      code: service?.code ?? '',
      kind: service?.kind ?? 'testing',
      nameId: service?.nameId ?? '',
      nameEn: service?.nameEn ?? '',
      descriptionId: service?.descriptionId ?? '',
      descriptionEn: service?.descriptionEn ?? '',
      certifications: service?.certifications.map((c) => c.code) ?? [],
      processes: service?.processes.map((p) => p.code) ?? [],
      typicalDays: service?.typicalDays ?? 5,
      hasFee: service?.hasFee ?? true,
      issues: service?.issues?.code ?? '',
      evidenceValidMonths: service?.evidenceValidMonths ?? 12,
    },
  });

  const save = async () => {
    const { code, issues, evidenceValidMonths, typicalDays, ...values } = form.getValues();
    const body = {
      ...values,
      typicalDays: Number(typicalDays),
      issues: issues || null,
      evidenceValidMonths: issues ? Number(evidenceValidMonths) : null,
    };
    setSaving(true);
    setProblem(undefined);
    try {
      if (service) {
        await call(
          api.PATCH('/api/v1/services/{code}', {
            params: { path: { code: service.code } },
            body: { ...body, expectedVersion: service.version },
          }),
        );
      } else {
        await call(api.POST('/api/v1/services', { body: { ...body, code: code.trim() } }));
      }
      notify(t('services.catalogue.saved', { name: body.nameId }));
      await queryClient.invalidateQueries({ queryKey: servicesKey });
      onClose();
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="service-form-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="service-form-title">
            {service ? t('services.catalogue.editTitle', { name: service.name }) : t('services.catalogue.add')}
          </Title>
          <FormProblem state={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('services.catalogue.code')}
              description={t('services.catalogue.codeHint')}
              required
              disabled={Boolean(service)}
              {...form.getInputProps('code')}
            />
            <NativeSelect
              label={t('services.catalogue.kind')}
              data={KINDS.map((kind) => ({ value: kind, label: t(`services.kind.${kind}`) }))}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('services.catalogue.nameId')} required {...form.getInputProps('nameId')} />
            <TextInput label={t('services.catalogue.nameEn')} required {...form.getInputProps('nameEn')} />
            <Textarea
              label={t('services.catalogue.descriptionId')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('descriptionId')}
            />
            <Textarea
              label={t('services.catalogue.descriptionEn')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('descriptionEn')}
            />
            <CertificationMultiSelect
              label={t('services.catalogue.certifications')}
              {...form.getInputProps('certifications')}
            />
            <TaxonomyMultiSelect
              kind="processes"
              withGroups
              label={t('services.catalogue.processes')}
              {...form.getInputProps('processes')}
            />
            <NumberInput
              label={t('services.request.typicalDays')}
              min={1}
              allowDecimal={false}
              {...form.getInputProps('typicalDays')}
            />
            <Checkbox
              mt="xl"
              label={t('services.catalogue.hasFee')}
              {...form.getInputProps('hasFee', { type: 'checkbox' })}
            />
            <Select
              label={t('services.catalogue.issues')}
              description={t('services.catalogue.issuesHint')}
              clearable
              searchable
              data={(certificationTypes.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
              {...form.getInputProps('issues')}
              value={form.getValues().issues || null}
              onChange={(value: string | null) => form.setFieldValue('issues', value ?? '')}
            />
            {form.getValues().issues && (
              <NumberInput
                label={t('services.catalogue.evidenceValidMonths')}
                min={1}
                allowDecimal={false}
                {...form.getInputProps('evidenceValidMonths')}
              />
            )}
          </SimpleGrid>
          <Group gap="xs">
            <Button type="submit" loading={saving}>
              {t('services.catalogue.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('services.catalogue.cancelEdit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
