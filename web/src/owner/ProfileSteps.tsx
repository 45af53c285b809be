import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { KbliMultiSelect, TaxonomyMultiSelect } from '../components/CodeMultiSelect';
import { LocationPicker } from '../components/LocationPicker';
import { RegencySelect } from '../components/RegencySelect';
import { CAPACITY_UNITS, LEGAL_FORMS, newMachine, type ProfileValues } from './profile-form';

type StepProps = { form: UseFormReturnType<ProfileValues> };

/** Rupiah amounts as written in Indonesia: Rp 1.500.000. */
const rupiahInput = { prefix: 'Rp ', allowDecimal: false, min: 0 };

export function IdentityStep({ form }: StepProps) {
  const { t } = useTranslation();
  const f = (name: string) => t(`owner.profile.fields.${name}`);
  const hint = (name: string) => t(`owner.profile.hints.${name}`);
  return (
    <Stack>
      <TextInput label={f('name')} description={hint('name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={f('legalForm')}
          data={[
            { value: '', label: t('owner.profile.choose') },
            ...LEGAL_FORMS.map((form) => ({ value: form, label: t(`owner.legalForms.${form}`) })),
          ]}
          {...form.getInputProps('legalForm')}
        />
        <TextInput label={f('nib')} description={hint('nib')} inputMode="numeric" {...form.getInputProps('nib')} />
        <TextInput label={f('npwp')} description={hint('npwp')} inputMode="numeric" {...form.getInputProps('npwp')} />
        <NumberInput label={f('employees')} min={0} allowDecimal={false} {...form.getInputProps('employees')} />
        <NumberInput
          label={f('annualTurnoverIdr')}
          description={hint('turnover')}
          {...rupiahInput}
          {...form.getInputProps('annualTurnoverIdr')}
        />
        <NumberInput
          label={f('businessCapitalIdr')}
          description={hint('capital')}
          {...rupiahInput}
          {...form.getInputProps('businessCapitalIdr')}
        />
      </SimpleGrid>
      <KbliMultiSelect label={f('kbli')} description={hint('kbli')} {...form.getInputProps('kbli')} />
      <Textarea
        label={f('description')}
        description={hint('description')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('description')}
      />
    </Stack>
  );
}

export function LocationStep({ form }: StepProps) {
  const { t } = useTranslation();
  const { regencyCode, location } = form.getValues();
  const errors = form.errors;
  return (
    <Stack>
      <Textarea
        label={t('owner.profile.fields.address')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('address')}
      />
      <RegencySelect
        label={t('owner.profile.fields.regencyCode')}
        required
        {...form.getInputProps('regencyCode')}
        onChange={(code) => {
          form.setFieldValue('regencyCode', code);
          // An estate lies in one regency: the choice no longer holds.
          form.setFieldValue('estateId', null);
        }}
      />
      <LocationPicker
        value={location}
        onChange={(point) => form.setFieldValue('location', point)}
        regencyCode={regencyCode}
        error={{
          lat: (errors['location.lat'] ?? errors.location) as string | undefined,
          lng: errors['location.lng'] as string | undefined,
        }}
      />
      <EstateSelect form={form} />
    </Stack>
  );
}

/** The industrial estates of the chosen regency; most workshops are in none. */
function EstateSelect({ form }: StepProps) {
  const { t } = useTranslation();
  const regency = form.getValues().regencyCode;
  const estates = useQuery({
    queryKey: ['estates', regency],
    queryFn: () => call(api.GET('/api/v1/estates', { params: { query: { regency: regency!, limit: 100 } } })),
    enabled: regency !== null,
  });
  const data = estates.data?.items.map((estate) => ({ value: estate.id, label: estate.name })) ?? [];
  return (
    <Select
      label={t('owner.profile.fields.estateId')}
      description={
        regency && estates.isSuccess && data.length === 0
          ? t('owner.profile.hints.noEstate')
          : t('owner.profile.hints.estate')
      }
      placeholder={t('owner.profile.noEstate')}
      clearable
      disabled={data.length === 0}
      data={data}
      {...form.getInputProps('estateId')}
    />
  );
}

export function CapabilitiesStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TaxonomyMultiSelect
        kind="processes"
        label={t('owner.profile.fields.processes')}
        description={t('owner.profile.hints.processes')}
        required
        {...form.getInputProps('processes')}
      />
      <TaxonomyMultiSelect
        kind="materials"
        label={t('owner.profile.fields.materials')}
        description={t('owner.profile.hints.materials')}
        {...form.getInputProps('materials')}
      />
      <TaxonomyMultiSelect
        kind="part-categories"
        label={t('owner.profile.fields.productCategories')}
        description={t('owner.profile.hints.productCategories')}
        {...form.getInputProps('productCategories')}
      />
    </Stack>
  );
}

export function MachinesStep({ form }: StepProps) {
  const { t } = useTranslation();
  const f = (name: string) => t(`owner.profile.machine.${name}`);
  const machines = form.getValues().machines;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('owner.profile.hints.machines')}
      </Text>
      {machines.map((machine, i) => (
        <Paper key={machine.key} withBorder p="sm" component="fieldset" m={0}>
          <Text component="legend" fw={500} size="sm" px={4}>
            {t('owner.profile.machine.title', { number: i + 1 })}
          </Text>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label={f('type')}
                description={f('typeHint')}
                required
                {...form.getInputProps(`machines.${i}.type`)}
              />
              <TaxonomyMultiSelect
                kind="processes"
                label={f('process')}
                maxValues={1}
                value={machine.process ? [machine.process] : []}
                onChange={(codes) => form.setFieldValue(`machines.${i}.process`, codes[0] ?? '')}
                error={form.errors[`machines.${i}.process`]}
              />
              <NumberInput
                label={f('count')}
                min={1}
                allowDecimal={false}
                required
                {...form.getInputProps(`machines.${i}.count`)}
              />
              <TextInput label={f('spec')} description={f('specHint')} {...form.getInputProps(`machines.${i}.spec`)} />
              <NumberInput
                label={f('tonnage')}
                min={0}
                decimalScale={1}
                suffix=" t"
                {...form.getInputProps(`machines.${i}.tonnage`)}
              />
              <Group grow align="flex-start" gap="xs">
                <NumberInput
                  label={f('bedLengthMm')}
                  min={1}
                  allowDecimal={false}
                  suffix=" mm"
                  {...form.getInputProps(`machines.${i}.bedLengthMm`)}
                />
                <NumberInput
                  label={f('bedWidthMm')}
                  min={1}
                  allowDecimal={false}
                  suffix=" mm"
                  {...form.getInputProps(`machines.${i}.bedWidthMm`)}
                />
              </Group>
            </SimpleGrid>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              w="fit-content"
              onClick={() => form.removeListItem('machines', i)}
            >
              {t('owner.profile.machine.remove', { number: i + 1 })}
            </Button>
          </Stack>
        </Paper>
      ))}
      {typeof form.errors.machines === 'string' && (
        <Text size="sm" c="red.8" role="alert">
          {form.errors.machines}
        </Text>
      )}
      <Button variant="light" w="fit-content" onClick={() => form.insertListItem('machines', newMachine())}>
        {t('owner.profile.machine.add')}
      </Button>
    </Stack>
  );
}

export function CapacityStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group grow align="flex-start">
        <NumberInput
          label={t('owner.profile.fields.capacity')}
          description={t('owner.profile.hints.capacity')}
          min={0}
          {...form.getInputProps('monthlyCapacity.quantity')}
        />
        <NativeSelect
          label={t('owner.profile.fields.unit')}
          data={CAPACITY_UNITS.map((unit) => ({ value: unit, label: t(`owner.units.${unit}`) }))}
          {...form.getInputProps('monthlyCapacity.unit')}
        />
      </Group>
      <NumberInput
        label={t('owner.profile.fields.tkdnPercent')}
        description={t('owner.profile.hints.tkdn')}
        min={0}
        max={100}
        decimalScale={2}
        suffix=" %"
        {...form.getInputProps('tkdnPercent')}
      />
    </Stack>
  );
}

export function ContactStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('owner.profile.hints.contact')}
      </Text>
      <TextInput
        label={t('owner.profile.fields.email')}
        type="email"
        autoComplete="email"
        required
        {...form.getInputProps('contact.email')}
      />
      <TextInput
        label={t('owner.profile.fields.phone')}
        description={t('auth.phoneHint')}
        type="tel"
        autoComplete="tel"
        required
        {...form.getInputProps('contact.phone')}
      />
    </Stack>
  );
}
