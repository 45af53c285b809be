import { Button, Group, Input, NumberInput, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../api/reference';
import type { Point } from './map/PointMap';

const PointMap = lazy(() => import('./map/PointMap'));

interface LocationPickerProps {
  value: Point | null;
  onChange: (point: Point | null) => void;
  /** The chosen regency: the map starts at its centroid. */
  regencyCode: string | null;
  error?: { lat?: string; lng?: string };
}

/** Six decimals, as the API keeps them (about 10 cm). */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Where a workshop or plant is: tap the map, use the phone's location, or type the coordinates
 * (as copied from a maps app). Empty means the regency's centroid, as the API does.
 */
export function LocationPicker({ value, onChange, regencyCode, error }: LocationPickerProps) {
  const { t } = useTranslation();
  const { data } = useRegions();
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string>();
  const regency = data?.regencies.find((r) => r.code === regencyCode);
  const center = regency ? { lat: regency.lat, lng: regency.lng } : { lat: -6.57, lng: 107.76 };
  const set = (point: Point) => onChange({ lat: round6(point.lat), lng: round6(point.lng) });

  const locate = () => {
    setLocating(true);
    setLocateError(undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        set({ lat: position.coords.latitude, lng: position.coords.longitude });
        setLocating(false);
      },
      () => {
        setLocateError(t('location.locateFailed'));
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  return (
    <Stack gap="xs">
      <Input.Label>{t('location.label')}</Input.Label>
      <Text size="xs" c="dimmed">
        {t('location.hint')}
      </Text>
      <Suspense fallback={<div style={{ height: 280 }} />}>
        <PointMap value={value} onChange={set} center={center} label={t('location.map')} />
      </Suspense>
      <Group grow align="flex-start">
        <NumberInput
          label={t('location.lat')}
          decimalScale={6}
          // Coordinates as maps apps write them (-6.5583), not as Indonesian numbers.
          decimalSeparator="."
          thousandSeparator={false}
          value={value?.lat ?? ''}
          error={error?.lat}
          onChange={(lat) => (typeof lat === 'number' ? set({ lat, lng: value?.lng ?? center.lng }) : onChange(null))}
        />
        <NumberInput
          label={t('location.lng')}
          decimalScale={6}
          decimalSeparator="."
          thousandSeparator={false}
          value={value?.lng ?? ''}
          error={error?.lng}
          onChange={(lng) => (typeof lng === 'number' ? set({ lat: value?.lat ?? center.lat, lng }) : onChange(null))}
        />
      </Group>
      <Group gap="xs">
        <Button variant="light" size="xs" loading={locating} onClick={locate}>
          {t('location.useMine')}
        </Button>
        {value && (
          <Button variant="subtle" size="xs" onClick={() => onChange(null)}>
            {t('location.clear')}
          </Button>
        )}
      </Group>
      {locateError && (
        <Text size="xs" c="red.8" role="alert">
          {locateError}
        </Text>
      )}
    </Stack>
  );
}
