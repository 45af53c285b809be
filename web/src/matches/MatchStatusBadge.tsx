import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchStatus } from './match-rules';

const STATUS_COLOR: Record<MatchStatus, string> = {
  requested: 'gray',
  shortlisted: 'gray',
  introduced: 'blue',
  engaged: 'teal',
  won: 'green',
  lost: 'orange',
  declined: 'red',
  withdrawn: 'gray',
};

/** Where a match stands, as the inbox and the buyer's candidate list show it. */
export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="dot">
      {t(`matches.status.${status}`)}
    </Badge>
  );
}
