import type { CreateExerciseRequest, CreateExerciseResponse, Recipient } from '@borderline/shared';
import { createExerciseOverHttp, HeadlessClient, joinOverHttp } from '@borderline/shared/client';

/** The first scenario's teams, in their order of decision. */
export const TEAM_IDS = ['washington', 'mexico-city', 'cartels'] as const;
export type TeamId = (typeof TEAM_IDS)[number];

export interface SeatedPlayer {
  client: HeadlessClient;
  playerId: string;
  token: string;
  name: string;
  team: string | null;
}

/** Control, two players per team (the first to join leads), and an observer, all over sockets. */
export interface FullTable {
  baseUrl: string;
  created: CreateExerciseResponse;
  facilitator: HeadlessClient;
  teams: Record<TeamId, [SeatedPlayer, SeatedPlayer]>;
  observer: SeatedPlayer;
  /** Every client, Control first. */
  everyone: HeadlessClient[];
}

export interface TableOptions {
  settings?: CreateExerciseRequest['settings'];
  /** Keep every payload each client receives. */
  capture?: boolean;
  /** Called as soon as each client has its first view (before anything else can arrive). */
  onConnect?: (client: HeadlessClient, recipient: Recipient) => void;
}

export async function connectPlayer(
  baseUrl: string,
  exerciseId: string,
  token: string,
  capture = false,
): Promise<HeadlessClient> {
  return HeadlessClient.connect({
    baseUrl,
    auth: { exerciseId, role: 'player', token },
    capture,
    timeoutMs: 5_000,
  });
}

export async function seatPlayer(
  baseUrl: string,
  created: CreateExerciseResponse,
  name: string,
  team: string | null,
  options: TableOptions = {},
): Promise<SeatedPlayer> {
  const joined = await joinOverHttp(baseUrl, { joinCode: created.joinCode, name, team });
  const client = await connectPlayer(baseUrl, created.exerciseId, joined.token, options.capture);
  options.onConnect?.(
    client,
    team === null
      ? { kind: 'observer', player: joined.playerId }
      : { kind: 'team', team, player: joined.playerId },
  );
  return { client, playerId: joined.playerId, token: joined.token, name, team };
}

export async function connectFacilitator(
  baseUrl: string,
  created: CreateExerciseResponse,
  capture = false,
): Promise<HeadlessClient> {
  return HeadlessClient.connect({
    baseUrl,
    auth: { exerciseId: created.exerciseId, role: 'facilitator', key: created.facilitatorKey },
    capture,
    timeoutMs: 5_000,
  });
}

/** Creates an exercise of the first scenario and seats everybody. */
export async function seatFullTable(
  baseUrl: string,
  options: TableOptions = {},
): Promise<FullTable> {
  const created = await createExerciseOverHttp(baseUrl, {
    scenarioId: 'us-mexico-2026',
    settings: options.settings ?? { seed: 5 },
  });
  const facilitator = await connectFacilitator(baseUrl, created, options.capture);
  options.onConnect?.(facilitator, { kind: 'facilitator' });
  const seat = async (team: TeamId): Promise<[SeatedPlayer, SeatedPlayer]> => [
    await seatPlayer(baseUrl, created, `${team} one`, team, options),
    await seatPlayer(baseUrl, created, `${team} two`, team, options),
  ];
  const teams = {
    washington: await seat('washington'),
    'mexico-city': await seat('mexico-city'),
    cartels: await seat('cartels'),
  };
  const observer = await seatPlayer(baseUrl, created, 'Evaluator', null, options);
  const players = [...TEAM_IDS.flatMap((team) => teams[team]), observer];
  return {
    baseUrl,
    created,
    facilitator,
    teams,
    observer,
    everyone: [facilitator, ...players.map((player) => player.client)],
  };
}

export function closeFullTable(table: FullTable | undefined): void {
  for (const client of table?.everyone ?? []) client.close();
}
