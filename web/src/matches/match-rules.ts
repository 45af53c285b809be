import type { Schemas } from '../api/client';
import type { Role } from '../auth/use-session';

type Match = Schemas['MatchDto'];
export type MatchStatus = Match['status'];
export type MatchEventType = Schemas['MatchEventDto']['type'];
/** Who looks at a match: a curator, or a member of the request's buyer or of the supplier. */
export type Viewer = 'curator' | 'buyer' | 'supplier';

export const MATCH_STATUSES: MatchStatus[] = [
  'requested',
  'shortlisted',
  'introduced',
  'engaged',
  'won',
  'lost',
  'declined',
  'withdrawn',
];
/** Still moving: someone has something to do. */
export const OPEN_STATUSES: MatchStatus[] = ['requested', 'shortlisted', 'introduced', 'engaged'];

/** The side a role acts for in the inbox; admins and estate managers have none (the API refuses them). */
export function viewerOf(role: Role): Viewer | undefined {
  if (role === 'curator') return 'curator';
  if (role === 'oem_buyer') return 'buyer';
  if (role === 'ikm_owner') return 'supplier';
  return undefined;
}

/**
 * What the viewer may do with the match now: the API's state machine (src/matches/match-state.ts)
 * seen from one side, so that only buttons that can succeed are shown.
 */
export function actionsFor(match: Match, viewer: Viewer): MatchEventType[] {
  switch (viewer) {
    case 'supplier':
      return match.status === 'introduced' && !match.supplierAccepted ? ['accept', 'decline'] : [];
    case 'buyer':
      if (match.status === 'introduced' && !match.buyerAccepted) return ['accept', 'decline'];
      return match.status === 'engaged' ? ['win', 'lose'] : [];
    case 'curator':
      if (match.status === 'requested') return ['introduce', 'decline'];
      if (match.status === 'shortlisted') return ['introduce', 'withdraw'];
      if (match.status === 'introduced') return ['withdraw'];
      return match.status === 'engaged' ? ['win', 'lose'] : [];
  }
}

/** A curator turning down a side's request must say why: the API sends the reason to that side. */
export const needsNote = (type: MatchEventType, viewer: Viewer, match: Match) =>
  type === 'decline' && viewer === 'curator' && match.status === 'requested';

/** Whether the match waits for the viewer's side (not merely allows it something, as a curator's withdrawal). */
export function isViewersMove(match: Match, viewer: Viewer): boolean {
  const waiting = waitingFor(match);
  if (viewer === 'curator') return waiting === 'curator';
  if (viewer === 'buyer') return waiting === 'outcome' || actionsFor(match, viewer).length > 0;
  return actionsFor(match, viewer).length > 0;
}

/** Whose move it is (a message key under `matches.waiting`), or undefined once the match is over. */
export function waitingFor(match: Match): 'curator' | 'both' | 'buyer' | 'supplier' | 'outcome' | undefined {
  switch (match.status) {
    case 'requested':
    case 'shortlisted':
      return 'curator';
    case 'introduced':
      if (!match.buyerAccepted && !match.supplierAccepted) return 'both';
      return match.buyerAccepted ? 'supplier' : 'buyer';
    case 'engaged':
      return 'outcome';
    default:
      return undefined;
  }
}
