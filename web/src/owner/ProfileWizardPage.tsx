import { Button, Group, Paper, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { useRegions } from '../api/reference';
import { useUser } from '../auth/use-session';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { QueryStatus } from '../components/QueryStatus';
import { completeness, isOwnPoint, WIZARD_STEPS, type WizardStep } from './completeness';
import {
  bodyFrom,
  changesFrom,
  factsFrom,
  firstStepWithError,
  stepOfField,
  valuesFrom,
  type ProfileValues,
} from './profile-form';
import classes from './ProfileWizard.module.css';
import { CapabilitiesStep, CapacityStep, ContactStep, IdentityStep, LocationStep, MachinesStep } from './ProfileSteps';
import { supplierKey } from '../suppliers/queries';
import { gapsKey, opportunitiesKey, useMySupplierId, useSupplier } from './queries';
import { notify } from '../components/notify';
import { refreshMemberships } from '../auth/refresh-memberships';

const STEP_FORMS: Record<WizardStep, ComponentType<{ form: ReturnType<typeof useForm<ProfileValues>> }>> = {
  identity: IdentityStep,
  location: LocationStep,
  capabilities: CapabilitiesStep,
  machines: MachinesStep,
  capacity: CapacityStep,
  contact: ContactStep,
};

/** Creating the owner's supplier profile step by step, or editing it (any step, saved at once). */
export default function ProfileWizardPage() {
  const { t } = useTranslation();
  const supplierId = useMySupplierId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t(supplierId ? 'owner.profile.editTitle' : 'owner.profile.createTitle')}</Title>
      {supplierId ? <EditProfile supplierId={supplierId} /> : <ProfileWizard supplier={undefined} ownPoint={false} />}
    </Stack>
  );
}

function EditProfile({ supplierId }: { supplierId: string }) {
  const supplier = useSupplier(supplierId);
  const regions = useRegions();
  if (!supplier.data || !regions.data) return <QueryStatus query={supplier.isError ? supplier : regions} />;
  const centroid = regions.data.regencies.find((r) => r.code === supplier.data.regencyCode);
  return <ProfileWizard supplier={supplier.data} ownPoint={isOwnPoint(supplier.data.location, centroid)} />;
}

interface WizardProps {
  /** The saved profile being edited; undefined while creating one. */
  supplier: Schemas['SupplierDto'] | undefined;
  ownPoint: boolean;
}

function ProfileWizard({ supplier, ownPoint }: WizardProps) {
  const { t } = useTranslation();
  const user = useUser()!;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [baseline, setBaseline] = useState(() => valuesFrom(supplier, ownPoint, user));
  const form = useForm<ProfileValues>({ initialValues: baseline });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState(false);
  // Once a new profile was sent and refused, it can be sent again from the step that needed fixing.
  const [sent, setSent] = useState(false);

  const active = Math.max(0, WIZARD_STEPS.indexOf(params.get('step') as WizardStep));
  const step = WIZARD_STEPS[active];
  const last = active === WIZARD_STEPS.length - 1;
  const goTo = (next: WizardStep) => {
    setParams({ step: next }, { replace: true });
    window.scrollTo({ top: 0 });
  };
  const erroneous = new Set(Object.keys(form.errors).map(stepOfField));
  const { percent } = completeness(factsFrom(form.getValues(), supplier));

  const save = async (values: ProfileValues) => {
    setBusy(true);
    setSent(true);
    setProblem(undefined);
    try {
      if (!supplier) {
        const created = await call(api.POST('/api/v1/suppliers', { body: bodyFrom(values) }));
        queryClient.setQueryData(supplierKey(created.id), created);
        await refreshMemberships();
        notify(t('owner.profile.created'));
        await navigate('/owner');
        return;
      }
      const changes = changesFrom(baseline, values);
      if (Object.keys(changes).length === 0) {
        notify(t('owner.profile.noChanges'));
        return;
      }
      const { verificationDropped, ...saved } = await call(
        api.PATCH('/api/v1/suppliers/{id}', {
          params: { path: { id: supplier.id } },
          body: { ...changes, expectedVersion: supplier.version },
        }),
      );
      queryClient.setQueryData(supplierKey(supplier.id), saved);
      // What the firm is eligible for follows from its claims.
      void queryClient.invalidateQueries({ queryKey: opportunitiesKey(supplier.id) });
      void queryClient.invalidateQueries({ queryKey: gapsKey(supplier.id) });
      setBaseline(values);
      if (verificationDropped) notify(t('owner.profile.verificationDropped'), 'warning');
      else notify(t('common.saved'));
    } catch (error) {
      setProblem(problemForForm(form, error));
      const refused = firstStepWithError(error);
      if (refused) goTo(refused);
    } finally {
      setBusy(false);
    }
  };

  const canSave = supplier !== undefined || last || sent;
  // Enter in an input of a new profile's step moves on; the profile is first sent from the last step.
  const submit = form.onSubmit((values) => (canSave ? void save(values) : goTo(WIZARD_STEPS[active + 1])));
  const StepForm = STEP_FORMS[step];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Paper withBorder p="sm">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('owner.completeness.label')}
            </Text>
            <Text size="sm" fw={700}>
              {percent} %
            </Text>
          </Group>
          <Progress value={percent} mt={4} aria-label={t('owner.completeness.label')} />
        </Paper>
        <Stepper
          active={active}
          onStepClick={(index) => goTo(WIZARD_STEPS[index])}
          size="xs"
          classNames={{ steps: classes.steps, stepBody: classes.stepBody, separator: classes.separator }}
        >
          {WIZARD_STEPS.map((name) => (
            <Stepper.Step
              key={name}
              label={t(`owner.profile.steps.${name}`)}
              color={erroneous.has(name) ? 'red' : undefined}
            />
          ))}
        </Stepper>
        <Title order={2} size="h3">
          {t('owner.profile.stepOf', { number: active + 1, total: WIZARD_STEPS.length })}{' '}
          {t(`owner.profile.steps.${step}`)}
        </Title>
        <FormProblem state={problem} />
        <StepForm form={form} />
        <Group justify="space-between">
          {active > 0 ? (
            <Button variant="default" onClick={() => goTo(WIZARD_STEPS[active - 1])}>
              {t('common.back')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            {!last && (
              <Button variant={canSave ? 'default' : 'filled'} onClick={() => goTo(WIZARD_STEPS[active + 1])}>
                {t('common.next')}
              </Button>
            )}
            {canSave && (
              <Button type="submit" loading={busy}>
                {t(supplier ? 'owner.profile.saveChanges' : 'owner.profile.create')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
