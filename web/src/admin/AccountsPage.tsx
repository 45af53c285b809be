import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Pagination,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../auth/use-session';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import {
  PAGE_SIZE,
  ROLES,
  STAFF_ROLES,
  useCreateStaff,
  useSetDisabled,
  useUsers,
  type AdminUser,
  type StaffRole,
} from './queries';
import { useAddressParams } from '../components/address-params';
import { NO_WRAP, ScrollTable } from '../components/ScrollTable';

/** Accounts for admins: every user with role and status, staff created here, accounts disabled and enabled. */
export default function AccountsPage() {
  const { t } = useTranslation('staff');
  const [params, update] = useAddressParams();
  const role = ROLES.find((r) => r === params.get('role'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ role, q: q || undefined, page, limit: PAGE_SIZE });
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<AdminUser>();

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('admin.accounts.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('admin.accounts.create')}</Button>
      </Group>
      <Group align="flex-end">
        <NativeSelect
          label={t('admin.accounts.role')}
          value={role ?? ''}
          onChange={(event) => update({ role: event.currentTarget.value || undefined })}
          data={[
            { value: '', label: t('admin.accounts.allRoles') },
            ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) })),
          ]}
        />
        <TextInput
          label={t('admin.accounts.search')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            update({ q: event.currentTarget.value.trim() || undefined });
          }}
        />
      </Group>
      {users.data ? (
        <>
          <Text size="sm" aria-live="polite">
            {t('admin.accounts.count', { count: users.data.total })}
          </Text>
          <AccountsTable users={users.data.items} onToggle={setConfirming} />
          {users.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(users.data.total / PAGE_SIZE)}
              value={page}
              onChange={(value) => update({ page: String(value) })}
              getControlProps={(control) => ({ 'aria-label': t(`admin.page.${control}`) })}
              getItemProps={(value) => ({ 'aria-label': t('admin.page.number', { page: value }) })}
            />
          )}
        </>
      ) : (
        <QueryStatus query={users} />
      )}
      <CreateStaffModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmToggleModal user={confirming} onClose={() => setConfirming(undefined)} />
    </Stack>
  );
}

/** Short cells read best on one line; names and emails may wrap. */

function AccountsTable({ users, onToggle }: { users: AdminUser[]; onToggle: (user: AdminUser) => void }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const me = useUser()!;
  return (
    <ScrollTable minWidth={760} label={t('admin.accounts.title')} striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('admin.accounts.name')}</Table.Th>
          <Table.Th>{t('admin.accounts.email')}</Table.Th>
          <Table.Th>{t('admin.accounts.role')}</Table.Th>
          <Table.Th>{t('admin.accounts.status')}</Table.Th>
          <Table.Th>{t('admin.accounts.created')}</Table.Th>
          <Table.Th>{t('admin.accounts.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id}>
            <Table.Td>{user.fullName}</Table.Td>
            <Table.Td>{user.email}</Table.Td>
            <Table.Td style={NO_WRAP}>{t(`roles.${user.role}`)}</Table.Td>
            <Table.Td style={NO_WRAP}>
              {user.disabledAt ? (
                <>
                  <Badge color="red" variant="dot">
                    {t('admin.accounts.disabled')}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('admin.accounts.disabledSince', { date: format.date(user.disabledAt) })}
                  </Text>
                </>
              ) : (
                <Badge color="green" variant="dot">
                  {t('admin.accounts.active')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td style={NO_WRAP}>{format.date(user.createdAt)}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {user.id !== me.id && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onToggle(user)}
                    aria-label={`${t(user.disabledAt ? 'admin.accounts.enable' : 'admin.accounts.disable')}: ${user.email}`}
                  >
                    {t(user.disabledAt ? 'admin.accounts.enable' : 'admin.accounts.disable')}
                  </Button>
                )}
                <Anchor
                  component={Link}
                  to={`/admin/security-log?userId=${user.id}`}
                  size="sm"
                  aria-label={`${t('admin.accounts.log')}: ${user.email}`}
                >
                  {t('admin.accounts.log')}
                </Anchor>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

// A type, not an interface: the form helpers take values indexable by field name.
type StaffValues = {
  fullName: string;
  email: string;
  password: string;
  role: StaffRole;
};

/** A new curator or admin; the API checks the password's rules and the email, and says what it refuses by field. */
function CreateStaffModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const create = useCreateStaff();
  const form = useForm<StaffValues>({ initialValues: { fullName: '', email: '', password: '', role: 'curator' } });
  const [problem, setProblem] = useState<FormProblemState>();
  const close = () => {
    form.reset();
    setProblem(undefined);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setProblem(undefined);
    try {
      const user = await create.mutateAsync(values);
      notify(t('admin.accounts.createdDone', { email: user.email }));
      close();
    } catch (error) {
      setProblem(problemForForm(form, error));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={t('admin.accounts.create')} withCloseButton={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormProblem state={problem} />
          <TextInput label={t('auth.fullName')} required {...form.getInputProps('fullName')} />
          <TextInput label={t('auth.email')} type="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('admin.accounts.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <NativeSelect
            label={t('admin.accounts.role')}
            description={t('admin.accounts.staffOnly')}
            required
            data={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            {...form.getInputProps('role')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.accounts.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Disabling ends the account's sessions at once, so it is confirmed; so is enabling, for symmetry. */
function ConfirmToggleModal({ user, onClose }: { user: AdminUser | undefined; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const toggle = useSetDisabled();
  const disable = !user?.disabledAt;
  const confirm = async () => {
    if (!user) return;
    try {
      await toggle.mutateAsync({ id: user.id, disable });
      notify(t(disable ? 'admin.accounts.disabledDone' : 'admin.accounts.enabledDone', { email: user.email }));
      onClose();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'failed');
    }
  };
  return (
    <Modal
      opened={user !== undefined}
      onClose={onClose}
      title={t(disable ? 'admin.accounts.disableTitle' : 'admin.accounts.enableTitle')}
      withCloseButton={false}
    >
      <Stack>
        <Text>
          {t(disable ? 'admin.accounts.disableConfirm' : 'admin.accounts.enableConfirm', {
            name: user?.fullName,
            email: user?.email,
          })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={disable ? 'red' : undefined} loading={toggle.isPending} onClick={() => void confirm()}>
            {t(disable ? 'admin.accounts.disable' : 'admin.accounts.enable')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
