import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { session } from './session';
import { useUser } from './use-session';
import { notify } from '../components/notify';

/** One's own name, phone, password and email verification. */
export default function AccountPage() {
  const { t } = useTranslation();
  const user = useUser()!;
  const profile = useForm({ initialValues: { fullName: user.fullName, phone: user.phone ?? '' } });
  const password = useForm({ initialValues: { currentPassword: '', newPassword: '' } });
  const [profileProblem, setProfileProblem] = useState<FormProblemState>();
  const [passwordProblem, setPasswordProblem] = useState<FormProblemState>();

  const saveProfile = profile.onSubmit(async ({ fullName, phone }) => {
    setProfileProblem(undefined);
    try {
      const updated = await call(
        api.PATCH('/api/v1/auth/me', { body: { fullName, phone: phone.trim() ? phone : null } }),
      );
      session.setUser(updated);
      profile.setValues({ fullName: updated.fullName, phone: updated.phone ?? '' });
      notify(t('common.saved'));
    } catch (error) {
      setProfileProblem(problemForForm(profile, error));
    }
  });

  const changePassword = password.onSubmit(async (values) => {
    setPasswordProblem(undefined);
    try {
      // The API ends every session of the account and answers tokens for a new one here.
      session.start(await call(api.POST('/api/v1/auth/password', { body: values })));
      password.reset();
      notify(t('account.passwordChanged'));
    } catch (error) {
      setPasswordProblem(problemForForm(password, error));
    }
  });

  const resend = async () => {
    await call(api.POST('/api/v1/auth/resend-verification'));
    notify(t('account.verificationSent', { email: user.email }));
  };

  return (
    <Stack maw={560}>
      <Title order={1}>{t('account.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={saveProfile} noValidate>
          <Stack>
            <Text size="sm">
              {t('auth.email')}: <b>{user.email}</b>
            </Text>
            {!user.emailVerified && (
              <Alert color="yellow">
                <Group justify="space-between">
                  <Text size="sm">{t('account.unverified')}</Text>
                  <Button size="xs" variant="light" onClick={() => void resend()}>
                    {t('account.resend')}
                  </Button>
                </Group>
              </Alert>
            )}
            <FormProblem state={profileProblem} />
            <TextInput label={t('auth.fullName')} required {...profile.getInputProps('fullName')} />
            <TextInput
              label={t('auth.phone')}
              description={t('auth.phoneHint')}
              type="tel"
              {...profile.getInputProps('phone')}
            />
            <Button type="submit" w="fit-content">
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <form onSubmit={changePassword} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t('account.changePassword')}
            </Title>
            <FormProblem state={passwordProblem} />
            <PasswordInput
              label={t('account.currentPassword')}
              autoComplete="current-password"
              required
              {...password.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('auth.newPassword')}
              description={t('auth.passwordHint')}
              autoComplete="new-password"
              required
              {...password.getInputProps('newPassword')}
            />
            <Button type="submit" w="fit-content">
              {t('account.changePassword')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
