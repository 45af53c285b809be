import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestStatus } from './service-requests';

const COLORS: Record<ServiceRequestStatus, string> = {
  requested: 'blue',
  scheduled: 'violet',
  in_progress: 'orange',
  done: 'green',
  cancelled: 'gray',
};

/** A service request's state, for the firm and the curators alike. */
export function ServiceStatusBadge({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[status]} tt="none">
      {t(`serviceStatus.${status}`)}
    </Badge>
  );
}
