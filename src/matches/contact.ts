/** One side's contact as the other side sees it from engaged on: the supplier's phone, or the buyer's person who accepted. */
export interface Contact {
  name: string;
  person?: string;
  phone?: string;
  email: string;
}
