import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ErrorResponse,
  FACILITATOR_KEY_HEADER,
  JoinResponse,
  type CreateExerciseResponse,
} from '@borderline/shared';
import {
  createExerciseOverHttp,
  HttpError,
  joinOverHttp,
  projectorSeatOverHttp,
  type HeadlessClient,
} from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';
import { connectPlayer } from '../../support/socket-table';

/** `POST /api/exercises/:id/projector`: the room's projector seat, taken with the facilitator key. */
describe('the projector route', () => {
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let other: CreateExerciseResponse;
  const clients: HeadlessClient[] = [];

  beforeAll(async () => {
    server = await startInProcessServer();
    const create = () => createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    created = await create();
    other = await create();
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.close();
  });

  const seat = (exerciseId: string, key?: string) =>
    fetch(`${server.baseUrl}/api/exercises/${exerciseId}/projector`, {
      method: 'POST',
      headers: key === undefined ? {} : { [FACILITATOR_KEY_HEADER]: key },
    });
  const errorOf = async (response: Response) => ErrorResponse.parse(await response.json()).error;
  const projectors = (exerciseId: string) =>
    server.service.roster(exerciseId).filter((entry) => entry.name.startsWith('Projector'));

  it('refuses a request without the facilitator key', async () => {
    const response = await seat(created.exerciseId);
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toMatchObject({ code: 'unauthorized' });
    expect(projectors(created.exerciseId)).toEqual([]);
  });

  it('refuses another exercise’s key and a malformed one', async () => {
    const wrong = await seat(created.exerciseId, other.facilitatorKey);
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).code).toBe('unauthorized');
    const malformed = await seat(created.exerciseId, 'not a key');
    expect(malformed.status).toBe(401);
    expect(projectors(created.exerciseId)).toEqual([]);
  });

  it('answers 404 for an exercise that does not exist', async () => {
    const response = await seat('no-such-exercise', created.facilitatorKey);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not-found');
  });

  let first: JoinResponse;

  it('seats an observer named Projector although the lobby is locked', async () => {
    server.service.setLobbyLocked(created.exerciseId, true);
    await expect(
      joinOverHttp(server.baseUrl, { joinCode: created.joinCode, name: 'Late', team: null }),
    ).rejects.toMatchObject({ status: 423, code: 'lobby-locked' });

    const response = await seat(created.exerciseId, created.facilitatorKey);
    expect(response.status).toBe(201);
    first = JoinResponse.parse(await response.json());
    expect(first.exerciseId).toBe(created.exerciseId);
    expect(projectors(created.exerciseId)).toEqual([
      expect.objectContaining({ id: first.playerId, name: 'Projector', team: null, isBot: false }),
    ]);
  });

  it('returns the same seat and token on a second call (the shared client’s helper)', async () => {
    const again = await projectorSeatOverHttp(
      server.baseUrl,
      created.exerciseId,
      created.facilitatorKey,
    );
    expect(again).toEqual(first);
    expect(projectors(created.exerciseId)).toHaveLength(1);
    const raw = await seat(created.exerciseId, created.facilitatorKey);
    expect(raw.status).toBe(200);
  });

  it('opens a socket whose views are an observer’s: no team, no desk, no secret', async () => {
    const client = await connectPlayer(server.baseUrl, created.exerciseId, first.token);
    clients.push(client);
    const { view } = client;
    expect(view.recipient).toEqual({ kind: 'observer', player: first.playerId });
    expect(view.team).toBeNull();
    expect(view.control).toBeNull();
    expect(view.drafts).toEqual([]);
    const text = JSON.stringify(view);
    for (const team of server.service.state(created.exerciseId).scenario.teams) {
      expect(text).not.toContain(team.secretBriefing.en);
    }
  });

  it('takes another name when a person already took "Projector"', async () => {
    const person = await joinOverHttp(server.baseUrl, {
      joinCode: other.joinCode,
      name: 'projector',
      team: null,
    });
    const projector = await projectorSeatOverHttp(
      server.baseUrl,
      other.exerciseId,
      other.facilitatorKey,
    );
    expect(projector.playerId).not.toBe(person.playerId);
    expect(projectors(other.exerciseId).map((entry) => entry.name)).toEqual(['Projector 2']);
  });

  it('throws the shared client’s HttpError on a refusal', async () => {
    await expect(
      projectorSeatOverHttp(server.baseUrl, created.exerciseId, other.facilitatorKey),
    ).rejects.toBeInstanceOf(HttpError);
  });
});

describe('the projector seat after a restart', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-projector-'));
  const dbFile = path.join(dataDir, 'borderline.db');

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is the same seat: the token comes from the key, the server keeps only its hash', async () => {
    const before = await startInProcessServer({ dbFile });
    const created = await createExerciseOverHttp(before.baseUrl, { scenarioId: 'us-mexico-2026' });
    const first = await projectorSeatOverHttp(
      before.baseUrl,
      created.exerciseId,
      created.facilitatorKey,
    );
    expect(before.store.listPlayers(created.exerciseId)[0]?.tokenHash).not.toContain(first.token);
    await before.close();

    const after = await startInProcessServer({ dbFile });
    try {
      const again = await projectorSeatOverHttp(
        after.baseUrl,
        created.exerciseId,
        created.facilitatorKey,
      );
      expect(again).toEqual(first);
      expect(after.service.roster(created.exerciseId)).toHaveLength(1);
    } finally {
      await after.close();
    }
  });
});
