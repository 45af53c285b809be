import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { useRegencyName } from '../components/RegencySelect';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { notify } from '../components/notify';
import { nearSearch } from '../suppliers/search-params';
import { emptyPlant, PlantFields, plantBody, plantValues, useRegencyCentroid, type PlantValues } from './PlantFields';
import { refreshMemberships } from '../auth/refresh-memberships';
import { buyerKey, useBuyer, useBuyerId, useEstates } from './queries';

type Buyer = Schemas['BuyerDto'];
type Plant = Schemas['PlantResponseDto'];
const KINDS: Buyer['kind'][] = ['oem', 'tier1', 'tier2', 'apm'];

/** The buyer's company and its plants: created here the first time, edited afterwards. */
export default function CompanyPage() {
  const { t } = useTranslation();
  const buyerId = useBuyerId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('buyer.company.title')}</Title>
      {buyerId ? <EditCompany id={buyerId} /> : <CreateCompany />}
    </Stack>
  );
}

/** The company with its first plants, in one call: the API's errors name `plants[1].location.lat` and the like. */
function CreateCompany() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const centroid = useRegencyCentroid();
  const form = useForm({
    initialValues: { name: '', kind: 'oem' as Buyer['kind'], description: '', plants: [emptyPlant()] },
  });
  const [problem, setProblem] = useState<FormProblemState>();
  const [busy, setBusy] = useState(false);

  const submit = form.onSubmit(async ({ name, kind, description, plants }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await call(
        api.POST('/api/v1/buyers', {
          body: {
            name: name.trim(),
            kind,
            description: description.trim() || null,
            plants: plants.map((plant) => plantBody(plant, centroid)),
          },
        }),
      );
      queryClient.setQueryData(buyerKey(created.id), created);
      // The new membership is what lets this person draft requests for the company.
      await refreshMemberships();
      notify(t('buyer.company.created'));
    } catch (error) {
      setProblem(problemForForm(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text c="dimmed">{t('buyer.company.createIntro')}</Text>
        <FormProblem state={problem} />
        <Paper withBorder p="md">
          <CompanyFields form={form} />
        </Paper>
        <Title order={2} size="h3">
          {t('buyer.company.plants')}
        </Title>
        {form.getValues().plants.map((_, index) => (
          <Paper withBorder p="md" key={form.key(`plants.${index}`)}>
            <Stack>
              <Group justify="space-between">
                <Title order={3} size="h5">
                  {t('buyer.company.plantNumber', { number: index + 1 })}
                </Title>
                {form.getValues().plants.length > 1 && (
                  <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('plants', index)}>
                    {t('buyer.company.removePlant', { number: index + 1 })}
                  </Button>
                )}
              </Group>
              <PlantFields form={form} path={`plants.${index}.`} />
            </Stack>
          </Paper>
        ))}
        <Button variant="light" w="fit-content" onClick={() => form.insertListItem('plants', emptyPlant())}>
          {t('buyer.company.addPlant')}
        </Button>
        <Button type="submit" loading={busy} w="fit-content">
          {t('buyer.company.create')}
        </Button>
      </Stack>
    </form>
  );
}

type CompanyValues = {
  name: string;
  kind: Buyer['kind'];
  description: string;
};

function CompanyFields<T extends CompanyValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TextInput label={t('buyer.company.name')} required {...form.getInputProps('name')} />
      <Select
        label={t('buyer.company.kind')}
        required
        allowDeselect={false}
        data={KINDS.map((kind) => ({ value: kind, label: t(`buyer.kinds.${kind}`) }))}
        {...form.getInputProps('kind')}
      />
      <Textarea
        label={t('buyer.company.description')}
        description={t('buyer.company.descriptionHint')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </Stack>
  );
}

function EditCompany({ id }: { id: string }) {
  const { t } = useTranslation();
  const buyer = useBuyer(id);
  const [adding, setAdding] = useState(false);
  if (!buyer.data) return <QueryStatus query={buyer} />;
  const active = buyer.data.plants.filter((plant) => !plant.retiredAt);
  const retired = buyer.data.plants.filter((plant) => plant.retiredAt);
  return (
    <Stack>
      <CompanyForm key={buyer.data.version} buyer={buyer.data} />
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('buyer.company.plants')}
        </Title>
        {!adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('buyer.company.addPlant')}
          </Button>
        )}
      </Group>
      {adding && (
        <Paper withBorder p="md">
          <PlantForm buyerId={id} onDone={() => setAdding(false)} />
        </Paper>
      )}
      {active.length === 0 && !adding && <Text>{t('buyer.company.noPlants')}</Text>}
      {active.map((plant) => (
        <PlantCard key={plant.id} buyerId={id} plant={plant} />
      ))}
      {retired.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('buyer.company.retiredPlants')}
          </Title>
          {retired.map((plant) => (
            <PlantCard key={plant.id} buyerId={id} plant={plant} />
          ))}
        </>
      )}
    </Stack>
  );
}

function CompanyForm({ buyer }: { buyer: Buyer }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<CompanyValues>({
    initialValues: { name: buyer.name, kind: buyer.kind, description: buyer.description ?? '' },
  });
  const [problem, setProblem] = useState<FormProblemState>();

  const submit = form.onSubmit(async ({ name, kind, description }) => {
    setProblem(undefined);
    try {
      const updated = await call(
        api.PATCH('/api/v1/buyers/{id}', {
          params: { path: { id: buyer.id } },
          body: { name: name.trim(), kind, description: description.trim() || null, expectedVersion: buyer.version },
        }),
      );
      queryClient.setQueryData(buyerKey(buyer.id), updated);
      notify(t('common.saved'));
    } catch (error) {
      setProblem(problemForForm(form, error));
    }
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormProblem state={problem} />
          <CompanyFields form={form} />
          <Button type="submit" w="fit-content" loading={form.submitting}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** A new plant (without `plant`) or an edit of one. */
function PlantForm({ buyerId, plant, onDone }: { buyerId: string; plant?: Plant; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const centroid = useRegencyCentroid();
  const form = useForm<PlantValues>({ initialValues: plant ? plantValues(plant) : emptyPlant() });
  const [problem, setProblem] = useState<FormProblemState>();

  const submit = form.onSubmit(async (values) => {
    setProblem(undefined);
    const body = plantBody(values, centroid);
    try {
      await call(
        plant
          ? api.PATCH('/api/v1/buyers/{id}/plants/{plantId}', {
              params: { path: { id: buyerId, plantId: plant.id } },
              body,
            })
          : api.POST('/api/v1/buyers/{id}/plants', { params: { path: { id: buyerId } }, body }),
      );
      await queryClient.invalidateQueries({ queryKey: buyerKey(buyerId) });
      notify(t('common.saved'));
      onDone();
    } catch (error) {
      setProblem(problemForForm(form, error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3} size="h5">
          {plant ? t('buyer.company.editPlant', { name: plant.name }) : t('buyer.company.newPlant')}
        </Title>
        <FormProblem state={problem} />
        <PlantFields form={form} path="" />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlantCard({ buyerId, plant }: { buyerId: string; plant: Plant }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regencyName = useRegencyName();
  const estates = useEstates();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const estate = estates.data?.find((e) => e.id === plant.estateId);

  const retire = async () => {
    setProblem(undefined);
    try {
      await call(
        api.POST('/api/v1/buyers/{id}/plants/{plantId}/retire', {
          params: { path: { id: buyerId, plantId: plant.id } },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: buyerKey(buyerId) });
      notify(t('buyer.company.retired', { name: plant.name }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  if (editing)
    return (
      <Paper withBorder p="md">
        <PlantForm buyerId={buyerId} plant={plant} onDone={() => setEditing(false)} />
      </Paper>
    );
  return (
    <Card withBorder component="article">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5">
            {plant.name}
          </Title>
          {plant.retiredAt && (
            <Badge color="gray" variant="dot">
              {t('buyer.company.retiredOn', { date: format.date(plant.retiredAt) })}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {regencyName(plant.regencyCode)}
          {estate && ` · ${estate.name}`}
        </Text>
        <Text size="sm" c="dimmed">
          {t('buyer.company.coordinates', {
            lat: format.number(plant.location.lat, 6),
            lng: format.number(plant.location.lng, 6),
          })}
        </Text>
        {plant.ports.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('buyer.company.nearestPorts', {
              ports: plant.ports
                .slice(0, 3)
                .map((port) => `${port.name} ${format.km(port.distanceKm)}`)
                .join(' · '),
            })}
          </Text>
        )}
        {problem && (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        )}
        {!plant.retiredAt &&
          (confirming ? (
            <Alert color="yellow" title={t('buyer.company.retireConfirmTitle', { name: plant.name })}>
              <Stack gap="xs">
                <Text size="sm">{t('buyer.company.retireConfirmText')}</Text>
                <Group>
                  <Button color="red" size="xs" onClick={() => void retire()}>
                    {t('buyer.company.retireConfirm')}
                  </Button>
                  <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <Group gap="xs">
              <Button
                variant="light"
                size="xs"
                onClick={() => setEditing(true)}
                aria-label={t('buyer.company.editPlant', { name: plant.name })}
              >
                {t('common.edit')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => setConfirming(true)}
                aria-label={t('buyer.company.retirePlant', { name: plant.name })}
              >
                {t('buyer.company.retire')}
              </Button>
            </Group>
          ))}
        {!plant.retiredAt && (
          <Anchor component={Link} to={nearSearch(plant.location)} size="sm">
            {t('buyer.company.suppliersNear')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
