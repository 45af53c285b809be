import { Alert, Anchor } from '@mantine/core';
import { Loading } from '../components/QueryStatus';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { linkToken } from './link-token';
import { PublicLayout } from './PublicLayout';

export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const verify = useMutation({
    mutationFn: () => call(api.POST('/api/v1/auth/verify-email', { body: { token: linkToken() } })),
  });
  const { mutate } = verify;
  // A link is spent on first use: send it once, even when React runs the effect twice in development.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    mutate();
  }, [mutate]);

  return (
    <PublicLayout title={t('auth.verify.title')}>
      {verify.isPending && <Loading size="md" />}
      {verify.isSuccess && (
        <Alert color="green" role="status">
          {t('auth.verify.done')}
        </Alert>
      )}
      {verify.isError && (
        <Alert color="red" role="alert">
          {verify.error.message}
        </Alert>
      )}
      <Anchor component={Link} to="/" size="sm">
        {t('notFound.home')}
      </Anchor>
    </PublicLayout>
  );
}
