import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { linkToken } from './link-token';
import { PublicLayout } from './PublicLayout';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(linkToken);
  const form = useForm({ initialValues: { password: '' } });
  const [problem, setProblem] = useState<FormProblemState>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await call(api.POST('/api/v1/auth/reset-password', { body: { token, password: values.password } }));
      setDone(true);
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <PublicLayout title={t('auth.reset.title')}>
      {done ? (
        <Alert color="green" role="status">
          {t('auth.reset.done')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormProblem state={problem} />
            <PasswordInput
              label={t('auth.newPassword')}
              description={t('auth.passwordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('auth.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('auth.backToSignIn')}
      </Anchor>
    </PublicLayout>
  );
}
