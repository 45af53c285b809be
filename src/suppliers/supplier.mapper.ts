import type { SupplierCertificationDto, SupplierDto } from './dto/supplier-response.dto';
import type { UpdateSupplierDto } from './dto/supplier.dto';
import type { CertificateWrite, SupplierCertification } from './supplier-certification.entity';
import type { Supplier, SupplierWrite } from './supplier.entity';
import type { CreateCertificationDto, TkdnProductDto } from './dto/certification.dto';

/**
 * What a viewer may see of a profile: everything (members, curators, admins),
 * the contact too (buyers with an engaged match), or the public profile.
 */
export type ViewerAccess = 'private' | 'contact' | 'public';

/**
 * The one place a supplier becomes a response. Private fields (contact, NPWP, capital and sales, the curator's note)
 * are added only for viewers who may see them; everyone else gets the profile
 * without them.
 */
export function toSupplierResponse(
  row: Supplier,
  certifications: SupplierCertificationDto[],
  viewer: ViewerAccess,
): SupplierDto {
  const response: SupplierDto = {
    id: row.id,
    name: row.name,
    nib: row.nib,
    kbli: row.kbli,
    legalForm: row.legalForm,
    sizeClass: row.sizeClass,
    description: row.description,
    regencyCode: row.regencyCode,
    address: row.address,
    location: { lat: row.lat, lng: row.lng },
    estateId: row.estateId,
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
    verifiedAt: row.verifiedAt,
    source: row.source,
    certifications,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (viewer === 'private') {
    response.verificationReason = row.verificationReason;
    response.waitingSince = row.waitingSince;
    response.changedClaims = row.verificationChanges;
    response.npwp = row.npwp;
    response.businessCapitalIdr = row.businessCapitalIdr;
    response.annualTurnoverIdr = row.annualTurnoverIdr;
  }
  if (viewer !== 'public') response.contact = { phone: row.contactPhone, email: row.contactEmail };
  return response;
}

/** Request fields to columns; fields left out stay undefined, so an update leaves them alone. */
export function toSupplierWrite(body: UpdateSupplierDto): Partial<SupplierWrite> {
  const capacity = body.monthlyCapacity;
  return {
    name: body.name?.trim(),
    nib: body.nib,
    npwp: body.npwp,
    kbli: body.kbli,
    legalForm: body.legalForm,
    sizeClass: body.sizeClass,
    businessCapitalIdr: body.businessCapitalIdr,
    annualTurnoverIdr: body.annualTurnoverIdr,
    description: body.description,
    regencyCode: body.regencyCode,
    address: body.address,
    lat: body.location?.lat,
    lng: body.location?.lng,
    estateId: body.estateId,
    processes: body.processes && [...new Set(body.processes)],
    materials: body.materials && [...new Set(body.materials)],
    productCategories: body.productCategories && [...new Set(body.productCategories)],
    monthlyCapacityQuantity: capacity === undefined ? undefined : (capacity?.quantity ?? null),
    monthlyCapacityUnit: capacity === undefined ? undefined : (capacity?.unit ?? null),
    employees: body.employees,
    tkdnPercent: body.tkdnPercent,
    machines: body.machines,
    contactPhone: body.contact?.phone,
    contactEmail: body.contact?.email,
  };
}

/** A certificate as the API shows it: expired by the same WIB date (the Clock's) that search and matching use. */
export function toCertificationResponse(c: SupplierCertification, today: string): SupplierCertificationDto {
  return {
    id: c.id,
    code: c.code,
    number: c.number,
    issuer: c.issuer,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    status: c.status,
    statusReason: c.statusReason,
    verifiedBy: c.verifiedBy,
    verifiedAt: c.verifiedAt,
    evidenceNote: c.evidenceNote,
    expired: c.validUntil < today,
    product: tkdnProductOf(c),
  };
}

/** The product a TKDN certificate certifies; null for other certificates. */
export function tkdnProductOf(c: SupplierCertification): TkdnProductDto | null {
  return c.productName
    ? { name: c.productName, partCategory: c.partCategory!, tkdnPercent: c.tkdnPercent!, bmpPercent: c.bmpPercent }
    : null;
}

/** A certificate's fields as declared, names and numbers trimmed. */
export function toCertificateWrite(c: CreateCertificationDto): CertificateWrite {
  return {
    code: c.code,
    number: c.number.trim(),
    issuer: c.issuer.trim(),
    validFrom: c.validFrom ?? null,
    validUntil: c.validUntil,
    evidenceNote: c.evidenceNote ?? null,
    productName: c.product?.name.trim() ?? null,
    partCategory: c.product?.partCategory ?? null,
    tkdnPercent: c.product?.tkdnPercent ?? null,
    bmpPercent: c.product?.bmpPercent ?? null,
  };
}
