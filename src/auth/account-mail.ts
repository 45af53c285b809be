import type { EntityManager } from 'typeorm';

/**
 * Where account mails go: the notifications module's outbox, provided under
 * this token (dependency inversion, as with CONTACT_ACCESS), because
 * notifications already depends on auth and a module may not import one that
 * imports it back.
 */
export const MAIL_OUTBOX = Symbol('MAIL_OUTBOX');

export interface OutgoingMail {
  toEmail: string;
  subject: string;
  body: string;
  /** The body holds a one-time link: the outbox blanks it once sent. */
  containsSecret: boolean;
}

export interface MailOutbox {
  /** Queues the mail in the caller's transaction, so that it exists exactly when its token does. */
  queue(manager: EntityManager, mail: OutgoingMail): Promise<void>;
}

/** Durations as people say them, for the mails. */
const duration = (seconds: number): string =>
  seconds % 3600 === 0 ? `${seconds / 3600} jam` : `${Math.round(seconds / 60)} menit`;

/**
 * The account mails, in Indonesian as the users read them: short, with the
 * link and, for clients that open no links, the token itself. The token goes
 * in the link's fragment (`#token=`), which browsers send to no server, so
 * that it reaches no web server log and no Referer header.
 */
export const accountMails = {
  passwordReset: (m: { fullName: string; link: string; token: string; ttlSeconds: number }) => ({
    subject: 'Atur ulang kata sandi Rantai',
    body: [
      `Halo ${m.fullName},`,
      '',
      `Kami menerima permintaan untuk mengatur ulang kata sandi akun Rantai Anda. Buka tautan berikut dalam ${duration(m.ttlSeconds)} untuk membuat kata sandi baru:`,
      '',
      m.link,
      '',
      `Kode atur ulang: ${m.token}`,
      '',
      'Tautan ini hanya dapat dipakai sekali. Jika Anda tidak meminta ini, abaikan e-mail ini: kata sandi Anda tidak berubah.',
      '',
      'Salam,',
      'Tim Rantai',
    ].join('\n'),
  }),
  emailVerification: (m: { fullName: string; link: string; token: string; ttlSeconds: number }) => ({
    subject: 'Verifikasi alamat e-mail Rantai Anda',
    body: [
      `Halo ${m.fullName},`,
      '',
      `Terima kasih telah mendaftar di Rantai. Buka tautan berikut dalam ${duration(m.ttlSeconds)} untuk memverifikasi alamat e-mail Anda:`,
      '',
      m.link,
      '',
      `Kode verifikasi: ${m.token}`,
      '',
      'Jika Anda tidak mendaftar di Rantai, abaikan e-mail ini.',
      '',
      'Salam,',
      'Tim Rantai',
    ].join('\n'),
  }),
};
