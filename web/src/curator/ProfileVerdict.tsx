import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { notify } from '../components/notify';
import { daysSince, useFormat } from '../format';
import { supplierKey } from '../suppliers/queries';
import { curatorKey } from './queries';
import { SourceBadge } from './SourceBadge';

type Supplier = Schemas['SupplierDto'];
type Verdict = 'verified' | 'rejected';

/**
 * Where the profile stands with the curators, and the verdict: verified with what was checked, or rejected with
 * what did not hold (the API requires it and tells the owner).
 */
export function ProfileVerdict({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState<Verdict>();

  const judge = async (verification: Verdict) => {
    const reason = form.getValues().reason.trim();
    if (verification === 'rejected' && !reason) {
      form.setFieldError('reason', t('curator.profile.reasonRequired'));
      return;
    }
    setBusy(verification);
    setProblem(undefined);
    try {
      await call(
        api.POST('/api/v1/suppliers/{id}/verify', {
          params: { path: { id: supplier.id } },
          body: { verification, ...(reason && { reason }) },
        }),
      );
      notify(t(`curator.profile.done.${verification}`));
      form.reset();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: supplierKey(supplier.id) }),
        queryClient.invalidateQueries({ queryKey: curatorKey }),
      ]);
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="verdict-title">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id="verdict-title">
            {t('curator.profile.verdictTitle')}
          </Title>
          <SourceBadge source={supplier.source} />
        </Group>
        {supplier.verification === 'unverified' && supplier.waitingSince && (
          <Text size="sm">
            {t('curator.waited', { count: daysSince(supplier.waitingSince), date: format.date(supplier.waitingSince) })}
          </Text>
        )}
        {supplier.changedClaims && supplier.changedClaims.length > 0 && (
          <Text size="sm" c="orange.9">
            {t('curator.changedClaims', {
              claims: supplier.changedClaims.map((claim) => t(`curator.claims.${claim}`, claim)).join(', '),
            })}
          </Text>
        )}
        {supplier.verificationReason && (
          <Text size="sm" c={supplier.verification === 'rejected' ? 'red.8' : undefined}>
            {t('curator.profile.lastNote', { note: supplier.verificationReason })}
          </Text>
        )}
        <FormProblem state={problem} />
        <Textarea
          label={t('curator.profile.note')}
          description={t('curator.profile.noteHint')}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('reason')}
        />
        <Group gap="xs">
          <Button
            color="green"
            loading={busy === 'verified'}
            disabled={supplier.verification === 'verified'}
            onClick={() => void judge('verified')}
          >
            {t('curator.profile.verify')}
          </Button>
          <Button
            color="red"
            variant="light"
            loading={busy === 'rejected'}
            disabled={supplier.verification === 'rejected'}
            onClick={() => void judge('rejected')}
          >
            {t('curator.profile.reject')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
