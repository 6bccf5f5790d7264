import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponse, HealthResponse, ScenarioListResponse } from '@borderline/shared';
import { repoRoot, startServer, type RunningServer } from '../../support/start-server';

describe('the server process', () => {
  let server: RunningServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-health-')),
      'nested',
      'data',
    );
    server = await startServer({ DATA_DIR: dataDir });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers GET /api/health with 200 and a JSON body', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = HealthResponse.parse(await response.json());
    expect(body.status).toBe('ok');
    expect(body.scenarios).toBeGreaterThanOrEqual(1);
  });

  it('creates its data directory from DATA_DIR', () => {
    expect(fs.statSync(dataDir).isDirectory()).toBe(true);
  });

  it('lists the installed scenarios without their secrets', async () => {
    const response = await fetch(`${server.baseUrl}/api/scenarios`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = ScenarioListResponse.parse(JSON.parse(text));
    const first = body.scenarios.find((scenario) => scenario.id === 'us-mexico-2026');
    expect(first?.teams.map((team) => team.id)).toEqual(['washington', 'mexico-city', 'cartels']);
    expect(text).not.toContain('secretBriefing');
  });

  it('answers an unknown API route with a JSON 404 that names it', async () => {
    const response = await fetch(`${server.baseUrl}/api/nothing-here`);
    expect(response.status).toBe(404);
    const body = ErrorResponse.parse(await response.json());
    expect(body.error.code).toBe('not-found');
    expect(body.error.message).toContain('/api/nothing-here');
  });

  it('sends security headers, including a content security policy', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    // Seminar rooms reach the server over plain http on their network.
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('logs structured JSON lines', () => {
    // Every line is a pino record (a missing client build logs a warning first).
    const records = server.logs.filter(
      (entry): entry is { level: number; msg: string } =>
        typeof entry === 'object' && entry !== null && 'msg' in entry && 'level' in entry,
    );
    expect(records.length).toBe(server.logs.length);
    const listening = records.find((entry) => /listening/.test(entry.msg));
    expect(listening?.level).toBe(30);
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await server.stop('SIGTERM');
    expect(code).toBe(0);
  });
});

describe('a bad environment', () => {
  it('refuses to start and says which variable is wrong', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PORT: expected a port number');
  });
});
