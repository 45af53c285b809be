import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { curatorKey } from './queries';

type Duplicate = Schemas['LikelyDuplicateDto'];

/**
 * Profiles that look like this one (a similar name in the same regency), and merging one into it. Merging
 * cannot be undone from the app (the duplicate is deleted), so it asks first.
 */
export function Duplicates({ supplier }: { supplier: Schemas['SupplierDto'] }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [merging, setMerging] = useState<Duplicate>();
  const duplicates = useQuery({
    queryKey: ['suppliers', supplier.id, 'duplicates'],
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}/duplicates', { params: { path: { id: supplier.id } } })),
  });
  const merge = useMutation({
    mutationFn: (duplicate: Duplicate) =>
      call(
        api.POST('/api/v1/suppliers/{id}/merge', {
          params: { path: { id: supplier.id } },
          body: { duplicateId: duplicate.id },
        }),
      ),
    onSuccess: async (_, duplicate) => {
      setMerging(undefined);
      notify(t('curator.duplicates.merged', { name: duplicate.name }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['suppliers'] }),
        queryClient.invalidateQueries({ queryKey: curatorKey }),
      ]);
    },
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="duplicates-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="duplicates-title">
          {t('curator.duplicates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('curator.duplicates.intro')}
        </Text>
        <QueryStatus query={duplicates} />
        {duplicates.data?.items.length === 0 && <Text size="sm">{t('curator.duplicates.none')}</Text>}
        {duplicates.data?.items.map((duplicate) => (
          <Group key={duplicate.id} justify="space-between" gap="xs">
            <div>
              <Anchor component={Link} to={`/curator/suppliers/${duplicate.id}`} fw={500}>
                {duplicate.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[
                  duplicate.nib ? t('curator.duplicates.nib', { nib: duplicate.nib }) : t('curator.duplicates.noNib'),
                  t('curator.duplicates.similarity', { percent: format.percent(duplicate.similarity * 100) }),
                  duplicate.nib && duplicate.nib === supplier.nib && t('curator.duplicates.sameNib'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                merge.reset();
                setMerging(duplicate);
              }}
              aria-label={t('curator.duplicates.mergeNamed', { name: duplicate.name })}
            >
              {t('curator.duplicates.merge')}
            </Button>
          </Group>
        ))}
      </Stack>
      <Modal
        opened={merging !== undefined}
        onClose={() => setMerging(undefined)}
        title={t('curator.duplicates.confirmTitle')}
        centered
      >
        {merging && (
          <Stack>
            <Text size="sm">
              {t('curator.duplicates.confirmText', { duplicate: merging.name, survivor: supplier.name })}
            </Text>
            {merge.isError && (
              <Text size="sm" c="red.8" role="alert">
                {merge.error.message}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setMerging(undefined)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={merge.isPending} onClick={() => merge.mutate(merging)}>
                {t('curator.duplicates.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
