import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { notify } from '../components/notify';
import { useFormat } from '../format';
import { CertificateFacts, useCertificateName } from '../suppliers/CertificateFacts';
import { supplierKey } from '../suppliers/queries';
import { curatorKey } from './queries';
import { ScanList } from './ScanList';

type Certification = Schemas['SupplierCertificationDto'];
type Verdict = 'verify' | 'reject';

/**
 * A certificate as a curator checks it: what the owner declared, its scans, and the verdict, verified with what
 * it was checked against or rejected with the reason (which the owner is told).
 */
export function CertificateReview({ supplierId, certificate }: { supplierId: string; certificate: Certification }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { note: '' } });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState<Verdict>();
  const name = useCertificateName(certificate.code);

  const judge = async (verdict: Verdict) => {
    const note = form.getValues().note.trim();
    if (verdict === 'reject' && !note) {
      form.setFieldError('note', t('curator.certificate.reasonRequired'));
      return;
    }
    setBusy(verdict);
    setProblem(undefined);
    const path = { id: supplierId, certId: certificate.id };
    try {
      await call(
        verdict === 'verify'
          ? api.POST('/api/v1/suppliers/{id}/certifications/{certId}/verify', {
              params: { path },
              body: note ? { evidenceNote: note } : {},
            })
          : api.POST('/api/v1/suppliers/{id}/certifications/{certId}/reject', {
              params: { path },
              body: { reason: note },
            }),
      );
      notify(t(`curator.certificate.done.${verdict}`, { name }));
      form.reset();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: supplierKey(supplierId) }),
        queryClient.invalidateQueries({ queryKey: curatorKey }),
      ]);
    } catch (error) {
      // The reason and the evidence note are the one text area here.
      setProblem(problemForForm(form, error, { reason: 'note', evidenceNote: 'note' }));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card withBorder padding="sm" component="article" aria-label={name}>
      <Stack gap={6}>
        <CertificateFacts certificate={certificate} />
        {certificate.evidenceNote && (
          <Text size="sm">{t('curator.certificate.ownerEvidence', { note: certificate.evidenceNote })}</Text>
        )}
        {certificate.statusReason && (
          <Text size="sm" c={certificate.status === 'rejected' ? 'red.8' : 'dimmed'}>
            {t(`curator.certificate.reason.${certificate.status}`, {
              reason: certificate.statusReason,
              date: certificate.verifiedAt ? format.date(certificate.verifiedAt) : '',
            })}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t('curator.scans.title')}
        </Text>
        <ScanList supplierId={supplierId} certificationId={certificate.id} />
        <FormProblem state={problem} />
        <Textarea
          label={t('curator.certificate.note')}
          description={t('curator.certificate.noteHint')}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('note')}
        />
        <Group gap="xs">
          <Button
            size="xs"
            color="green"
            loading={busy === 'verify'}
            disabled={certificate.expired || certificate.status === 'verified'}
            onClick={() => void judge('verify')}
            aria-label={t('curator.certificate.verifyNamed', { name })}
          >
            {t('curator.certificate.verify')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            loading={busy === 'reject'}
            disabled={certificate.status === 'rejected'}
            onClick={() => void judge('reject')}
            aria-label={t('curator.certificate.rejectNamed', { name })}
          >
            {t('curator.certificate.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
