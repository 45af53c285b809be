/**
 * The match state machine of the contract, as data: which event moves which
 * state, and who may send it. Pure, so that the rules are read in one place
 * and unit-tested; the service applies them under a row lock.
 *
 *   shortlisted → introduced → engaged → won | lost
 *   introduced → declined (either side);  shortlisted | introduced → withdrawn (curator)
 *   accept: each side once; when both sides have accepted, introduced → engaged.
 */
export const MATCH_STATUSES = ['shortlisted', 'introduced', 'engaged', 'won', 'lost', 'declined', 'withdrawn'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** From engaged on, both sides wanted it: each sees the other's contact. */
export const CONTACTS_EXCHANGED: readonly MatchStatus[] = ['engaged', 'won', 'lost'];
export const EVENT_TYPES = ['introduce', 'accept', 'decline', 'win', 'lose', 'withdraw'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Who acts: a curator, or a member of the request's buyer or of the supplier. */
export type Actor = 'curator' | 'buyer' | 'supplier';

interface Rule {
  actors: Actor[];
  from: MatchStatus[];
}

const RULES: Record<EventType, Rule> = {
  introduce: { actors: ['curator'], from: ['shortlisted'] },
  accept: { actors: ['buyer', 'supplier'], from: ['introduced'] },
  decline: { actors: ['buyer', 'supplier'], from: ['introduced'] },
  win: { actors: ['buyer', 'curator'], from: ['engaged'] },
  lose: { actors: ['buyer', 'curator'], from: ['engaged'] },
  withdraw: { actors: ['curator'], from: ['shortlisted', 'introduced'] },
};

export interface MatchState {
  status: MatchStatus;
  buyerAccepted: boolean;
  supplierAccepted: boolean;
}

export type Transition =
  | { ok: true; status: MatchStatus; accepted?: 'buyer' | 'supplier' }
  | { ok: false; reason: 'role' | 'state' | 'already-applied' };

/** What an event does to a match, or why it may not be applied (role: 403; state or repeat: 409). */
export function transition(state: MatchState, type: EventType, actor: Actor): Transition {
  const rule = RULES[type];
  if (!rule.actors.includes(actor)) return { ok: false, reason: 'role' };
  if (!rule.from.includes(state.status)) return { ok: false, reason: 'state' };
  switch (type) {
    case 'introduce':
      return { ok: true, status: 'introduced' };
    case 'accept': {
      const side = actor as 'buyer' | 'supplier';
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
