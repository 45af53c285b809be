import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useCertificationTypes } from '../api/reference';
import { useFormat } from '../format';

type Certification = Schemas['SupplierCertificationDto'];

const STATUS_COLOR: Record<Certification['status'], string> = { verified: 'green', declared: 'gray', rejected: 'red' };

/** A certificate's name in the page's language, from the catalogue (its code until the catalogue has come). */
export function useCertificateName(code: string): string {
  return useCertificationTypes().data?.find((type) => type.code === code)?.name ?? code;
}

/**
 * What a certificate states, as buyers on a profile and curators checking it read it: its name with its status
 * (and whether it has expired), its number and issuer, how long it is valid, and the product a TKDN one is for.
 */
export function CertificateFacts({ certificate }: { certificate: Certification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useCertificateName(certificate.code);
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={500}>{name}</Text>
        <Group gap={6} justify="flex-end">
          {certificate.expired && (
            <Badge color="orange" variant="dot">
              {t('suppliers.profile.expired')}
            </Badge>
          )}
          <Badge color={STATUS_COLOR[certificate.status]} variant="dot">
            {t(`suppliers.certificateStatus.${certificate.status}`)}
          </Badge>
        </Group>
      </Group>
      <Text size="sm">
        {t('suppliers.profile.certificateNumber', { number: certificate.number, issuer: certificate.issuer })}
      </Text>
      <Text size="sm" c={certificate.expired ? 'red.8' : 'dimmed'}>
        {certificate.validFrom
          ? t('suppliers.profile.validFromUntil', {
              from: format.date(certificate.validFrom),
              until: format.date(certificate.validUntil),
            })
          : t('suppliers.profile.validUntil', { until: format.date(certificate.validUntil) })}
      </Text>
      {certificate.product && (
        <Text size="sm">
          {t('suppliers.profile.tkdnProduct', {
            product: certificate.product.name,
            percent: format.percent(certificate.product.tkdnPercent),
          })}
        </Text>
      )}
    </>
  );
}
