import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/** The frame of the pages before sign-in: the name, the language, one card. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={440} px="md" py="lg" component="main">
      <Group justify="space-between" mb="md">
        <Text fw={700} size="xl" c="blue.8">
          Rantai
        </Text>
        <LanguageSwitch />
      </Group>
      <Text size="sm" c="dimmed" mb="lg">
        {t('shell.tagline')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={1} size="h2">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
