import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFacilitator } from '../../support/socket-table';
import { startServer, type RunningServer } from '../../support/start-server';

/** The value of one sample line of Prometheus text, e.g. `borderline_sockets 2`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let server: RunningServer;
  let control: HeadlessClient;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-metrics-'));

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir });
    const created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    control = await connectFacilitator(server.baseUrl, created);
    await control.expectOk({ type: 'lobby.setLocked', locked: true });
    const refused = await control.send({ type: 'facilitator.advance' });
    expect(refused.ok).toBe(false);
  }, 30_000);

  afterAll(async () => {
    control?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves Prometheus text: exercises, sockets, command and store latency, event-loop lag', async () => {
    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'borderline_exercises{status="active"}')).toBe(1);
    expect(sample(text, 'borderline_exercises{status="ended"}')).toBe(0);
    expect(sample(text, 'borderline_sockets')).toBe(1);
    expect(sample(text, 'borderline_command_seconds_count{outcome="accepted"}')).toBe(1);
    expect(sample(text, 'borderline_command_seconds_count{outcome="refused"}')).toBe(1);
    expect(sample(text, 'borderline_store_seconds_count{operation="appendEvent"}')).toBeGreaterThan(
      0,
    );
    expect(sample(text, 'borderline_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'borderline_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
