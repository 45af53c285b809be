import { Anchor, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { downloadFile } from '../components/download-file';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { openFile } from './open-file';

type Document = Schemas['DocumentDto'];

const failed = (error: unknown) => notify(error instanceof Error ? error.message : String(error), 'failed');

/** The workshop and machine photos its owner added, and the evidence curators attached to earlier verdicts. */
export function SupplierFiles({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation('staff');
  const path = { id: supplierId };
  const photos = useQuery({
    queryKey: ['suppliers', supplierId, 'photos'],
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}/photos', { params: { path } })),
    select: (list) => list.items,
  });
  const evidence = useQuery({
    queryKey: ['suppliers', supplierId, 'evidence'],
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}/evidence', { params: { path } })),
    select: (list) => list.items,
  });
  const evidenceFile = (document: Document) =>
    api.GET('/api/v1/suppliers/{id}/evidence/{fileId}', {
      params: { path: { id: supplierId, fileId: document.id } },
      parseAs: 'blob',
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="files-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="files-title">
          {t('curator.files.title')}
        </Title>
        <Text size="sm" fw={500}>
          {t('curator.files.photos')}
        </Text>
        {!photos.data && <QueryStatus query={photos} />}
        {photos.data?.length === 0 && <Text size="sm">{t('curator.files.noPhotos')}</Text>}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {photos.data?.map((photo) => (
            <Photo key={photo.id} supplierId={supplierId} photo={photo} />
          ))}
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('curator.files.evidence')}
        </Text>
        {!evidence.data && <QueryStatus query={evidence} />}
        {evidence.data?.length === 0 && <Text size="sm">{t('curator.files.noEvidence')}</Text>}
        {evidence.data?.map((document) => (
          <Anchor
            key={document.id}
            component="button"
            type="button"
            size="sm"
            w="fit-content"
            onClick={() => void downloadFile(evidenceFile(document), document.fileName).catch(failed)}
          >
            {document.fileName}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}

/** Read a blob as a data: URL, which the page's Content-Security-Policy allows for images (blob: it does not). */
const asDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });

/** A photo's 320-pixel thumbnail; a click opens the photo itself. */
function Photo({ supplierId, photo }: { supplierId: string; photo: Document }) {
  const { t } = useTranslation('staff');
  const fetchPhoto = (thumbnail: boolean) =>
    api.GET('/api/v1/suppliers/{id}/photos/{fileId}', {
      params: { path: { id: supplierId, fileId: photo.id }, query: { thumbnail } },
      parseAs: 'blob',
    });
  const thumbnail = useQuery({
    queryKey: ['suppliers', supplierId, 'photos', photo.id, 'thumbnail'],
    queryFn: async () => asDataUrl(await call(fetchPhoto(true))),
    staleTime: Infinity,
  });
  const label = photo.caption ?? photo.fileName;
  return (
    <Anchor
      component="button"
      type="button"
      onClick={() => void openFile(fetchPhoto(false)).catch(failed)}
      aria-label={t('curator.files.openPhoto', { name: label })}
    >
      {thumbnail.data ? <Image src={thumbnail.data} alt={label} radius="sm" h={120} fit="cover" /> : label}
    </Anchor>
  );
}
