import type { CreateExerciseRequest, CreateExerciseResponse } from '@borderline/shared';
import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
  type InProcessServerOptions,
} from './in-process-server';
import { connectFacilitator, connectPlayer, seatPlayer, type SeatedPlayer } from './socket-table';

/**
 * A server of its own, one exercise of the first scenario and Control's
 * socket: what a socket test sets up before its first command. Every client
 * seated or connected through it is closed with it.
 */
export interface SocketExercise {
  server: InProcessServer;
  created: CreateExerciseResponse;
  control: HeadlessClient;
  /** Joins a player by name on a team (null: an observer) and connects the player's socket. */
  seat: (name: string, team: string | null) => Promise<SeatedPlayer>;
  /** Connects a socket with a seat's token (a player's, the projector's). */
  connect: (token: string) => Promise<HeadlessClient>;
  /** Closes every client, then the server; a second call does nothing. */
  close: () => Promise<void>;
}

/** Starts a server without rate limits (unless told otherwise) and creates the exercise with these settings. */
export async function openSocketExercise(
  settings: CreateExerciseRequest['settings'],
  serverOptions: InProcessServerOptions = {},
): Promise<SocketExercise> {
  const server = await startInProcessServer({ rateLimits: UNLIMITED, ...serverOptions });
  const created = await createExerciseOverHttp(server.baseUrl, {
    scenarioId: 'us-mexico-2026',
    settings,
  });
  const control = await connectFacilitator(server.baseUrl, created);
  const clients: HeadlessClient[] = [control];
  let closed = false;
  return {
    server,
    created,
    control,
    seat: async (name, team) => {
      const player = await seatPlayer(server.baseUrl, created, name, team);
      clients.push(player.client);
      return player;
    },
    connect: async (token) => {
      const client = await connectPlayer(server.baseUrl, created.exerciseId, token);
      clients.push(client);
      return client;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      for (const client of clients) client.close();
      await server.close();
    },
  };
}
