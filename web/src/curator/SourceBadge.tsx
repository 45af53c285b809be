import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

/** Whether the owner registered the profile or curators imported it from a district office's list. */
export function SourceBadge({ source }: { source: Schemas['SupplierDto']['source'] }) {
  const { t } = useTranslation('staff');
  return (
    <Badge variant="light" color={source === 'imported' ? 'grape' : 'blue'} tt="none">
      {t(`curator.source.${source}`)}
    </Badge>
  );
}
