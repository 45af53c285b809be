/**
 * Who besides a supplier's members and staff may read its contact. Contacts
 * are exchanged through matches, which this module does not know: the
 * matches module provides the answer under this token (dependency
 * inversion), so suppliers never import matches.
 */
export const CONTACT_ACCESS = Symbol('CONTACT_ACCESS');

export interface ContactAccess {
  /** Whether the user belongs to a buyer whose match with the supplier has reached the exchange of contacts. */
  exchanged(userId: string, supplierId: string): Promise<boolean>;
}
