import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { repoRoot } from './start-server';

export interface Refusal {
  status: number | null;
  stderr: string;
  stdout: string;
}

/** Starts the server and waits for it to give up; what it printed. */
export function startToRefusal(
  env: Record<string, string>,
  as?: { uid: number; gid: number },
): Refusal {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    encoding: 'utf8',
    timeout: 30_000,
    ...as,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** One line on stderr that says why, and nothing like a stack trace anywhere. */
export function expectOneLine(refusal: Refusal, says: RegExp): void {
  expect(refusal.status).not.toBe(0);
  expect(refusal.status).not.toBeNull();
  const lines = refusal.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Borderline cannot start: /);
  expect(lines[0]).toMatch(says);
  expect(`${refusal.stderr}${refusal.stdout}`).not.toMatch(/\n\s+at |Error:|"stack"/);
}
