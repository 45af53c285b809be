import { Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown instead of a page that needs the owner's supplier profile, before there is one. */
export function NeedsProfile() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" align="flex-start">
        <Text fw={600}>{t('owner.needsProfile.title')}</Text>
        <Text size="sm">{t('owner.needsProfile.text')}</Text>
        <Button component={Link} to="/owner/profile">
          {t('owner.needsProfile.create')}
        </Button>
      </Stack>
    </Paper>
  );
}
