import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, startServerProcess } from '../../../server/src/simulate/server-process';
import { startCluster } from '../../support/start-cluster';
import { testServices } from '../../support/test-services';

/** The product under load: one process, or a cluster of them. */
export interface ProductServers {
  /** What the run is against, for the heading. */
  description: string;
  /** Each process's own address; clients go to them directly. */
  urls: string[];
  pids: number[];
  /** Every process's log lines so far. */
  logs: () => unknown[];
  stop: () => Promise<void>;
}

/** Joining 2,800 seats from one address would trip the per-address budget. */
const ENV = { LOG_LEVEL: 'info', RATE_LIMIT_FACTOR: '1000' };

/** One compiled process on a SQLite file of its own, as a single machine runs it. */
async function startSingle(): Promise<ProductServers> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-load-'));
  // The server as it is deployed: compiled (`npm run build`), not run through tsx.
  execFileSync(process.execPath, ['server/build.mjs'], { cwd: repoRoot, stdio: 'ignore' });
  const server = await startServerProcess({ DATA_DIR: dataDir, ...ENV }, 30_000, 'compiled');
  return {
    description: 'one process on SQLite',
    urls: [server.baseUrl],
    pids: [server.process.pid ?? 0],
    logs: () => server.logs,
    stop: async () => {
      await server.stop('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Two compiled processes sharing a fresh PostgreSQL database and Redis
 * (TEST_DATABASE_URL, TEST_REDIS_URL: `.ci/start-test-services` starts
 * both on loopback). The clients reach each process directly, as behind a
 * balancer with sticky sessions that adds no work of its own to measure.
 */
async function startTwo(): Promise<ProductServers> {
  const services = testServices();
  if (services === undefined) {
    throw new Error(
      '--cluster needs TEST_DATABASE_URL and TEST_REDIS_URL (PostgreSQL and Redis); `bash .ci/start-test-services` starts both on loopback',
    );
  }
  const cluster = await startCluster({ services, names: ['a', 'b'], build: 'compiled', env: ENV });
  return {
    description: `${cluster.members.length} processes on PostgreSQL + Redis`,
    urls: cluster.members.map((member) => member.internalUrl),
    pids: cluster.members.map((member) => member.server.process.pid ?? 0),
    logs: () => cluster.members.flatMap((member) => member.server.logs),
    stop: () => cluster.stop(),
  };
}

export function startProductServers(cluster: boolean): Promise<ProductServers> {
  return cluster ? startTwo() : startSingle();
}

/** Exercise `index`'s seats take the processes in turn, starting from its owner's. */
export function seatUrlsFor(urls: readonly string[], index: number): string[] {
  return urls.map((_, offset) => urls[(index + offset) % urls.length] as string);
}
