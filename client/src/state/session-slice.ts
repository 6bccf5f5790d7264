import type { SocketAuth } from '@borderline/shared';

/**
 * A seat this browser holds in an exercise: the socket's credentials (the
 * facilitator key or the seat token) and the player id. A browser may hold
 * both roles in one exercise (Control's console, and an observer seat for the
 * projector in another tab), so seats are kept per exercise and role.
 */
export type Seat = SocketAuth & { playerId: string | null };

export type SeatRole = Seat['role'];

export interface SessionSlice {
  /** The seat this tab is using; null on the catalogue. */
  current: Seat | null;
  /** Every seat this browser holds, by `seatKey` (persisted: a reload comes back to it). */
  saved: Record<string, Seat>;
}

export const initialSession: SessionSlice = { current: null, saved: {} };

export function seatKey(exerciseId: string, role: SeatRole): string {
  return `${exerciseId}:${role}`;
}

/** The handshake payload of a seat (SocketAuth is strict: no extra field may go along). */
export function authOf(seat: Seat): SocketAuth {
  return seat.role === 'facilitator'
    ? { exerciseId: seat.exerciseId, role: 'facilitator', key: seat.key }
    : { exerciseId: seat.exerciseId, role: 'player', token: seat.token };
}

/** Takes a seat (after creating or joining an exercise) and remembers it. */
export function seatTaken(session: SessionSlice, seat: Seat): SessionSlice {
  return {
    current: seat,
    saved: { ...session.saved, [seatKey(seat.exerciseId, seat.role)]: seat },
  };
}

/** Comes back to a remembered seat (after a reload); unchanged if there is none. */
export function seatResumed(
  session: SessionSlice,
  exerciseId: string,
  role: SeatRole,
): SessionSlice {
  const seat = session.saved[seatKey(exerciseId, role)];
  return seat === undefined ? session : { ...session, current: seat };
}

/** Leaves the seat in this tab but remembers it. */
export function seatLeft(session: SessionSlice): SessionSlice {
  return session.current === null ? session : { ...session, current: null };
}

/** Forgets a seat's credentials for good (removed, deleted exercise, or the user asked). */
export function seatForgotten(
  session: SessionSlice,
  exerciseId: string,
  role: SeatRole,
): SessionSlice {
  const key = seatKey(exerciseId, role);
  const saved = Object.fromEntries(Object.entries(session.saved).filter(([k]) => k !== key));
  const current =
    session.current?.exerciseId === exerciseId && session.current.role === role
      ? null
      : session.current;
  return { current, saved };
}
