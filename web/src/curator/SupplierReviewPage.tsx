import { Anchor, Grid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../components/QueryStatus';
import { supplierQuery } from '../suppliers/queries';
import { SupplierProfile } from '../suppliers/SupplierProfilePage';
import { CertificateReview } from './CertificateReview';
import { Duplicates } from './Duplicates';
import { ProfileVerdict } from './ProfileVerdict';
import { SupplierFiles } from './SupplierFiles';

/**
 * A curator's review of one supplier: the profile as buyers read it, each certificate with its scans and
 * verdict, the photos and earlier evidence, possible duplicates to merge, and the profile's own verdict.
 */
export default function SupplierReviewPage() {
  const { t } = useTranslation('staff');
  const { id } = useParams() as { id: string };
  const supplier = useQuery(supplierQuery(id));
  return (
    <Stack maw={1200}>
      <Anchor component={Link} to="/curator" size="sm">
        {t('curator.review.back')}
      </Anchor>
      {supplier.data ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <SupplierProfile
                supplier={supplier.data}
                certificate={(certificate) => <CertificateReview supplierId={id} certificate={certificate} />}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <ProfileVerdict supplier={supplier.data} />
              <Duplicates supplier={supplier.data} />
              <SupplierFiles supplierId={id} />
            </Stack>
          </Grid.Col>
        </Grid>
      ) : (
        <>
          <Title order={1}>{t('curator.review.title')}</Title>
          <QueryStatus query={supplier} />
        </>
      )}
    </Stack>
  );
}
