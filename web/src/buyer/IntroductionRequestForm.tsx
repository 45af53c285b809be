import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { requestKey } from './queries';

interface IntroductionRequestFormProps {
  requestId: string;
  supplier: Schemas['CandidateSupplierDto'];
  onCancel: () => void;
}

/** The buyer's request for an introduction to a candidate, with a word for the curator on why, if any. */
export default function IntroductionRequestForm({ requestId, supplier, onCancel }: IntroductionRequestFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const send = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await call(
        api.POST('/api/v1/matches', {
          body: { sourcingRequestId: requestId, supplierId: supplier.id, ...(note.trim() && { note: note.trim() }) },
        }),
      );
      // The candidate then shows the match as requested, and the inbox has it.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...requestKey(requestId), 'candidates'] }),
        queryClient.invalidateQueries({ queryKey: ['matches'] }),
      ]);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" w="100%">
      <Textarea
        label={t('requests.candidates.note', { name: supplier.name })}
        description={t('requests.candidates.noteHint')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
      <Group gap="xs">
        <Button size="xs" loading={busy} onClick={() => void send()}>
          {t('requests.candidates.send')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
