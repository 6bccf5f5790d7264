import type {
  CreateExerciseRequest,
  CreateExerciseResponse,
  JoinInfoResponse,
  JoinRequest,
  JoinResponse,
} from '@borderline/shared';
import {
  createExerciseOverHttp,
  joinInfoOverHttp,
  joinOverHttp,
} from '@borderline/shared/http-client';
import { useExerciseStore, type ExerciseStore } from '../state/exercise-store';
import { seatTaken } from '../state/session-slice';

export interface HttpOptions {
  /** The server; the page's own origin ("") when absent. */
  baseUrl?: string;
  store?: ExerciseStore;
}

/**
 * Creates an exercise and takes Control's seat at once: the key is shown
 * only once, so it is remembered before anything else can go wrong.
 * Throws the shared client's HttpError with the server's code and message.
 */
export async function createExercise(
  request: Partial<CreateExerciseRequest> & { scenarioId: string },
  options: HttpOptions = {},
): Promise<CreateExerciseResponse> {
  const created = await createExerciseOverHttp(options.baseUrl ?? '', request);
  const seat = {
    exerciseId: created.exerciseId,
    role: 'facilitator' as const,
    key: created.facilitatorKey,
    playerId: null,
  };
  (options.store ?? useExerciseStore).setState((state) => ({
    session: seatTaken(state.session, seat),
  }));
  return created;
}

/** What the join page shows for a code: the exercise's teams and their seats. */
export function lookUpJoinCode(code: string, options: HttpOptions = {}): Promise<JoinInfoResponse> {
  return joinInfoOverHttp(options.baseUrl ?? '', code);
}

/** Takes a seat in a team (or among the observers, `team: null`) and remembers its token. */
export async function joinExercise(
  request: JoinRequest,
  options: HttpOptions = {},
): Promise<JoinResponse> {
  const joined = await joinOverHttp(options.baseUrl ?? '', request);
  const seat = {
    exerciseId: joined.exerciseId,
    role: 'player' as const,
    token: joined.token,
    playerId: joined.playerId,
  };
  (options.store ?? useExerciseStore).setState((state) => ({
    session: seatTaken(state.session, seat),
  }));
  return joined;
}
