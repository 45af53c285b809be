import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles';
import type { MarkedReadDto, NotificationDto, NotificationListDto, NotificationQuery } from './dto/notification.dto';
import { NotificationsRepository } from './notifications.repository';

/**
 * What needs someone's attention, as inbox entries and e-mails. The notify*
 * methods run in the transaction of the change that causes them, so that a
 * notification exists exactly when its cause does. Texts are Indonesian;
 * `type` and `data` let a client write its own.
 */
/** A body holds at most 2,000 characters: a curator's words (up to 2,000 themselves) are shortened to fit. */
const REASON_CHARS = 1200;
const quoted = (words: string) =>
  words.length > REASON_CHARS ? `${words.slice(0, REASON_CHARS - 1).trimEnd()}…` : words;

/** A WIB day (YYYY-MM-DD) as Indonesians write it: 7 Desember 2026. */
const day = (isoDay: string) =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );

@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async matchIntroduced(
    manager: EntityManager,
    m: {
      matchId: string;
      buyerId: string;
      supplierId: string;
      supplierName: string;
      buyerName: string;
      requestTitle: string;
    },
  ) {
    // One after the other: both run on the caller's transaction, one connection.
    const buyerSide = await this.notifications.notifyMembers(manager, [m.buyerId], {
      type: 'match_introduced',
      title: 'Kurator memperkenalkan calon pemasok',
      body: `${m.supplierName} diperkenalkan untuk permintaan "${m.requestTitle}". Terima atau tolak perkenalan ini di Rantai.`,
      data: { matchId: m.matchId },
    });
    const supplierSide = await this.notifications.notifyMembers(manager, [m.supplierId], {
      type: 'match_introduced',
      title: 'Kurator memperkenalkan calon pembeli',
      body: `${m.buyerName} mencari pemasok untuk "${m.requestTitle}". Terima atau tolak perkenalan ini di Rantai.`,
      data: { matchId: m.matchId },
    });
    return buyerSide + supplierSide;
  }

  matchAccepted(
    manager: EntityManager,
    m: { matchId: string; notifyOrganizationId: string; byName: string; requestTitle: string; engaged: boolean },
  ) {
    return this.notifications.notifyMembers(manager, [m.notifyOrganizationId], {
      type: 'match_accepted',
      title: `${m.byName} menerima perkenalan`,
      body: m.engaged
        ? `Kedua pihak menerima perkenalan untuk "${m.requestTitle}": kontak kini terlihat di Rantai.`
        : `${m.byName} menerima perkenalan untuk "${m.requestTitle}". Terima juga agar kontak saling terlihat.`,
      data: { matchId: m.matchId },
    });
  }

  /** The side that asked for an introduction learns that a curator declined it, and why. */
  matchRequestDeclined(
    manager: EntityManager,
    m: { matchId: string; notifyOrganizationId: string; counterpartName: string; requestTitle: string; reason: string },
  ) {
    return this.notifications.notifyMembers(manager, [m.notifyOrganizationId], {
      type: 'match_request_declined',
      title: 'Permintaan perkenalan tidak dilanjutkan',
      body: `Kurator BBSPJILM tidak melanjutkan permintaan perkenalan dengan ${m.counterpartName} untuk "${m.requestTitle}". Alasan: ${quoted(m.reason)}`,
      data: { matchId: m.matchId },
    });
  }

  certificationVerified(
    manager: EntityManager,
    c: { supplierId: string; certificationId: string; name: string; number: string },
  ) {
    return this.notifications.notifyMembers(manager, [c.supplierId], {
      type: 'certification_verified',
      title: 'Sertifikat dicek kurator BBSPJILM',
      body: `Kurator BBSPJILM telah mengecek keabsahan sertifikat ${c.name} Anda (No. ${c.number}); pembeli kini melihatnya sebagai terverifikasi.`,
      data: { supplierId: c.supplierId, certificationId: c.certificationId },
    });
  }

  /** How an engaged match ended, told to the organisations concerned (the supplier, and the buyer when a curator recorded it). */
  matchClosed(
    manager: EntityManager,
    m: { matchId: string; organizationIds: string[]; won: boolean; buyerName: string; requestTitle: string },
  ) {
    return this.notifications.notifyMembers(manager, m.organizationIds, {
      type: m.won ? 'match_won' : 'match_lost',
      title: m.won ? 'Selamat, kesepakatan tercapai' : 'Kesepakatan tidak tercapai',
      body: m.won
        ? `Kerja sama untuk "${m.requestTitle}" dengan ${m.buyerName} dicatat berhasil di Rantai.`
        : `Kerja sama untuk "${m.requestTitle}" dengan ${m.buyerName} dicatat tidak berlanjut. Permintaan lain yang cocok tetap terlihat di Rantai.`,
      data: { matchId: m.matchId },
    });
  }

  /** A curator's verdict on a profile, with the reason for a rejection or what a verification rests on. */
  profileReviewed(
    manager: EntityManager,
    p: { supplierId: string; name: string; verdict: 'verified' | 'rejected'; reason: string | null },
  ) {
    const words = p.reason ? ` ${p.verdict === 'rejected' ? 'Alasan' : 'Catatan kurator'}: ${quoted(p.reason)}` : '';
    return this.notifications.notifyMembers(manager, [p.supplierId], {
      type: p.verdict === 'verified' ? 'profile_verified' : 'profile_rejected',
      title: p.verdict === 'verified' ? 'Profil diverifikasi kurator BBSPJILM' : 'Profil ditolak kurator BBSPJILM',
      body:
        p.verdict === 'verified'
          ? `Kurator BBSPJILM telah memverifikasi profil ${p.name}; pembeli kini melihatnya sebagai terverifikasi.${words}`
          : `Kurator BBSPJILM menolak verifikasi profil ${p.name}.${words} Setelah Anda memperbaiki data yang dimaksud, profil kembali masuk antrean verifikasi.`,
      data: { supplierId: p.supplierId },
    });
  }

  /** A member's edit changed claims a curator had judged: the profile waits for a curator again. */
  profileUnverified(
    manager: EntityManager,
    p: { supplierId: string; name: string; was: 'verified' | 'rejected'; changed: string[] },
  ) {
    return this.notifications.notifyMembers(manager, [p.supplierId], {
      type: 'profile_unverified',
      title: 'Profil menunggu verifikasi ulang',
      body: `Profil ${p.name} ${p.was === 'verified' ? 'tidak lagi terverifikasi' : 'kembali diperiksa'} karena data berikut diubah: ${p.changed.join(', ')}. Kurator BBSPJILM akan memeriksanya kembali.`,
      data: { supplierId: p.supplierId },
    });
  }

  certificationRejected(
    manager: EntityManager,
    c: { supplierId: string; certificationId: string; name: string; number: string; reason: string },
  ) {
    return this.notifications.notifyMembers(manager, [c.supplierId], {
      type: 'certification_rejected',
      title: 'Sertifikat ditolak kurator BBSPJILM',
      body: `Kurator BBSPJILM menolak sertifikat ${c.name} Anda (No. ${c.number}). Alasan: ${quoted(c.reason)}`,
      data: { supplierId: c.supplierId, certificationId: c.certificationId },
    });
  }

  requestPublished(
    manager: EntityManager,
    r: { requestId: string; title: string; buyerName: string; supplierIds: string[] },
  ) {
    if (r.supplierIds.length === 0) return Promise.resolve(0);
    return this.notifications.notifyMembers(manager, r.supplierIds, {
      type: 'request_published',
      title: 'Permintaan baru yang cocok untuk Anda',
      body: `${r.buyerName} membuka permintaan "${r.title}" yang dapat Anda penuhi.`,
      data: { sourcingRequestId: r.requestId },
    });
  }

  /**
   * A step of a firm's request for a BBSPJILM service, told to the firm's
   * members: asked for (a confirmation, and news when a curator asked on the
   * firm's behalf), scheduled with its dates, started, done with the evidence
   * it recorded, or cancelled with the reason.
   */
  serviceRequestStep(
    manager: EntityManager,
    r: {
      serviceRequestId: string;
      supplierId: string;
      serviceName: string;
      status: 'requested' | 'scheduled' | 'in_progress' | 'done' | 'cancelled';
      startsOn: string | null;
      endsOn: string | null;
      evidence: { name: string; number: string } | null;
      note: string | null;
    },
  ) {
    const note = r.note ? ` Catatan kurator: ${quoted(r.note)}` : '';
    const dates =
      r.startsOn &&
      (r.endsOn && r.endsOn !== r.startsOn ? `${day(r.startsOn)} s.d. ${day(r.endsOn)}` : day(r.startsOn));
    const steps = {
      requested: {
        title: 'Permintaan layanan BBSPJILM diterima',
        body: `Permintaan layanan "${r.serviceName}" tercatat. Kurator BBSPJILM akan menghubungi Anda untuk jadwalnya.`,
      },
      scheduled: {
        title: 'Layanan BBSPJILM dijadwalkan',
        body: `Layanan "${r.serviceName}" dijadwalkan ${dates}.${note}`,
      },
      in_progress: { title: 'Layanan BBSPJILM dimulai', body: `Layanan "${r.serviceName}" sedang berjalan.${note}` },
      done: {
        title: 'Layanan BBSPJILM selesai',
        body: `Layanan "${r.serviceName}" selesai.${
          r.evidence
            ? ` ${r.evidence.name} No. ${r.evidence.number} tercatat di profil Anda sebagai terverifikasi.`
            : ''
        }${note}`,
      },
      cancelled: {
        title: 'Permintaan layanan BBSPJILM dibatalkan',
        body: `Permintaan layanan "${r.serviceName}" dibatalkan.${r.note ? ` Alasan: ${quoted(r.note)}` : ''}`,
      },
    };
    return this.notifications.notifyMembers(manager, [r.supplierId], {
      type: 'service_request',
      ...steps[r.status],
      data: { serviceRequestId: r.serviceRequestId, supplierId: r.supplierId, status: r.status },
    });
  }

  async list(user: AuthUser, query: NotificationQuery): Promise<NotificationListDto> {
    const { items, total, unread } = await this.notifications.list(user.id, query.unread, query.page, query.limit);
    return { items, total, unread, page: query.page, limit: query.limit };
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationDto> {
    const notification = await this.notifications.markRead(user.id, id);
    if (!notification) throw new NotFoundException('Not found.');
    return notification;
  }

  async markAllRead(user: AuthUser): Promise<MarkedReadDto> {
    return { marked: await this.notifications.markAllRead(user.id) };
  }
}
