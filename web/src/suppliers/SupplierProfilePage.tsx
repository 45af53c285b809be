import { Anchor, Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { useKbli, useTaxonomy } from '../api/reference';
import { useRegencyName } from '../components/RegencySelect';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { CertificateFacts, useCertificateName } from './CertificateFacts';
import { supplierQuery } from './queries';
import { useCapacityText, VerificationBadge } from '../buyer/parts';
import { Fact } from '../components/Fact';

type Supplier = Schemas['SupplierDto'];
type Certification = Schemas['SupplierCertificationDto'];

/** A supplier's profile as buyers read it: who, where, what it can make and with what, and what backs it. */
export default function SupplierProfilePage() {
  const { t } = useTranslation();
  const { id } = useParams() as { id: string };
  const location = useLocation();
  // Back to the search it came from, filters and all.
  const search = (location.state as { search?: string } | null)?.search ?? '';
  const supplier = useQuery(supplierQuery(id));

  return (
    <Stack maw={880}>
      <Anchor component={Link} to={`/suppliers${search}`} size="sm">
        {t('suppliers.profile.backToSearch')}
      </Anchor>
      {supplier.data ? (
        <SupplierProfile supplier={supplier.data} />
      ) : (
        <>
          <Title order={1}>{t('suppliers.profile.title')}</Title>
          <QueryStatus query={supplier} />
        </>
      )}
    </Stack>
  );
}

interface SupplierProfileProps {
  supplier: Supplier;
  /** How each certificate shows; by default as buyers read it (the curator's review adds its verdicts). */
  certificate?: (certificate: Certification) => ReactNode;
}

/** The profile's sections, under its name as the page's heading. */
export function SupplierProfile({
  supplier,
  certificate: showCertificate = (c) => <CertificateCard certificate={c} />,
}: SupplierProfileProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const regencyName = useRegencyName();
  const capacityText = useCapacityText();
  const processes = useTaxonomy('processes');
  const materials = useTaxonomy('materials');
  const categories = useTaxonomy('part-categories');
  const kbli = useKbli();
  const estate = useQuery({
    queryKey: ['estates', supplier.estateId],
    queryFn: () => call(api.GET('/api/v1/estates/{id}', { params: { path: { id: supplier.estateId! } } })),
    enabled: !!supplier.estateId,
  });
  const nameIn =
    (items: { code: string; name: string }[] | undefined) =>
    (code: string): string =>
      items?.find((item) => item.code === code)?.name ?? code;
  const processName = nameIn(processes.data);

  return (
    <>
      <Stack gap={6}>
        <Title order={1}>{supplier.name}</Title>
        <Group gap="xs">
          <VerificationBadge verification={supplier.verification} />
          {supplier.verifiedAt && supplier.verification !== 'unverified' && (
            <Text size="sm" c="dimmed">
              {t('suppliers.profile.verifiedOn', { date: format.date(supplier.verifiedAt) })}
            </Text>
          )}
        </Group>
        <Text size="sm">
          {regencyName(supplier.regencyCode)}
          {estate.data && ` · ${estate.data.name}`}
        </Text>
        <Text>{supplier.description}</Text>
      </Stack>

      {supplier.contact && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('suppliers.profile.contact')}
          </Title>
          <Group gap="lg">
            <Anchor href={`mailto:${supplier.contact.email}`}>{supplier.contact.email}</Anchor>
            <Anchor href={`tel:${supplier.contact.phone}`}>{supplier.contact.phone}</Anchor>
          </Group>
        </Paper>
      )}

      <Section title={t('suppliers.profile.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('suppliers.profile.legalForm')}>
            {supplier.legalForm ? t(`suppliers.legalForms.${supplier.legalForm}`) : t('suppliers.profile.unknown')}
          </Fact>
          <Fact label={t('suppliers.profile.nib')}>{supplier.nib ?? t('suppliers.profile.unknown')}</Fact>
          <Fact label={t('suppliers.profile.sizeClass')}>
            {supplier.sizeClass ? t(`suppliers.sizeClasses.${supplier.sizeClass}`) : t('suppliers.profile.unknown')}
          </Fact>
          <Fact label={t('suppliers.profile.employees')}>
            {supplier.employees === null ? t('suppliers.profile.unknown') : format.number(supplier.employees)}
          </Fact>
          <Fact label={t('suppliers.profile.address')}>{supplier.address}</Fact>
          <Fact label={t('suppliers.profile.coordinates')}>
            {`${format.number(supplier.location.lat, 6)}, ${format.number(supplier.location.lng, 6)}`}
          </Fact>
        </SimpleGrid>
        {supplier.kbli.length > 0 && (
          <Fact label={t('suppliers.profile.kbli')}>
            {supplier.kbli.map((code) => `${code} · ${kbli.data?.find((k) => k.code === code)?.name ?? ''}`).join('; ')}
          </Fact>
        )}
      </Section>

      <Section title={t('suppliers.profile.capabilities')}>
        <Names label={t('suppliers.profile.processes')} names={supplier.processes.map(processName)} />
        <Names label={t('suppliers.profile.materials')} names={supplier.materials.map(nameIn(materials.data))} />
        <Names
          label={t('suppliers.profile.productCategories')}
          names={supplier.productCategories.map(nameIn(categories.data))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('suppliers.profile.capacity')}>{capacityText(supplier.monthlyCapacity)}</Fact>
          <Fact label={t('suppliers.tkdn')}>
            {supplier.tkdnPercent === null
              ? t('suppliers.tkdnUnknown')
              : t('suppliers.tkdnDeclared', { percent: format.percent(supplier.tkdnPercent) })}
          </Fact>
        </SimpleGrid>
      </Section>

      <Section title={t('suppliers.profile.machines')}>
        {supplier.machines.length === 0 ? (
          <Text size="sm">{t('suppliers.profile.noMachines')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {supplier.machines.map((machine, index) => (
              <MachineCard key={index} machine={machine} processName={processName} />
            ))}
          </SimpleGrid>
        )}
      </Section>

      <Section title={t('suppliers.profile.certificates')}>
        {supplier.certifications.length === 0 ? (
          <Text size="sm">{t('suppliers.profile.noCertificates')}</Text>
        ) : (
          supplier.certifications.map((c) => <Fragment key={c.id}>{showCertificate(c)}</Fragment>)
        )}
      </Section>
    </>
  );
}

function MachineCard({
  machine,
  processName,
}: {
  machine: Schemas['MachineDto'];
  processName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const details = [
    machine.process && processName(machine.process),
    machine.tonnage && t('suppliers.profile.tonnage', { tonnage: format.number(machine.tonnage, 1) }),
    machine.bedLengthMm &&
      machine.bedWidthMm &&
      t('suppliers.profile.bed', {
        length: format.number(machine.bedLengthMm),
        width: format.number(machine.bedWidthMm),
      }),
  ].filter(Boolean);
  return (
    <Card withBorder padding="sm">
      <Text fw={500} size="sm">
        {t('suppliers.profile.machineCount', { number: machine.count, type: machine.type })}
      </Text>
      {machine.spec && (
        <Text size="sm" c="dimmed">
          {machine.spec}
        </Text>
      )}
      {details.length > 0 && (
        <Text size="sm" c="dimmed">
          {details.join(' · ')}
        </Text>
      )}
    </Card>
  );
}

function CertificateCard({ certificate }: { certificate: Certification }) {
  return (
    <Card withBorder padding="sm" component="article" aria-label={useCertificateName(certificate.code)}>
      <CertificateFacts certificate={certificate} />
      {certificate.statusReason && (
        <Text size="sm" c="dimmed">
          {certificate.statusReason}
        </Text>
      )}
    </Card>
  );
}

/** A part of the profile, a region named by its heading (for moving around by landmarks). */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Names({ label, names }: { label: string; names: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed" mb={4}>
        {label}
      </Text>
      {names.length === 0 ? (
        <Text size="sm">{t('suppliers.profile.unknown')}</Text>
      ) : (
        <Group gap={6}>
          {names.map((name) => (
            <Badge key={name} variant="light" color="blue" tt="none">
              {name}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
