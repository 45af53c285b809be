import type { SourcingRequestRow } from '../sourcing-requests/sourcing-requests.repository';

/** What a request asks of its suppliers, as eligibility and scoring need it. */
export interface MatchRequest {
  partCategory: string;
  processes: string[];
  materials: string[];
  requiredCertifications: string[];
  annualVolume: number;
  unit: string;
  plant: { lat: number; lng: number } | null;
  maxDistanceKm: number | null;
  minTkdnPercent: number | null;
  verifiedOnly: boolean;
}

/** A stored request as matching reads it. */
export function toMatchRequest(request: SourcingRequestRow): MatchRequest {
  return {
    partCategory: request.partCategory,
    processes: request.processes,
    materials: request.materials ?? [],
    requiredCertifications: request.requiredCertifications ?? [],
    annualVolume: request.annualVolume,
    unit: request.unit,
    plant: request.plant?.location ?? null,
    maxDistanceKm: request.maxDistanceKm ?? null,
    minTkdnPercent: request.minTkdnPercent ?? null,
    verifiedOnly: request.verifiedOnly ?? false,
  };
}
