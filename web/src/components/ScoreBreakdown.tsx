import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useFormat } from '../format';

/**
 * A score (0–100) as one bar per factor: how many of its points each factor earned, and the API's
 * reason in words. Shared by the owner's opportunities and the buyer's candidates, which the API scores alike.
 */
export function ScoreBreakdown({ breakdown }: { breakdown: Schemas['ScoreFactorDto'][] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={6}>
      {breakdown.map((factor) => (
        <div key={factor.factor}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={500}>
              {t(`score.${factor.factor}`)}
            </Text>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('score.points', { points: format.number(factor.points, 1), weight: factor.weight })}
            </Text>
          </Group>
          <Progress
            value={factor.weight ? (factor.points / factor.weight) * 100 : 0}
            size="sm"
            aria-label={t(`score.${factor.factor}`)}
          />
          <Text size="xs" c="dimmed">
            {factor.reason}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
