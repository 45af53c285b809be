import {
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { useCertificationTypes } from '../api/reference';
import { TaxonomyMultiSelect } from '../components/CodeMultiSelect';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { NeedsProfile } from './NeedsProfile';
import { supplierKey } from '../suppliers/queries';
import { gapsKey, opportunitiesKey, useMySupplierId, useSupplier } from './queries';
import { notify } from '../components/notify';
import { downloadFile } from '../components/download-file';

type Certificate = Schemas['SupplierCertificationDto'];
type Scan = Schemas['DocumentDto'];

/** What the API takes as a scan, and how big (it checks the content itself; this spares a phone the upload). */
const SCAN_LIMITS: Record<string, number> = {
  'application/pdf': 10 * 1024 * 1024,
  'image/jpeg': 15 * 1024 * 1024,
  'image/png': 15 * 1024 * 1024,
};
const MAX_SCANS = 5;

/** The supplier's certificates: their standing with the curators, new ones declared, and their scans. */
export default function CertificatesPage() {
  const { t } = useTranslation();
  const supplierId = useMySupplierId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('owner.certificates.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('owner.certificates.intro')}
      </Text>
      {supplierId ? <Certificates supplierId={supplierId} /> : <NeedsProfile />}
    </Stack>
  );
}

function Certificates({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const supplier = useSupplier(supplierId);
  if (!supplier.data) return <QueryStatus query={supplier} />;
  const certificates = supplier.data.certifications;
  return (
    <>
      {certificates.length === 0 ? (
        <Text>{t('owner.certificates.none')}</Text>
      ) : (
        certificates.map((certificate) => (
          <CertificateCard key={certificate.id} supplierId={supplierId} certificate={certificate} />
        ))
      )}
      <DeclareCertificate supplierId={supplierId} />
    </>
  );
}

const STATUS_COLOR = { declared: 'gray', verified: 'green', rejected: 'red', expired: 'orange' } as const;

function CertificateCard({ supplierId, certificate }: { supplierId: string; certificate: Certificate }) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useCertificationTypes();
  const name = types.data?.find((type) => type.code === certificate.code)?.name ?? certificate.code;
  // An expired certificate never counts, whatever a curator said of it.
  const status = certificate.expired ? 'expired' : certificate.status;
  return (
    <Paper withBorder p="md" component="section" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <Badge color={STATUS_COLOR[status]} variant="dot">
            {t(`owner.certificates.status.${status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('owner.certificates.numberBy', { number: certificate.number, issuer: certificate.issuer })}
        </Text>
        <Text size="sm" c={certificate.expired ? 'red.8' : undefined}>
          {certificate.validFrom
            ? t('owner.certificates.validRange', {
                from: format.date(certificate.validFrom),
                until: format.date(certificate.validUntil),
              })
            : t('owner.certificates.validUntil', { until: format.date(certificate.validUntil) })}
        </Text>
        {certificate.product && (
          <Text size="sm">
            {t('owner.certificates.product', {
              name: certificate.product.name,
              tkdn: format.percent(certificate.product.tkdnPercent),
            })}
          </Text>
        )}
        {certificate.statusReason && (
          <Text size="sm" c={certificate.status === 'rejected' ? 'red.8' : 'dimmed'}>
            {t(`owner.certificates.reason.${certificate.status}`, { reason: certificate.statusReason })}
          </Text>
        )}
        {certificate.status === 'declared' && !certificate.expired && (
          <Text size="sm" c="dimmed">
            {t('owner.certificates.awaitingCheck')}
          </Text>
        )}
        <Scans supplierId={supplierId} certificate={certificate} />
      </Stack>
    </Paper>
  );
}

function Scans({ supplierId, certificate }: { supplierId: string; certificate: Certificate }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [refused, setRefused] = useState<string>();
  const path = { id: supplierId, certId: certificate.id };
  const key = ['scans', certificate.id];
  const scans = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}/certifications/{certId}/scans', { params: { path } })),
    select: (list) => list.items,
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return call(
        api.POST('/api/v1/suppliers/{id}/certifications/{certId}/scans', {
          params: { path },
          // openapi-fetch sends FormData as it is (multipart, with its boundary); the type names its fields only.
          body: body as unknown as { file: string },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    onError: (error) => setRefused(error.message),
  });
  const remove = useMutation({
    mutationFn: (scan: Scan) =>
      call(
        api.DELETE('/api/v1/suppliers/{id}/certifications/{certId}/scans/{fileId}', {
          params: { path: { ...path, fileId: scan.id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    onError: (error) => notify(error.message, 'failed'),
  });

  const choose = (file: File | null) => {
    setRefused(undefined);
    if (!file) return;
    const limit = SCAN_LIMITS[file.type];
    if (!limit) return setRefused(t('owner.certificates.scanType'));
    if (file.size > limit) return setRefused(t('owner.certificates.scanTooBig', { mb: limit / 1024 / 1024 }));
    upload.mutate(file);
  };

  const download = async (scan: Scan) => {
    try {
      // The file needs the session's token, which a plain link would not send.
      await downloadFile(
        api.GET('/api/v1/suppliers/{id}/certifications/{certId}/scans/{fileId}', {
          params: { path: { ...path, fileId: scan.id } },
          parseAs: 'blob',
        }),
        scan.fileName,
      );
    } catch (error) {
      notify((error as Error).message, 'failed');
    }
  };

  const items = scans.data ?? [];
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('owner.certificates.scans')}
      </Text>
      {scans.isError && <QueryStatus query={scans} />}
      {scans.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('owner.certificates.noScans')}
        </Text>
      )}
      {items.map((scan) => (
        <Group key={scan.id} gap="xs" wrap="nowrap" justify="space-between">
          <div style={{ minWidth: 0 }}>
            <Anchor component="button" type="button" size="sm" onClick={() => void download(scan)} truncate="end">
              {scan.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('owner.certificates.scanMeta', {
                size: format.number(Math.max(1, Math.round(scan.byteSize / 1024))),
                date: format.date(scan.createdAt),
              })}
            </Text>
          </div>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            loading={remove.isPending && remove.variables?.id === scan.id}
            onClick={() => remove.mutate(scan)}
            aria-label={t('owner.certificates.removeScan', { name: scan.fileName })}
          >
            {t('common.remove')}
          </Button>
        </Group>
      ))}
      {items.length < MAX_SCANS ? (
        <Group gap="xs">
          <FileButton onChange={choose} accept={Object.keys(SCAN_LIMITS).join(',')}>
            {(props) => (
              <Button {...props} variant="light" size="xs" loading={upload.isPending}>
                {t('owner.certificates.upload')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('owner.certificates.scanLimits')}
          </Text>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('owner.certificates.scansFull', { max: MAX_SCANS })}
        </Text>
      )}
      {refused && (
        <Text size="sm" c="red.8" role="alert">
          {refused}
        </Text>
      )}
    </Stack>
  );
}

type CertificateValues = {
  code: string | null;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  evidenceNote: string;
  product: { name: string; partCategory: string; tkdnPercent: number | ''; bmpPercent: number | '' };
};

const EMPTY: CertificateValues = {
  code: null,
  number: '',
  issuer: '',
  validFrom: '',
  validUntil: '',
  evidenceNote: '',
  product: { name: '', partCategory: '', tkdnPercent: '', bmpPercent: '' },
};

function DeclareCertificate({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const types = useCertificationTypes();
  const form = useForm<CertificateValues>({ initialValues: EMPTY });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState(false);
  const values = form.getValues();
  const options = useMemo(
    () => types.data?.map((type) => ({ value: type.code, label: type.name })) ?? [],
    [types.data],
  );
  // A TKDN certificate certifies one product, which the API needs; no other certificate has one.
  const localContent = types.data?.find((type) => type.code === values.code)?.kind === 'local_content';

  const submit = form.onSubmit(async ({ code, validFrom, evidenceNote, product, ...rest }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await call(
        api.POST('/api/v1/suppliers/{id}/certifications', {
          params: { path: { id: supplierId } },
          body: {
            ...rest,
            code: code ?? '',
            ...(validFrom && { validFrom }),
            ...(evidenceNote.trim() && { evidenceNote: evidenceNote.trim() }),
            ...(localContent && {
              product: {
                name: product.name,
                partCategory: product.partCategory,
                tkdnPercent: Number(product.tkdnPercent),
                ...(product.bmpPercent !== '' && { bmpPercent: product.bmpPercent }),
              },
            }),
          },
        }),
      );
      form.reset();
      notify(t('owner.certificates.declared'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: supplierKey(supplierId) }),
        // A certificate can open requests that asked for it.
        queryClient.invalidateQueries({ queryKey: opportunitiesKey(supplierId) }),
        queryClient.invalidateQueries({ queryKey: gapsKey(supplierId) }),
      ]);
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="declare-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="declare-title">
            {t('owner.certificates.declareTitle')}
          </Title>
          <FormProblem state={problem} />
          <Select
            label={t('owner.certificates.fields.code')}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
            data={options}
            {...form.getInputProps('code')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('owner.certificates.fields.number')} required {...form.getInputProps('number')} />
            <TextInput
              label={t('owner.certificates.fields.issuer')}
              description={t('owner.certificates.hints.issuer')}
              required
              {...form.getInputProps('issuer')}
            />
            <TextInput
              type="date"
              label={t('owner.certificates.fields.validFrom')}
              {...form.getInputProps('validFrom')}
            />
            <TextInput
              type="date"
              label={t('owner.certificates.fields.validUntil')}
              required
              {...form.getInputProps('validUntil')}
            />
          </SimpleGrid>
          {localContent && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('owner.certificates.fields.productName')}
                required
                {...form.getInputProps('product.name')}
              />
              <TaxonomyMultiSelect
                kind="part-categories"
                label={t('owner.certificates.fields.productCategory')}
                required
                maxValues={1}
                value={values.product.partCategory ? [values.product.partCategory] : []}
                onChange={(codes) => form.setFieldValue('product.partCategory', codes[0] ?? '')}
                error={form.errors['product.partCategory']}
              />
              <NumberInput
                label={t('owner.certificates.fields.tkdnPercent')}
                required
                min={0}
                max={100}
                decimalScale={2}
                suffix=" %"
                {...form.getInputProps('product.tkdnPercent')}
              />
              <NumberInput
                label={t('owner.certificates.fields.bmpPercent')}
                min={0}
                max={15}
                decimalScale={2}
                suffix=" %"
                {...form.getInputProps('product.bmpPercent')}
              />
            </SimpleGrid>
          )}
          <TextInput
            label={t('owner.certificates.fields.evidenceNote')}
            description={t('owner.certificates.hints.evidenceNote')}
            {...form.getInputProps('evidenceNote')}
          />
          <Button type="submit" loading={busy} w="fit-content">
            {t('owner.certificates.declare')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
