/**
 * Load benchmark: the real server as a child process on loopback, and many
 * exercises played at once over real sockets (Control and a bot per team,
 * each through the typed headless client). Prints the games finished, the
 * commands acknowledged per second and the acknowledgement latency. Bounded:
 * it plays a fixed number of games and stops by itself.
 *
 *   npm run bench:load -- [--exercises 12] [--rounds 2] [--seed 1]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { resolveTemperaments } from '../../server/src/simulate/run-game';
import { playLiveGame } from '../../server/src/simulate/live-game';
import { startServerProcess } from '../../server/src/simulate/server-process';
import { gameSeed } from '../../server/src/simulate/simulate';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a whole number`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const exercises = flag('exercises', 12);
  const rounds = flag('rounds', 2);
  const seed = flag('seed', 1);
  const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-load-'));
  // Bots answer far faster than people: lift the per-socket and per-address budgets.
  const server = await startServerProcess(
    { DATA_DIR: dataDir, LOG_LEVEL: 'info', RATE_LIMIT_FACTOR: '1000' },
    30_000,
  );
  const latencies: number[] = [];
  let games = 0;
  const started = performance.now();
  try {
    for (let round = 0; round < rounds; round += 1) {
      await Promise.all(
        Array.from({ length: exercises }, (_, index) => {
          const game = gameSeed(seed, round * exercises + index);
          return playLiveGame({
            baseUrl: server.baseUrl,
            scenario,
            seed: game,
            skipPractice: false,
            temperaments: resolveTemperaments(scenario, game),
            onAck: (_type, ms) => latencies.push(ms),
          }).then(() => {
            games += 1;
          });
        }),
      );
    }
  } finally {
    await server.stop('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const sockets = exercises * (1 + scenario.teams.length);
  console.log(
    `Load benchmark: ${rounds} rounds of ${exercises} exercises at once (${sockets} sockets)`,
  );
  console.log(`  games finished          ${games} in ${seconds.toFixed(1)} s`);
  console.log(
    `  commands acknowledged   ${latencies.length} (${(latencies.length / seconds).toFixed(0)} per second)`,
  );
  console.log(
    `  ack latency (ms)        p50 ${percentile(sorted, 50).toFixed(1)}  p95 ${percentile(sorted, 95).toFixed(1)}  p99 ${percentile(sorted, 99).toFixed(1)}  max ${(sorted.at(-1) ?? NaN).toFixed(1)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
