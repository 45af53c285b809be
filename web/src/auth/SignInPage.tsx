import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { PublicLayout } from './PublicLayout';
import { session } from './session';
import { HOME, useUser } from './use-session';

export default function SignInPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const form = useForm({ initialValues: { email: '', password: '' } });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState(false);
  if (user) return <Navigate to={from ?? HOME[user.role]} replace />;

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const signedIn = await call(api.POST('/api/v1/auth/login', { body: values }));
      session.start(signedIn);
      await navigate(from ?? HOME[signedIn.user.role], { replace: true });
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <PublicLayout title={t('auth.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormProblem state={problem} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
          <Group justify="space-between">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.signIn.forgot')}
            </Anchor>
            <Anchor component={Link} to="/sign-up" size="sm">
              {t('auth.signIn.signUp')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}
