import { Actor, EVENT_TYPES, MATCH_STATUSES, MatchState, needsReason, transition } from '../match-state';

const state = (status: MatchState['status'], buyerAccepted = false, supplierAccepted = false): MatchState => ({
  status,
  buyerAccepted,
  supplierAccepted,
});

describe('match state machine', () => {
  it('follows the happy path to won, with both sides accepting', () => {
    expect(transition(state('shortlisted'), 'introduce', 'curator')).toEqual({ ok: true, status: 'introduced' });
    expect(transition(state('introduced'), 'accept', 'buyer')).toEqual({
      ok: true,
      status: 'introduced',
      accepted: 'buyer',
    });
    expect(transition(state('introduced', true), 'accept', 'supplier')).toEqual({
      ok: true,
      status: 'engaged',
      accepted: 'supplier',
    });
    expect(transition(state('engaged', true, true), 'win', 'buyer')).toEqual({ ok: true, status: 'won' });
    expect(transition(state('engaged', true, true), 'lose', 'curator')).toEqual({ ok: true, status: 'lost' });
  });

  it("lets a curator introduce or decline a side's request, which needs a reason", () => {
    expect(transition(state('requested'), 'introduce', 'curator')).toEqual({ ok: true, status: 'introduced' });
    expect(transition(state('requested'), 'decline', 'curator')).toEqual({ ok: true, status: 'declined' });
    expect(transition(state('requested'), 'decline', 'buyer')).toEqual({ ok: false, reason: 'state' });
    expect(transition(state('introduced'), 'decline', 'curator')).toEqual({ ok: false, reason: 'state' });
    expect(needsReason('decline', 'curator', 'requested')).toBe(true);
    expect(needsReason('decline', 'supplier', 'introduced')).toBe(false);
  });

  it('refuses a second accept by the same side', () => {
    expect(transition(state('introduced', true), 'accept', 'buyer')).toEqual({ ok: false, reason: 'already-applied' });
  });

  it('answers role before state, for every event, actor and status', () => {
    const allowedActors: Record<string, Actor[]> = {
      introduce: ['curator'],
      accept: ['buyer', 'supplier'],
      decline: ['buyer', 'supplier', 'curator'],
      win: ['buyer', 'curator'],
      lose: ['buyer', 'curator'],
      withdraw: ['curator'],
    };
    // The states each allowed actor may send it from: a curator declines only a side's request.
    const allowedFrom = (type: string, actor: Actor): string[] =>
      ({
        introduce: ['requested', 'shortlisted'],
        accept: ['introduced'],
        decline: actor === 'curator' ? ['requested'] : ['introduced'],
        win: ['engaged'],
        lose: ['engaged'],
        withdraw: ['shortlisted', 'introduced'],
      })[type]!;
    for (const type of EVENT_TYPES) {
      for (const actor of ['curator', 'buyer', 'supplier'] as Actor[]) {
        for (const status of MATCH_STATUSES) {
          const result = transition(state(status), type, actor);
          const expected = !allowedActors[type].includes(actor)
            ? 'role'
            : !allowedFrom(type, actor).includes(status)
              ? 'state'
              : 'ok';
          expect({ type, actor, status, result: result.ok ? 'ok' : result.reason }).toEqual({
            type,
            actor,
            status,
            result: expected,
          });
        }
      }
    }
  });
});
