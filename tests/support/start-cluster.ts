import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  repoRoot,
  startServerProcess,
  type RunningServer,
  type ServerBuild,
} from '../../server/src/simulate/server-process';
import { freshDatabase, type TestServices } from './test-services';

/** A port free on loopback now (the kernel's pick), for a process told its PORT in advance. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One server process of a cluster, and the address the others reach it at. */
export interface ClusterMember {
  name: string;
  server: RunningServer;
  port: number;
  internalUrl: string;
  env: Record<string, string>;
}

export interface Cluster {
  members: ClusterMember[];
  /** The fresh database every member keeps its exercises in. */
  databaseUrl: string;
  redisUrl: string;
  /** Stops every member still running (SIGTERM), drops the database, removes the data folders. */
  stop: () => Promise<void>;
}

export interface ClusterOptions {
  services: TestServices;
  /** The members' names, one process each: `['a', 'b']`. */
  names: readonly string[];
  /** Compiled (`server/dist`, built first) or from the sources through tsx. */
  build: ServerBuild;
  /** More of each member's environment (LEASE_TTL_MS, RATE_LIMIT_FACTOR, LOG_LEVEL...). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** The Redis URL with a database number of its own, so that two runs keep their keys apart. */
function redisWithDatabase(redisUrl: string): string {
  const url = new URL(redisUrl);
  url.pathname = `/${randomInt(1, 16)}`;
  return url.toString();
}

/**
 * Starts server processes that share one fresh PostgreSQL database and one
 * Redis, each on a port chosen beforehand so that its INTERNAL_URL is known
 * before it listens. They start one after the other: the first applies the
 * database's migrations.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { services, names, build } = options;
  if (build === 'compiled') {
    execFileSync(process.execPath, ['server/build.mjs'], { cwd: repoRoot, stdio: 'ignore' });
  }
  const database = await freshDatabase(services.databaseUrl);
  const redisUrl = redisWithDatabase(services.redisUrl);
  const dataDirs: string[] = [];
  const members: ClusterMember[] = [];
  const stop = async () => {
    await Promise.all(members.map((member) => member.server.stop('SIGTERM')));
    await database.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const name of names) {
      const port = await freePort();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `borderline-cluster-${name}-`));
      dataDirs.push(dataDir);
      const internalUrl = `http://127.0.0.1:${port}`;
      const env = {
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        INTERNAL_URL: internalUrl,
        ...options.env,
      };
      const server = await startServerProcess(env, options.startTimeoutMs ?? 30_000, build);
      members.push({ name, server, port, internalUrl, env });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { members, databaseUrl: database.url, redisUrl, stop };
}
