import { Anchor, Button, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { PublicLayout } from './PublicLayout';
import { session } from './session';
import { HOME } from './use-session';

type SignUpRole = 'ikm_owner' | 'oem_buyer';

export default function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { role: 'ikm_owner' as SignUpRole, fullName: '', email: '', phone: '', password: '' },
  });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState(false);

  const submit = form.onSubmit(async ({ phone, ...values }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const signedIn = await call(
        api.POST('/api/v1/auth/register', { body: { ...values, ...(phone.trim() ? { phone } : {}) } }),
      );
      session.start(signedIn);
      await navigate(HOME[values.role], { replace: true });
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <PublicLayout title={t('auth.signUp.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormProblem state={problem} />
          <Radio.Group label={t('auth.signUp.role')} required {...form.getInputProps('role')}>
            <Stack gap="xs" mt="xs">
              <Radio value="ikm_owner" label={t('auth.signUp.owner')} description={t('auth.signUp.ownerHint')} />
              <Radio value="oem_buyer" label={t('auth.signUp.buyer')} description={t('auth.signUp.buyerHint')} />
            </Stack>
          </Radio.Group>
          <TextInput label={t('auth.fullName')} autoComplete="name" required {...form.getInputProps('fullName')} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('auth.phone')}
            description={t('auth.phoneHint')}
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
          <Text size="sm">
            {t('auth.signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in">
              {t('auth.signIn.title')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </PublicLayout>
  );
}
