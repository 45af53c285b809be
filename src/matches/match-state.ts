/**
 * The match state machine of the contract, as data: which event moves which
 * state, and who may send it from which state. Pure, so that the rules are
 * read in one place and unit-tested; the service applies them under a row lock.
 *
 *   requested → introduced | declined (curator, with a reason)
 *   shortlisted → introduced → engaged → won | lost
 *   introduced → declined (either side);  shortlisted | introduced → withdrawn (curator)
 *   accept: each side once; when both sides have accepted, introduced → engaged.
 *
 * A match begins as `requested` when a side asks for an introduction, or as
 * `shortlisted` when a curator proposes it (CREATED_BY).
 */
export const MATCH_STATUSES = [
  'requested',
  'shortlisted',
  'introduced',
  'engaged',
  'won',
  'lost',
  'declined',
  'withdrawn',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** From engaged on, both sides wanted it: each sees the other's contact. */
export const CONTACTS_EXCHANGED: readonly MatchStatus[] = ['engaged', 'won', 'lost'];
export const EVENT_TYPES = ['introduce', 'accept', 'decline', 'win', 'lose', 'withdraw'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Who acts: a curator, or a member of the request's buyer or of the supplier. */
export type Actor = 'curator' | 'buyer' | 'supplier';
export type Side = Exclude<Actor, 'curator'>;
/** The event that creates a match, by who creates it, and the state it starts in. */
export const CREATED_BY = {
  curator: { type: 'shortlist', status: 'shortlisted' },
  buyer: { type: 'request', status: 'requested' },
  supplier: { type: 'request', status: 'requested' },
} as const satisfies Record<Actor, { type: string; status: MatchStatus }>;

/** For each event, who may send it and from which states. */
const RULES: Record<EventType, Partial<Record<Actor, MatchStatus[]>>> = {
  introduce: { curator: ['requested', 'shortlisted'] },
  accept: { buyer: ['introduced'], supplier: ['introduced'] },
  // A side declines an introduction; a curator declines a side's request for one.
  decline: { buyer: ['introduced'], supplier: ['introduced'], curator: ['requested'] },
  win: { buyer: ['engaged'], curator: ['engaged'] },
  lose: { buyer: ['engaged'], curator: ['engaged'] },
  withdraw: { curator: ['shortlisted', 'introduced'] },
};

/** Events whose sender must say why: a curator turning down a side's request answers that side. */
export const needsReason = (type: EventType, actor: Actor, from: MatchStatus): boolean =>
  type === 'decline' && actor === 'curator' && from === 'requested';

export interface MatchState {
  status: MatchStatus;
  buyerAccepted: boolean;
  supplierAccepted: boolean;
}

export type Transition =
  { ok: true; status: MatchStatus; accepted?: Side } | { ok: false; reason: 'role' | 'state' | 'already-applied' };

/**
 * What an event does to a match, or why it may not be applied: 'role' (403)
 * when the actor may never send it, 'state' or 'already-applied' (409) when
 * it may, but not now.
 */
export function transition(state: MatchState, type: EventType, actor: Actor): Transition {
  const from = RULES[type][actor];
  if (!from) return { ok: false, reason: 'role' };
  if (!from.includes(state.status)) return { ok: false, reason: 'state' };
  switch (type) {
    case 'introduce':
      return { ok: true, status: 'introduced' };
    case 'accept': {
      const side = actor as Side;
      const already = side === 'buyer' ? state.buyerAccepted : state.supplierAccepted;
      if (already) return { ok: false, reason: 'already-applied' };
      const otherAccepted = side === 'buyer' ? state.supplierAccepted : state.buyerAccepted;
      return { ok: true, status: otherAccepted ? 'engaged' : 'introduced', accepted: side };
    }
    case 'decline':
      return { ok: true, status: 'declined' };
    case 'win':
      return { ok: true, status: 'won' };
    case 'lose':
      return { ok: true, status: 'lost' };
    case 'withdraw':
      return { ok: true, status: 'withdrawn' };
  }
}
