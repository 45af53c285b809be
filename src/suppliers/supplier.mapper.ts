import type { SupplierCertificationDto, SupplierDto } from './dto/supplier-response.dto';
import type { SupplierRow } from './suppliers.repository';

/**
 * The one place a supplier becomes a response. Private fields (contact, NPWP)
 * are added only for viewers who may see them; everyone else gets the profile
 * without them.
 */
export function toSupplierResponse(
  row: SupplierRow,
  certifications: SupplierCertificationDto[],
  viewerMaySeePrivate: boolean,
): SupplierDto {
  const response: SupplierDto = {
    id: row.id,
    name: row.name,
    nib: row.nib,
    kbli: row.kbli,
    sizeClass: row.sizeClass,
    description: row.description,
    regencyCode: row.regencyCode,
    address: row.address,
    location: { lat: row.lat, lng: row.lng },
    processes: row.processes,
    materials: row.materials,
    productCategories: row.productCategories,
    monthlyCapacity:
      row.monthlyCapacityQuantity === null || row.monthlyCapacityUnit === null
        ? null
        : { quantity: row.monthlyCapacityQuantity, unit: row.monthlyCapacityUnit },
    employees: row.employees,
    tkdnPercent: row.tkdnPercent,
    machines: row.machines,
    verification: row.verification,
    verificationReason: row.verificationReason,
    verifiedAt: row.verifiedAt,
    certifications,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (viewerMaySeePrivate) {
    response.npwp = row.npwp;
    response.contact = { phone: row.contactPhone, email: row.contactEmail };
  }
  return response;
}
