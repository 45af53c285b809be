import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { PublicLayout } from './PublicLayout';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: '' } });
  const [problem, setProblem] = useState<FormProblemState>();
  const [sentTo, setSentTo] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await call(api.POST('/api/v1/auth/forgot-password', { body: values }));
      setSentTo(values.email);
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <PublicLayout title={t('auth.forgot.title')}>
      {sentTo ? (
        // The API answers alike for known and unknown addresses, and so does this page.
        <Alert color="green" role="status">
          {t('auth.forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('auth.forgot.hint')}</Text>
            <FormProblem state={problem} />
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('auth.forgot.submit')}
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
