import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestStatus } from './queries';

const COLORS: Record<ServiceRequestStatus, string> = {
  requested: 'blue',
  scheduled: 'violet',
  in_progress: 'orange',
  done: 'green',
  cancelled: 'gray',
};

export function ServiceStatusBadge({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation('staff');
  return (
    <Badge variant="dot" color={COLORS[status]} tt="none">
      {t(`services.status.${status}`)}
    </Badge>
  );
}
