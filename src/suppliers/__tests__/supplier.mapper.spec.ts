import type { Supplier } from '../supplier.entity';
import type { SupplierCertification } from '../supplier-certification.entity';
import { toCertificateWrite, toCertificationResponse, toSupplierResponse, toSupplierWrite } from '../supplier.mapper';

const supplier = {
  id: 's1',
  name: 'CV Logam Jaya',
  nib: '9120001234567',
  npwp: '0123456789012345',
  kbli: ['24320'],
  sizeClass: 'small',
  description: 'Cor aluminium.',
  regencyCode: '32.13',
  address: 'Jl. Raya',
  lat: -6.5,
  lng: 107.7,
  estateId: null,
  processes: ['casting.hpdc'],
  materials: ['aluminium'],
  productCategories: [],
  monthlyCapacityQuantity: 2000,
  monthlyCapacityUnit: 'pcs',
  employees: 40,
  tkdnPercent: 45.5,
  machines: [],
  contactPhone: '+62 812 1',
  contactEmail: 'cv@logam.id',
  verification: 'verified',
  verificationReason: null,
  verifiedAt: new Date('2026-11-01T00:00:00Z'),
  version: 3,
  createdAt: new Date('2026-10-01T00:00:00Z'),
  updatedAt: new Date('2026-11-01T00:00:00Z'),
} as unknown as Supplier;

describe('supplier mapper', () => {
  it('shows NPWP to private viewers only and the contact to contact viewers too', () => {
    const publicView = toSupplierResponse(supplier, [], 'public');
    expect(publicView).not.toHaveProperty('npwp');
    expect(publicView).not.toHaveProperty('contact');
    expect(toSupplierResponse(supplier, [], 'contact')).toMatchObject({ contact: { phone: '+62 812 1' } });
    expect(toSupplierResponse(supplier, [], 'contact')).not.toHaveProperty('npwp');
    expect(toSupplierResponse(supplier, [], 'private')).toMatchObject({
      npwp: '0123456789012345',
      monthlyCapacity: { quantity: 2000, unit: 'pcs' },
      location: { lat: -6.5, lng: 107.7 },
    });
  });

  it('writes only what a body sends: lists without repeats, a capacity of null clears both columns', () => {
    expect(toSupplierWrite({ processes: ['a.b', 'a.b', 'c'] })).toMatchObject({
      processes: ['a.b', 'c'],
      name: undefined,
    });
    expect(toSupplierWrite({ monthlyCapacity: null })).toMatchObject({
      monthlyCapacityQuantity: null,
      monthlyCapacityUnit: null,
    });
    expect(toSupplierWrite({})).toMatchObject({ monthlyCapacityQuantity: undefined, monthlyCapacityUnit: undefined });
  });

  it('marks a certificate expired from the day after its validUntil, and trims what owners type', () => {
    const certificate = { validUntil: '2026-11-30' } as SupplierCertification;
    expect(toCertificationResponse(certificate, '2026-11-30').expired).toBe(false);
    expect(toCertificationResponse(certificate, '2026-12-01').expired).toBe(true);
    expect(
      toCertificateWrite({ code: 'iso_9001', number: ' QMS-1 ', issuer: ' Sucofindo ', validUntil: '2027-01-01' }),
    ).toEqual({
      code: 'iso_9001',
      number: 'QMS-1',
      issuer: 'Sucofindo',
      validFrom: null,
      validUntil: '2027-01-01',
      evidenceNote: null,
      productName: null,
      partCategory: null,
      tkdnPercent: null,
      bmpPercent: null,
    });
    expect(toCertificationResponse(certificate, '2026-11-30').product).toBeNull();
  });
});
