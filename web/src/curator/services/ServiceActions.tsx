import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../../components/form-problem';
import { notify } from '../../components/notify';
import { serviceRequestsKey } from '../../services/service-requests';
import { serviceQuery, wibDay } from './queries';

type Detail = Schemas['ServiceRequestDetailDto'];
type Step = Schemas['ServiceRequestEventDto']['type'];

/** What a curator may do in each state; done and cancelled are final. */
const NEXT: Record<Detail['status'], Step[]> = {
  requested: ['schedule', 'cancel'],
  scheduled: ['start', 'schedule', 'cancel'],
  in_progress: ['complete', 'cancel'],
  done: [],
  cancelled: [],
};

/**
 * The next steps of a request: schedule (or move the dates), start, complete (with the evidence when the
 * service records one), cancel with the reason. The API's field errors show under their inputs.
 */
export function ServiceActions({ request }: { request: Detail }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const steps = NEXT[request.status];
  // Whether completing it records evidence on the firm (the catalogue's `issues`).
  const service = useQuery({ ...serviceQuery(request.service.code), enabled: request.status === 'in_progress' });
  const issues = request.status === 'in_progress' ? service.data?.issues : null;
  const form = useForm({
    initialValues: {
      startsOn: request.startsOn ?? '',
      endsOn: request.endsOn ?? '',
      note: '',
      evidence: { number: '', issuedOn: wibDay(), validUntil: '' },
    },
  });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState<Step>();
  if (steps.length === 0) return null;

  const act = async (type: Step) => {
    const values = form.getValues();
    const note = values.note.trim();
    form.clearErrors();
    setProblem(undefined);
    if (type === 'cancel' && !note) {
      form.setFieldError('note', t('services.actions.reasonRequired'));
      return;
    }
    const body: Schemas['ServiceRequestEventDto'] = { type, expectedVersion: request.version, ...(note && { note }) };
    if (type === 'schedule') {
      Object.assign(body, { startsOn: values.startsOn || undefined, endsOn: values.endsOn || undefined });
    }
    if (type === 'complete' && issues) {
      body.evidence = {
        number: values.evidence.number.trim(),
        issuedOn: values.evidence.issuedOn,
        ...(values.evidence.validUntil && { validUntil: values.evidence.validUntil }),
      };
    }
    setBusy(type);
    try {
      await call(api.POST('/api/v1/service-requests/{id}/events', { params: { path: { id: request.id } }, body }));
      notify(t(`services.actions.done.${type}`));
      form.setFieldValue('note', '');
      await queryClient.invalidateQueries({ queryKey: serviceRequestsKey });
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="actions-title">
          {t('services.actions.title')}
        </Title>
        <FormProblem state={problem} />
        {steps.includes('schedule') && (
          <Group align="flex-start" gap="sm">
            <TextInput type="date" label={t('services.actions.startsOn')} {...form.getInputProps('startsOn')} />
            <TextInput
              type="date"
              label={t('services.actions.endsOn')}
              description={t('services.actions.endsOnHint', { count: request.service.typicalDays })}
              {...form.getInputProps('endsOn')}
            />
          </Group>
        )}
        {issues && (
          <Stack gap="xs">
            <Text size="sm">{t('services.actions.evidenceHint', { name: issues.name })}</Text>
            <Group align="flex-start" gap="sm">
              <TextInput
                label={t('services.actions.evidenceNumber')}
                w={280}
                maxLength={100}
                {...form.getInputProps('evidence.number')}
              />
              <TextInput
                type="date"
                label={t('services.actions.issuedOn')}
                {...form.getInputProps('evidence.issuedOn')}
              />
              <TextInput
                type="date"
                label={t('services.actions.validUntil')}
                description={t('services.actions.validUntilHint')}
                {...form.getInputProps('evidence.validUntil')}
              />
            </Group>
            {form.getInputProps('evidence').error && (
              <Text size="sm" c="red.8" role="alert">
                {form.getInputProps('evidence').error}
              </Text>
            )}
          </Stack>
        )}
        <Textarea
          label={t('services.actions.note')}
          description={t('services.actions.noteHint')}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('note')}
        />
        <Group gap="xs">
          {steps
            .filter((step) => step !== 'cancel')
            .map((step) => (
              <Button key={step} loading={busy === step} onClick={() => void act(step)}>
                {t(`services.actions.${step === 'schedule' && request.status === 'scheduled' ? 'reschedule' : step}`)}
              </Button>
            ))}
          {steps.includes('cancel') && (
            <Button color="red" variant="light" loading={busy === 'cancel'} onClick={() => void act('cancel')}>
              {t('services.actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
