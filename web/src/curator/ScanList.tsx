import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { downloadFile } from '../components/download-file';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { openFile } from './open-file';

type Scan = Schemas['DocumentDto'];

/** A certificate's scans as a curator checks them: each opened in a tab of its own, or saved. */
export function ScanList({ supplierId, certificationId }: { supplierId: string; certificationId: string }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const path = { id: supplierId, certId: certificationId };
  const scans = useQuery({
    // The owner's certificates page shares the key, so an upload there shows here.
    queryKey: ['scans', certificationId],
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}/certifications/{certId}/scans', { params: { path } })),
    select: (list) => list.items,
  });
  const file = (scan: Scan) =>
    api.GET('/api/v1/suppliers/{id}/certifications/{certId}/scans/{fileId}', {
      params: { path: { ...path, fileId: scan.id } },
      parseAs: 'blob',
    });
  const failed = (error: unknown) => notify(error instanceof Error ? error.message : String(error), 'failed');

  if (!scans.data) return <QueryStatus query={scans} />;
  if (scans.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('curator.scans.none')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {scans.data.map((scan) => (
        <Group key={scan.id} gap="xs" wrap="nowrap">
          <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
            {scan.fileName}
          </Text>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {format.number(Math.max(1, Math.round(scan.byteSize / 1024)))} kB
          </Text>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => void openFile(file(scan)).catch(failed)}
            aria-label={t('curator.scans.openNamed', { name: scan.fileName })}
          >
            {t('curator.scans.open')}
          </Anchor>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => void downloadFile(file(scan), scan.fileName).catch(failed)}
            aria-label={t('curator.scans.downloadNamed', { name: scan.fileName })}
          >
            {t('curator.scans.download')}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
