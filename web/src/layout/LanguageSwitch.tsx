import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/**
 * ID | EN, remembered by this browser; data is fetched again so that names from the API follow.
 * Two toggle buttons rather than Mantine's SegmentedControl: its sliding indicator measures the layout
 * while the first screen renders, which cost about 100 ms of a slowed phone CPU on every first visit.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Group gap={0} role="group" aria-label={t('shell.language')} wrap="nowrap">
      {LANGUAGES.map((language) => {
        const chosen = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-xs"
            variant={chosen ? 'filled' : 'default'}
            aria-pressed={chosen}
            lang={language}
            onClick={() => {
              if (!chosen) void i18n.changeLanguage(language).then(() => queryClient.invalidateQueries());
            }}
          >
            {language.toUpperCase()}
          </Button>
        );
      })}
    </Group>
  );
}
