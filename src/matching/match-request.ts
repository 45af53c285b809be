import type { MachineNeed } from '../suppliers/supplier.entity';
import type { StoredRequest } from '../sourcing-requests/sourcing-requests.repository';

/** What a request asks of its suppliers, as eligibility and scoring need it. */
export interface MatchRequest {
  partCategory: string;
  processes: string[];
  materials: string[];
  requiredCertifications: string[];
  annualVolume: number;
  unit: string;
  partWeightKg: number | null;
  machineNeed: MachineNeed | null;
  plant: { lat: number; lng: number } | null;
  maxDistanceKm: number | null;
  minTkdnPercent: number | null;
  verifiedOnly: boolean;
  tkdnCertifiedOnly: boolean;
}

/** A stored request as matching reads it. */
export function toMatchRequest(request: StoredRequest): MatchRequest {
  return {
    partCategory: request.partCategory,
    processes: request.processes,
    materials: request.materials,
    requiredCertifications: request.requiredCertifications,
    annualVolume: request.annualVolume,
    unit: request.unit,
    partWeightKg: request.partWeightKg,
    machineNeed: request.machineNeed,
    plant: request.plant && { lat: request.plant.lat, lng: request.plant.lng },
    maxDistanceKm: request.maxDistanceKm,
    minTkdnPercent: request.minTkdnPercent,
    verifiedOnly: request.verifiedOnly,
    tkdnCertifiedOnly: request.tkdnCertifiedOnly,
  };
}
