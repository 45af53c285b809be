import { Badge, Box, Burger, Divider, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { session } from '../auth/session';
import { useUser } from '../auth/use-session';
import { useUnreadCount } from '../notifications/unread';
import classes from './AppLayout.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV } from './nav';

/**
 * The signed-in frame: the name and language on top, the role's menu beside (a panel under the header on
 * phones), with the account at its foot. Plain elements and a CSS module rather than Mantine's AppShell,
 * NavLink and Menu, which would add 12 kB (brotli) and a positioning library to every first load.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser()!;
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(close, [location.pathname, close]);

  const unread = useUnreadCount();

  const signOut = async () => {
    const refreshToken = session.refreshToken();
    if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
    session.end();
    await navigate('/sign-in');
  };

  return (
    <div className={classes.shell}>
      <header className={classes.header}>
        <Group gap="xs" wrap="nowrap">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
          <Text component={Link} to="/" fw={700} size="lg" c="blue.8">
            Rantai
          </Text>
        </Group>
        <LanguageSwitch />
      </header>
      <nav className={classes.nav} data-open={opened || undefined} aria-label={t('shell.menu')}>
        <Box style={{ flex: 1 }}>
          {NAV[user.role].map((item) => (
            <RouterNavLink key={item.to} to={item.to} end={item.to.split('/').length <= 2} className={classes.link}>
              {t(`nav.${item.label}`)}
              {item.to === '/notifications' && unread.data ? (
                // A circle holds one digit; more get a pill, and past 99 the menu says "99+" (the page has the count).
                <Badge size="sm" circle={unread.data < 10} aria-label={t('shell.unread', { count: unread.data })}>
                  {unread.data > 99 ? '99+' : unread.data}
                </Badge>
              ) : null}
            </RouterNavLink>
          ))}
        </Box>
        <Divider my="xs" />
        <Text size="sm" fw={500} px="sm" truncate>
          {user.fullName}
        </Text>
        <Text size="xs" c="dimmed" px="sm" mb={4}>
          {t(`roles.${user.role}`)}
        </Text>
        <RouterNavLink to="/account" className={classes.link}>
          {t('shell.account')}
        </RouterNavLink>
        <UnstyledButton className={classes.link} onClick={() => void signOut()}>
          {t('shell.signOut')}
        </UnstyledButton>
      </nav>
      <main className={classes.main}>
        <Outlet />
      </main>
    </div>
  );
}
