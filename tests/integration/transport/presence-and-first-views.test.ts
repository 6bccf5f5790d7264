import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { freshView } from '../../support/play-full-exercise';
import { connectFacilitator, seatPlayer, TEAM_IDS } from '../../support/socket-table';

/**
 * A class arriving at once, and sockets connecting while the exercise
 * changes: presence news is batched (PRESENCE_BATCH_MS), and a first view
 * made off the event loop never leaves a socket behind.
 */
describe('arrivals over sockets', () => {
  let server: InProcessServer;
  const clients: HeadlessClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server?.close();
  });

  const open = async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    const created = await createExerciseOverHttp(server.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 4 },
    });
    const control = await connectFacilitator(server.baseUrl, created, true);
    clients.push(control);
    return { created, control };
  };

  const updatesOf = (client: HeadlessClient) =>
    client.received.filter((payload) => payload.event === 'patch').length;

  it('sends Control a handful of updates, not two per person, when nine people drop and come back at once', async () => {
    const { created, control } = await open();
    const seated = await Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        seatPlayer(server.baseUrl, created, `Player ${index + 1}`, TEAM_IDS[index % 3] ?? null),
      ),
    );
    clients.push(...seated.map((player) => player.client));
    const connected = (count: number) =>
      control.waitForView(
        (view) => view.roster.filter((entry) => entry.connected && !entry.isBot).length === count,
      );
    const everyoneIn = await connected(9);
    expect(everyoneIn.roster.map((entry) => entry.name).sort()).toEqual(
      seated.map((player) => player.name).sort(),
    );
    const before = updatesOf(control);
    for (const player of seated) player.client.disconnect();
    await connected(0);
    await Promise.all(seated.map((player) => player.client.reconnect()));
    await connected(9);
    // Nine departures and nine returns: eighteen updates if each went out on its own.
    expect(updatesOf(control) - before).toBeLessThanOrEqual(6);
  });

  it('gives a socket that connects while the exercise changes the same view as a fresh sync', async () => {
    const { created, control } = await open();
    const joining = Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        seatPlayer(server.baseUrl, created, `Player ${index + 1}`, TEAM_IDS[index % 3] ?? null),
      ),
    );
    for (let message = 0; message < 12; message += 1) {
      await control.expectOk({ type: 'chat.send', channel: 'broadcast', text: `note ${message}` });
    }
    const seated = await joining;
    clients.push(...seated.map((player) => player.client));
    for (const client of [control, ...seated.map((player) => player.client)]) {
      const synced = await freshView(client);
      const live = await client.waitForView((view) => view.chat.length === 12);
      expect(live).toEqual(synced);
    }
  });
});
