import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useRegions } from '../api/reference';
import { LocationPicker } from '../components/LocationPicker';
import { RegencySelect } from '../components/RegencySelect';
import type { Point } from '../components/map/PointMap';
import { useEstates } from './queries';

/** A plant as its form holds it: PlantDto's shape, with what may still be empty. */
export type PlantValues = {
  name: string;
  regencyCode: string | null;
  location: Point | null;
  estateId: string | null;
};

export const emptyPlant = (): PlantValues => ({ name: '', regencyCode: null, location: null, estateId: null });

export const plantValues = (plant: Schemas['PlantResponseDto']): PlantValues => ({
  name: plant.name,
  regencyCode: plant.regencyCode,
  location: plant.location,
  estateId: plant.estateId,
});

/**
 * The body the API takes. Its location is required; a plant left without a point is placed at its
 * regency's centroid, as the location picker tells (an empty regency leaves it to the API to refuse).
 */
export function plantBody(values: PlantValues, centroid: (regencyCode: string) => Point | undefined) {
  const location = values.location ?? (values.regencyCode ? centroid(values.regencyCode) : undefined);
  return {
    name: values.name.trim(),
    regencyCode: values.regencyCode ?? '',
    ...(location && { location }),
    estateId: values.estateId,
  } as Schemas['PlantDto'];
}

/** A regency's centroid, where a plant without a point of its own is placed. */
export function useRegencyCentroid(): (regencyCode: string) => Point | undefined {
  const { data } = useRegions();
  return useCallback(
    (code) => {
      const regency = data?.regencies.find((r) => r.code === code);
      return regency && { lat: regency.lat, lng: regency.lng };
    },
    [data],
  );
}

/**
 * A plant's name, regency, point and estate, inside any form: `path` is where the plant sits in it
 * ('' for a form of one plant, 'plants.1.' in the company's), so that the API's errors land on these inputs.
 */
export function PlantFields<T>({ form, path }: { form: UseFormReturnType<T>; path: string }) {
  const { t } = useTranslation();
  const estates = useEstates();
  const regency = form.getInputProps(`${path}regencyCode`);
  const location = form.getInputProps(`${path}location`);
  const locationError = form.errors[`${path}location`];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('buyer.plant.name')} required {...form.getInputProps(`${path}name`)} />
        <RegencySelect label={t('buyer.plant.regency')} required {...regency} />
      </SimpleGrid>
      <Select
        label={t('buyer.plant.estate')}
        description={t('buyer.plant.estateHint')}
        clearable
        searchable
        data={(estates.data ?? []).map((estate) => ({ value: estate.id, label: estate.name }))}
        {...form.getInputProps(`${path}estateId`)}
      />
      <LocationPicker
        value={location.value as Point | null}
        onChange={location.onChange as (point: Point | null) => void}
        regencyCode={regency.value as string | null}
        error={{
          lat: form.errors[`${path}location.lat`] as string | undefined,
          lng: form.errors[`${path}location.lng`] as string | undefined,
        }}
      />
      {locationError && (
        <Text size="xs" c="red.8">
          {locationError}
        </Text>
      )}
    </Stack>
  );
}
