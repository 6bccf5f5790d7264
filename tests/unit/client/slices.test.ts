import type { ExerciseView } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  connectionClosed,
  connectionLost,
  connectionOpened,
  connectionRefused,
  connectionStarted,
  initialConnection,
  networkReturned,
} from '../../../client/src/state/connection-slice';
import {
  draftCleared,
  draftKey,
  draftWritten,
  initialDrafts,
} from '../../../client/src/state/drafts-slice';
import {
  initialReflectionDrafts,
  reflectionDraftCleared,
  reflectionDraftKey,
  reflectionDraftWritten,
} from '../../../client/src/state/reflection-drafts-slice';
import {
  authOf,
  initialSession,
  seatForgotten,
  seatKey,
  seatLeft,
  seatResumed,
  seatTaken,
  type Seat,
} from '../../../client/src/state/session-slice';
import { languageChosen } from '../../../client/src/state/ui-slice';
import { initialView, viewCleared, viewReceived } from '../../../client/src/state/view-slice';

const facilitator: Seat = {
  exerciseId: 'exercise-1',
  role: 'facilitator',
  key: 'k'.repeat(32),
  playerId: null,
};
const player: Seat = {
  exerciseId: 'exercise-1',
  role: 'player',
  token: 't'.repeat(32),
  playerId: 'p-1',
};

describe('the connection slice', () => {
  it('goes connecting → connected → reconnecting → connected, keeping the time of the last success', () => {
    const connecting = connectionStarted(initialConnection);
    expect(connecting.status).toBe('connecting');
    const connected = connectionOpened(connecting, 1_000);
    expect(connected).toEqual({ status: 'connected', error: null, lastConnectedAt: 1_000 });
    const lost = connectionLost(connected, true);
    expect(lost).toEqual({ status: 'reconnecting', error: null, lastConnectedAt: 1_000 });
    expect(connectionOpened(lost, 2_000).lastConnectedAt).toBe(2_000);
  });

  it('stays "connecting" while the first attempts fail', () => {
    expect(connectionLost(connectionStarted(initialConnection), true).status).toBe('connecting');
  });

  it('says offline when the browser has no network, and reconnecting once it is back', () => {
    const offline = connectionLost(connectionOpened(initialConnection, 5), false);
    expect(offline.status).toBe('offline');
    expect(networkReturned(offline).status).toBe('reconnecting');
    const connected = connectionOpened(initialConnection, 5);
    expect(networkReturned(connected)).toBe(connected);
  });

  it('keeps the server’s reason when refused, and a refusal or a close is not undone by a late drop', () => {
    const refused = connectionRefused(connectionStarted(initialConnection), {
      code: 'unauthorized',
      message: 'The seat token is not valid.',
    });
    expect(refused.status).toBe('refused');
    expect(refused.error?.message).toBe('The seat token is not valid.');
    expect(connectionLost(refused, true)).toBe(refused);
    const closed = connectionClosed(connectionOpened(initialConnection, 9));
    expect(closed).toEqual({ status: 'idle', error: null, lastConnectedAt: 9 });
    expect(connectionLost(closed, true)).toBe(closed);
    expect(connectionStarted(refused).error).toBeNull();
  });
});

describe('the session slice', () => {
  it('keeps a seat per exercise and role, and resumes it', () => {
    const both = seatTaken(seatTaken(initialSession, facilitator), player);
    expect(both.current).toBe(player);
    expect(Object.keys(both.saved).sort()).toEqual([
      seatKey('exercise-1', 'facilitator'),
      seatKey('exercise-1', 'player'),
    ]);
    const left = seatLeft(both);
    expect(left.current).toBeNull();
    expect(seatResumed(left, 'exercise-1', 'facilitator').current).toEqual(facilitator);
    expect(seatResumed(left, 'exercise-2', 'player')).toBe(left);
  });

  it('forgets a seat, and the current one with it', () => {
    const session = seatTaken(seatTaken(initialSession, facilitator), player);
    const forgotten = seatForgotten(session, 'exercise-1', 'player');
    expect(forgotten.current).toBeNull();
    expect(Object.values(forgotten.saved)).toEqual([facilitator]);
    expect(seatForgotten(forgotten, 'exercise-1', 'facilitator').saved).toEqual({});
  });

  it('makes the strict handshake payload of a seat, without the player id', () => {
    expect(authOf(player)).toEqual({
      exerciseId: 'exercise-1',
      role: 'player',
      token: 't'.repeat(32),
    });
    expect(authOf(facilitator)).toEqual({
      exerciseId: 'exercise-1',
      role: 'facilitator',
      key: 'k'.repeat(32),
    });
  });
});

describe('the view, drafts, reflection drafts and ui slices', () => {
  it('replaces the view whole and clears it', () => {
    const view = { exercise: { id: 'exercise-1' } } as unknown as ExerciseView;
    const received = viewReceived(initialView, view, 42);
    expect(received).toEqual({ current: view, receivedAt: 42 });
    expect(viewCleared(received)).toEqual(initialView);
    expect(viewCleared(initialView)).toBe(initialView);
  });

  it('keeps a draft per exercise and team, and clears it', () => {
    const key = draftKey('exercise-1', 'washington');
    const written = draftWritten(initialDrafts, key, { kind: 'hold', statement: 'We wait' }, 2, 7);
    expect(written.byKey[key]).toEqual({
      draft: { kind: 'hold', statement: 'We wait' },
      move: 2,
      updatedAt: 7,
    });
    expect(draftCleared(written, key)).toEqual(initialDrafts);
    expect(draftCleared(initialDrafts, key)).toBe(initialDrafts);
  });

  it('keeps a reflection draft per exercise and player, and clears it', () => {
    const key = reflectionDraftKey('exercise-1', 'p-4f2a');
    expect(key).not.toBe(reflectionDraftKey('exercise-2', 'p-4f2a'));
    const written = reflectionDraftWritten(initialReflectionDrafts, key, { why: 'Because' }, 7);
    expect(written.byKey[key]).toEqual({ answers: { why: 'Because' }, updatedAt: 7 });
    expect(reflectionDraftCleared(written, key)).toEqual(initialReflectionDrafts);
    expect(reflectionDraftCleared(initialReflectionDrafts, key)).toBe(initialReflectionDrafts);
  });

  it('changes the language only when it differs', () => {
    const ui = { language: 'en' as const };
    expect(languageChosen(ui, 'en')).toBe(ui);
    expect(languageChosen(ui, 'es')).toEqual({ language: 'es' });
  });
});
