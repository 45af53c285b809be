import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, call, type Schemas } from '../api/client';
import { FormProblem, problemForForm, type FormProblemState } from '../components/form-problem';
import { LocationPicker } from '../components/LocationPicker';
import type { Point } from '../components/map/PointMap';
import { notify } from '../components/notify';
import { RegencySelect } from '../components/RegencySelect';
import { estateKey, estatesKey } from './queries';

type Estate = Schemas['EstateDto'];
type Status = Estate['status'];
/** A number input's value: '' while empty, which clears the field (null). */
type Amount = number | '';
type Gas = 'yes' | 'no' | 'unknown';

/** The form's values, in the API's paths (`infrastructure.powerMva`), so that its field errors land by their inputs. */
type EstateValues = {
  name: string;
  operator: string;
  status: Status;
  nationalStrategicProject: boolean;
  regencyCode: string | null;
  location: Point | null;
  areaHa: Amount;
  availablePlotsHa: Amount;
  infrastructure: { powerMva: Amount; waterLps: Amount; gas: Gas; tollAccessKm: Amount; portDistanceKm: Amount };
  note: string;
};

const STATUSES: Status[] = ['operating', 'developing'];
const amount = (value: number | null | undefined): Amount => value ?? '';
const orNull = (value: Amount) => (value === '' ? null : value);

function valuesOf(estate: Estate): EstateValues {
  const { infrastructure: infra } = estate;
  return {
    name: estate.name,
    operator: estate.operator ?? '',
    status: estate.status,
    nationalStrategicProject: estate.nationalStrategicProject,
    regencyCode: estate.regencyCode,
    location: estate.location,
    areaHa: amount(estate.areaHa),
    availablePlotsHa: amount(estate.availablePlotsHa),
    infrastructure: {
      powerMva: amount(infra.powerMva),
      waterLps: amount(infra.waterLps),
      gas: infra.gas == null ? 'unknown' : infra.gas ? 'yes' : 'no',
      tollAccessKm: amount(infra.tollAccessKm),
      portDistanceKm: amount(infra.portDistanceKm),
    },
    note: estate.note ?? '',
  };
}

function bodyOf(values: EstateValues, version: number): Schemas['UpdateEstateDto'] {
  const { infrastructure: infra } = values;
  return {
    name: values.name.trim(),
    // The API keeps an operator once named; an emptied field leaves it as it was.
    operator: values.operator.trim() || undefined,
    status: values.status,
    nationalStrategicProject: values.nationalStrategicProject,
    regencyCode: values.regencyCode ?? undefined,
    location: values.location ?? undefined,
    areaHa: orNull(values.areaHa),
    availablePlotsHa: orNull(values.availablePlotsHa),
    infrastructure: {
      powerMva: orNull(infra.powerMva),
      waterLps: orNull(infra.waterLps),
      gas: infra.gas === 'unknown' ? null : infra.gas === 'yes',
      tollAccessKm: orNull(infra.tollAccessKm),
      portDistanceKm: orNull(infra.portDistanceKm),
    },
    note: values.note.trim() || null,
    expectedVersion: version,
  };
}

/**
 * The estate's facts as its managers and curators keep them. Saved with the version it was opened at: when
 * someone else saved in between, the API refuses (409) and the form offers their version instead.
 */
export function EstateForm({ estate, onDone }: { estate: Estate; onDone: () => void }) {
  const { t } = useTranslation('map');
  const queryClient = useQueryClient();
  const form = useForm<EstateValues>({ initialValues: valuesOf(estate) });
  const [problem, setProblem] = useState<FormProblemState>();
  const [stale, setStale] = useState(false);
  const f = (field: string) => t(`estate.fields.${field}`);
  const location = form.getInputProps('location');
  const decimal = { min: 0, decimalScale: 2 };

  const submit = form.onSubmit(async (values) => {
    setProblem(undefined);
    try {
      const updated = await call(
        api.PATCH('/api/v1/estates/{id}', {
          params: { path: { id: estate.id } },
          body: bodyOf(values, estate.version),
        }),
      );
      queryClient.setQueryData(estateKey(estate.id), updated);
      await queryClient.invalidateQueries({ queryKey: estatesKey });
      notify(t('common.saved'));
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.problem?.type.endsWith('stale-version')) setStale(true);
      else setProblem(problemForForm(form, error));
    }
  });

  // The page remounts the form with the newer version (its key), dropping these edits.
  const loadNewer = () => void queryClient.invalidateQueries({ queryKey: estateKey(estate.id) });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('estate.form.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {stale && (
            // No Alert title: Mantine's yellow title reads below WCAG AA contrast.
            <Alert color="yellow" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text fw={700} size="sm">
                  {t('estate.form.staleTitle')}
                </Text>
                <Text size="sm">{t('estate.form.staleText')}</Text>
                <Button size="xs" variant="default" onClick={loadNewer}>
                  {t('estate.form.loadNewer')}
                </Button>
              </Stack>
            </Alert>
          )}
          <FormProblem state={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={f('name')} required {...form.getInputProps('name')} />
            <TextInput label={f('operator')} {...form.getInputProps('operator')} />
            <Select
              label={f('status')}
              allowDeselect={false}
              data={STATUSES.map((status) => ({ value: status, label: t(`estate.status.${status}`) }))}
              {...form.getInputProps('status')}
            />
            <RegencySelect label={f('regency')} {...form.getInputProps('regencyCode')} />
          </SimpleGrid>
          <Checkbox
            label={t('estate.form.psn')}
            {...form.getInputProps('nationalStrategicProject', { type: 'checkbox' })}
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            <NumberInput label={f('areaHa')} {...decimal} {...form.getInputProps('areaHa')} />
            <NumberInput label={f('availablePlotsHa')} {...decimal} {...form.getInputProps('availablePlotsHa')} />
            <NumberInput label={f('powerMva')} {...decimal} {...form.getInputProps('infrastructure.powerMva')} />
            <NumberInput label={f('waterLps')} {...decimal} {...form.getInputProps('infrastructure.waterLps')} />
            <Select
              label={f('gas')}
              allowDeselect={false}
              data={(['yes', 'no', 'unknown'] as const).map((value) => ({
                value,
                label: t(`estate.form.gas.${value}`),
              }))}
              {...form.getInputProps('infrastructure.gas')}
            />
            <NumberInput
              label={f('tollAccessKm')}
              {...decimal}
              {...form.getInputProps('infrastructure.tollAccessKm')}
            />
            <NumberInput
              label={f('portDistanceKm')}
              description={t('estate.form.portDistanceHint')}
              {...decimal}
              {...form.getInputProps('infrastructure.portDistanceKm')}
            />
          </SimpleGrid>
          <LocationPicker
            value={location.value as Point | null}
            onChange={location.onChange as (point: Point | null) => void}
            regencyCode={form.getValues().regencyCode}
            error={{
              lat: form.errors['location.lat'] as string | undefined,
              lng: form.errors['location.lng'] as string | undefined,
            }}
          />
          <Textarea label={f('note')} autosize minRows={2} {...form.getInputProps('note')} />
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
    </Paper>
  );
}
