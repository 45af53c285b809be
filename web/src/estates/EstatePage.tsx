import { Anchor, Button, Grid, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useUser } from '../auth/use-session';
import { VerificationBadge } from '../buyer/parts';
import { Fact } from '../components/Fact';
import { QueryStatus } from '../components/QueryStatus';
import { useRegencyName } from '../components/RegencySelect';
import { useFormat } from '../format';
import { MapLegend } from '../map/MapLegend';
import { plantPointsQuery, supplierPointsQuery } from '../map/queries';
import { paramsFromQuery } from '../suppliers/search-params';
import { EstateForm } from './EstateForm';
import { EstateBadges } from './parts';
import { estateQuery, NEARBY_KM, suppliersNearQuery, tenantsQuery } from './queries';

const RegionMap = lazy(() => import('../map/RegionMap'));

type Estate = Schemas['EstateDto'];

/**
 * An industrial estate: its infrastructure, distances to the ports, who is there, and the suppliers and
 * plants around it; its managers (members of the estate's organisation), curators and admins edit it here.
 */
export default function EstatePage() {
  const { t } = useTranslation('map');
  const { id } = useParams();
  const user = useUser();
  const estate = useQuery(estateQuery(id!));
  const [editing, setEditing] = useState(false);
  if (!estate.data) return <QueryStatus query={estate} />;
  const mayEdit =
    user?.role === 'curator' || user?.role === 'admin' || !!user?.memberships.some((m) => m.organizationId === id);

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/estates" size="sm">
        {t('estate.page.allEstates')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{estate.data.name}</Title>
          <EstateBadges estate={estate.data} />
        </Stack>
        {mayEdit && !editing && <Button onClick={() => setEditing(true)}>{t('estate.page.edit')}</Button>}
      </Group>
      {editing ? (
        <EstateForm key={estate.data.version} estate={estate.data} onDone={() => setEditing(false)} />
      ) : (
        <EstateFacts estate={estate.data} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Tenants id={estate.data.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Surroundings estate={estate.data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function EstateFacts({ estate }: { estate: Estate }) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const regencyName = useRegencyName();
  const unknown = t('estate.unknown');
  // Infrastructure is filled in bit by bit: what nobody stated yet says so.
  const amount = (value: number | null | undefined, key: string) =>
    value == null ? unknown : t(key, { value: format.number(value, 2) });
  const km = (value: number | null | undefined) => (value == null ? unknown : format.km(value));
  const { infrastructure: infra } = estate;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="estate-infrastructure">
          <Title order={2} size="h4" id="estate-infrastructure" mb="sm">
            {t('estate.page.infrastructure')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            <Fact label={t('estate.fields.operator')}>{estate.operator ?? unknown}</Fact>
            <Fact label={t('estate.fields.regency')}>{regencyName(estate.regencyCode)}</Fact>
            <Fact label={t('estate.fields.areaHa')}>{amount(estate.areaHa, 'estate.hectares')}</Fact>
            <Fact label={t('estate.fields.availablePlotsHa')}>
              {amount(estate.availablePlotsHa, 'estate.hectares')}
            </Fact>
            <Fact label={t('estate.fields.powerMva')}>{amount(infra.powerMva, 'estate.mva')}</Fact>
            <Fact label={t('estate.fields.waterLps')}>{amount(infra.waterLps, 'estate.lps')}</Fact>
            <Fact label={t('estate.fields.gas')}>
              {infra.gas == null ? unknown : t(infra.gas ? 'estate.gasYes' : 'estate.gasNo')}
            </Fact>
            <Fact label={t('estate.fields.tollAccessKm')}>{km(infra.tollAccessKm)}</Fact>
            <Fact label={t('estate.fields.portDistanceKm')}>{km(infra.portDistanceKm)}</Fact>
          </SimpleGrid>
          {estate.note && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-line' }}>
              {estate.note}
            </Text>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="estate-ports">
          <Title order={2} size="h4" id="estate-ports" mb="xs">
            {t('estate.page.ports')}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('estate.page.portsHint')}
          </Text>
          <List spacing={4} size="sm">
            {estate.ports.map((port) => (
              <List.Item key={port.code}>
                <Text span fw={port.kind === 'seaport' ? 600 : undefined} size="sm">
                  {port.name}
                </Text>{' '}
                · {t(`estate.portKind.${port.kind}`)} · {format.km(port.distanceKm)}
              </List.Item>
            ))}
          </List>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

/** Who is located in the estate: suppliers (with their profiles) and buyers' plants. */
function Tenants({ id }: { id: string }) {
  const { t } = useTranslation('map');
  const tenants = useQuery(tenantsQuery(id));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="estate-tenants">
      <Title order={2} size="h4" id="estate-tenants" mb="sm">
        {t('estate.page.tenants')}
      </Title>
      <QueryStatus query={tenants} />
      {tenants.data && (
        <Stack gap="sm">
          <Title order={3} size="h6">
            {t('estate.page.tenantSuppliers', { count: tenants.data.suppliers.length })}
          </Title>
          {tenants.data.suppliers.length === 0 && <Text size="sm">{t('estate.page.noTenants')}</Text>}
          {tenants.data.suppliers.map((supplier) => (
            <Group key={supplier.id} justify="space-between" gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/suppliers/${supplier.id}`} size="sm">
                {supplier.name}
              </Anchor>
              <VerificationBadge verification={supplier.verification} />
            </Group>
          ))}
          <Title order={3} size="h6">
            {t('estate.page.tenantPlants', { count: tenants.data.plants.length })}
          </Title>
          {tenants.data.plants.length === 0 && <Text size="sm">{t('estate.page.noTenants')}</Text>}
          {tenants.data.plants.map((plant) => (
            <Text key={plant.id} size="sm">
              {plant.name} · {plant.buyerName}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** Suppliers and plants within NEARBY_KM, on a small map and as lists, nearest first. */
function Surroundings({ estate }: { estate: Estate }) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const { lat, lng } = estate.location;
  const near = `${lat},${lng}`;
  const points = useQuery(supplierPointsQuery({ near, radiusKm: NEARBY_KM }));
  const plants = useQuery(plantPointsQuery({ near, radiusKm: NEARBY_KM }));
  const nearest = useQuery(suppliersNearQuery(estate.location));
  const search = paramsFromQuery({ near, radiusKm: NEARBY_KM, sort: 'distance' }).toString();
  const itself = useMemo(() => [estate], [estate]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="estate-surroundings">
      <Stack gap="sm">
        <Title order={2} size="h4" id="estate-surroundings">
          {t('estate.page.surroundings', { km: NEARBY_KM })}
        </Title>
        <Suspense fallback={<div style={{ height: 300 }} />}>
          <RegionMap
            label={t('estate.page.mapLabel', { name: estate.name, km: NEARBY_KM })}
            height={300}
            suppliers={points.data?.items}
            plants={plants.data?.items}
            estates={itself}
            focus={{ lat, lng, radiusKm: NEARBY_KM }}
          />
        </Suspense>
        <MapLegend />
        <Group gap="md">
          <Anchor component={Link} to={`/map?${search}`} size="sm">
            {t('estate.page.openMap')}
          </Anchor>
          <Anchor component={Link} to={`/suppliers?${search}`} size="sm">
            {t('estate.page.allSuppliers')}
          </Anchor>
        </Group>
        <Title order={3} size="h6">
          {t('estate.page.nearestSuppliers')}
        </Title>
        <QueryStatus query={nearest} />
        {nearest.data?.items.length === 0 && <Text size="sm">{t('estate.page.noneNear')}</Text>}
        {nearest.data?.items.map((supplier) => (
          <Group key={supplier.id} justify="space-between" gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/suppliers/${supplier.id}`} size="sm">
              {supplier.name}
            </Anchor>
            <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
              {supplier.distanceKm !== undefined && format.km(supplier.distanceKm)}
            </Text>
          </Group>
        ))}
        <Title order={3} size="h6">
          {t('estate.page.nearestPlants')}
        </Title>
        {plants.data?.items.length === 0 && <Text size="sm">{t('estate.page.noneNear')}</Text>}
        {plants.data?.items.slice(0, 10).map((plant) => (
          <Group key={plant.id} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">
              {plant.name} · {plant.buyerName}
            </Text>
            <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
              {plant.distanceKm !== undefined && format.km(plant.distanceKm)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
