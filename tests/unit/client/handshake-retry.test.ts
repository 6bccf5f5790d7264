import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExerciseConnection } from '../../../client/src/connection/exercise-connection';
import { createExerciseStore } from '../../../client/src/state/exercise-store';
import { memoryStorage } from './memory-storage';

/** A socket.io server whose handshake answers each attempt as `answers` says, then accepts. */
async function handshakeServer(answers: ({ code: string; message: string } | null)[]) {
  const http: HttpServer = createServer();
  const io = new Server(http);
  let attempts = 0;
  io.use((_socket, next) => {
    const answer = answers[attempts] ?? null;
    attempts += 1;
    if (answer === null) return next();
    next(Object.assign(new Error(answer.message), { data: answer }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}

const auth = { role: 'player' as const, exerciseId: 'ex-1', token: 'x'.repeat(43) };
const until = (check: () => void) => vi.waitFor(check, { timeout: 8_000, interval: 20 });

describe('a handshake the server failed is asked again; one it refused is final', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('tries again after an internal failure (an exercise moving between processes) and connects', async () => {
    const server = await handshakeServer([
      { code: 'internal', message: "This exercise's server cannot be reached now." },
      { code: 'internal', message: "This exercise's server cannot be reached now." },
    ]);
    cleanups.push(server.close);
    const store = createExerciseStore(memoryStorage());
    const connection = new ExerciseConnection(auth, store, {
      baseUrl: server.baseUrl,
      reconnectionDelayMs: 50,
    });
    cleanups.push(() => connection.close());
    await until(() => expect(store.getState().connection.status).toBe('connected'));
    expect(server.attempts()).toBe(3);
    expect(store.getState().connection.error).toBeNull();
  });

  it('stops at a refusal of the credentials', async () => {
    const server = await handshakeServer([
      { code: 'unauthorized', message: 'This seat token is not valid.' },
    ]);
    cleanups.push(server.close);
    const store = createExerciseStore(memoryStorage());
    const connection = new ExerciseConnection(auth, store, {
      baseUrl: server.baseUrl,
      reconnectionDelayMs: 50,
    });
    cleanups.push(() => connection.close());
    await until(() => expect(store.getState().connection.status).toBe('refused'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.attempts()).toBe(1);
  });
});
