import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExerciseOverHttp } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../support/start-server';
import { expectOneLine, startToRefusal } from '../../support/start-to-refusal';

describe('the server refuses to run unsafely', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-unsafe-'));
  const dataDir = path.join(root, 'data');
  const dbFile = path.join(dataDir, 'borderline.db');
  let first: RunningServer | undefined;

  beforeAll(async () => {
    // A store with exercises in it, as a server leaves it.
    const filler = await startServer({ DATA_DIR: dataDir });
    for (let i = 0; i < 15; i += 1) {
      await createExerciseOverHttp(filler.baseUrl, { scenarioId: 'us-mexico-2026' });
    }
    expect(await filler.stop('SIGTERM')).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await first?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('refuses a second server on the same database while the first runs, and starts once it has stopped', async () => {
    first = await startServer({ DATA_DIR: dataDir });
    const second = startToRefusal({ DATA_DIR: dataDir });
    expectOneLine(second, /Another Borderline server is using .*borderline\.db/);
    // The first still serves, and its exercises are its own.
    expect((await fetch(`${first.baseUrl}/api/health`)).status).toBe(200);
    expect(await first.stop('SIGKILL')).toBeNull();
    first = undefined;
    // The operating system released the lock of the killed process.
    const again = await startServer({ DATA_DIR: dataDir });
    expect((await fetch(`${again.baseUrl}/api/health`)).status).toBe(200);
    expect(await again.stop('SIGTERM')).toBe(0);
  }, 60_000);

  it('refuses a damaged database file, naming it and what to do', () => {
    const damaged = path.join(root, 'damaged');
    fs.mkdirSync(damaged);
    const copy = path.join(damaged, 'borderline.db');
    fs.copyFileSync(dbFile, copy);
    const bytes = fs.readFileSync(copy);
    // Scribble over the pages after the first (the schema page stays readable).
    const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
    for (let at = pageSize + 100; at < bytes.length; at += 997) bytes[at] = 0xa5;
    fs.writeFileSync(copy, bytes);
    expectOneLine(
      startToRefusal({ DATA_DIR: damaged }),
      /borderline\.db is damaged .*restore it from a backup/,
    );
  });

  it('refuses a truncated database file', () => {
    const truncated = path.join(root, 'truncated');
    fs.mkdirSync(truncated);
    const copy = path.join(truncated, 'borderline.db');
    const bytes = fs.readFileSync(dbFile);
    fs.writeFileSync(copy, bytes.subarray(0, Math.floor(bytes.length / 2) + 10));
    expectOneLine(startToRefusal({ DATA_DIR: truncated }), /borderline\.db is damaged/);
  });

  it('refuses a file that is not a database at all', () => {
    const other = path.join(root, 'not-a-db');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'borderline.db'), 'these are my notes, not a database\n');
    expectOneLine(startToRefusal({ DATA_DIR: other }), /is damaged \(.*not a readable SQLite/);
  });

  it('refuses a data folder it may not write, and one it cannot create', () => {
    const locked = path.join(root, 'read-only');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    // Root writes anywhere: the server then runs as nobody, for whom the folder is read-only.
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    fs.chmodSync(root, 0o755);
    expectOneLine(
      startToRefusal({ DATA_DIR: locked }, as),
      /data folder .*read-only cannot be created or written \(EACCES\)/,
    );
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, '');
    expectOneLine(
      startToRefusal({ DATA_DIR: path.join(file, 'data') }),
      /data folder .*a-file\/data cannot be created or written \(ENOTDIR\)/,
    );
  });

  it('refuses a bad setting and a busy port, each in one line', async () => {
    expectOneLine(startToRefusal({ PORT: 'eighty' }), /PORT: expected a port number/);
    expectOneLine(startToRefusal({ RATE_LIMIT_FACTOR: '-1' }), /RATE_LIMIT_FACTOR/);
    const running = await startServer({ DATA_DIR: path.join(root, 'busy-a') });
    expectOneLine(
      startToRefusal({ DATA_DIR: path.join(root, 'busy-b'), PORT: String(running.port) }),
      new RegExp(`127\\.0\\.0\\.1:${running.port} is already in use`),
    );
    expectOneLine(
      startToRefusal({ DATA_DIR: path.join(root, 'busy-c'), HOST: '203.0.113.7' }),
      /HOST 203\.0\.113\.7 is not an address of this machine/,
    );
    await running.stop();
  }, 60_000);

  it('refuses a PostgreSQL it cannot reach, or a DATABASE_URL that is not one, naming it without its password', () => {
    const unreachable = startToRefusal({
      DATABASE_URL: 'postgres://borderline:secret-password@127.0.0.1:9/borderline',
    });
    expectOneLine(
      unreachable,
      /database at 127\.0\.0\.1:9\/borderline cannot be used .*DATABASE_URL/,
    );
    expect(unreachable.stderr).not.toContain('secret-password');
    const wrong = startToRefusal({ DATABASE_URL: 'mysql://borderline:secret-password@db/x' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(wrong.stderr).not.toContain('secret-password');
  });
});
