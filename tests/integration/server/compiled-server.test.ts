import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { HealthResponse } from '@borderline/shared';
import { createExerciseOverHttp } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGame } from '../../../server/src/simulate/run-game';
import type { WhatIfTaskResult } from '../../../server/src/what-if/what-if-worker';
import { fixture } from '../../fixtures/engine/fixture-scenario';
import { repoRoot, startServer, type RunningServer } from '../../support/start-server';

const distDir = path.join(repoRoot, 'server', 'dist');

/** `npm start` runs the server compiled to JavaScript: no TypeScript tooling at run time. */
describe('the compiled server', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-compiled-'));
  let server: RunningServer;

  beforeAll(async () => {
    const printed = execFileSync(process.execPath, ['server/build.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(printed).toMatch(/^server built: \d+ files/);
    server = await startServer({ DATA_DIR: dataDir }, 20_000, 'compiled');
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is JavaScript that imports no TypeScript and no tsx', () => {
    const files = fs.readdirSync(distDir, { recursive: true, encoding: 'utf8' });
    const code = files.filter((file) => file.endsWith('.js'));
    expect(code).toEqual(expect.arrayContaining(['main.js', 'what-if-worker.js']));
    for (const file of code) {
      const text = fs.readFileSync(path.join(distDir, file), 'utf8');
      expect(text).not.toMatch(/from\s+["'][^"']+\.ts["']/);
      // (what-if-thread names tsx only on its path for workers started from sources)
      expect(text).not.toMatch(/(from\s*|import\(\s*)["']tsx/);
    }
  });

  it('serves health, the scenarios and new exercises, with their metrics', async () => {
    const health = HealthResponse.parse(await (await fetch(`${server.baseUrl}/api/health`)).json());
    expect(health.scenarios).toBeGreaterThanOrEqual(1);
    const created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    expect(created.joinCode).toHaveLength(6);
    const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
    expect(metrics).toContain('borderline_exercises{status="active"} 1');
  });

  it('runs the what-if analysis on its compiled worker', async () => {
    const played = runGame(fixture, { seed: 4 });
    const worker = new Worker(path.join(distDir, 'what-if-worker.js'));
    try {
      const result = await new Promise<WhatIfTaskResult>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({
          taskId: 1,
          scenarioKey: `${fixture.id}@${fixture.version}`,
          scenario: fixture,
          input: { seed: 4, config: { skipPractice: false } },
          events: played.log.map((entry) => entry.event),
          options: { continuations: 4, pilot: 2, rolls: 1, decisionsPerTeam: 1 },
        });
      });
      expect(result).toMatchObject({ taskId: 1, ok: true });
      if (result.ok) expect(result.analysis?.playedEnding).toBe(played.context.ending?.id);
    } finally {
      await worker.terminate();
    }
  }, 30_000);

  it('stops on SIGTERM with exit code 0', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});
