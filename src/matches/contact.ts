/**
 * One side's contact as the other side sees it from engaged on: the
 * supplier's contact phone, or the buyer's person who accepted, with their
 * account's phone; and WhatsApp's click-to-chat link when that is a mobile number.
 */
export interface Contact {
  name: string;
  person?: string;
  phone?: string | null;
  email: string;
  whatsappUrl?: string;
}
