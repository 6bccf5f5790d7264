/**
 * Load benchmark: many exercises at once, each played as a seminar plays it
 * (Control, `--players-per-team` players per team, the projector: 14
 * sockets at 4 per team), with think time between commands, against the
 * real server as a child process on loopback; then the same sockets, pace
 * and frame sizes against a bare socket.io server (the floor), in the same
 * run. Prints, for both: command-to-broadcast latency (a command sent →
 * every other socket of its exercise has a frame caused by it), bytes per
 * update by recipient, errors, server CPU and peak memory.
 *
 * With `--cluster`, the product is two compiled processes sharing a fresh
 * PostgreSQL database and Redis (TEST_DATABASE_URL, TEST_REDIS_URL), the
 * exercises created on each in turn and each exercise's seats spread over
 * both; CPU and memory are the two processes' together (PostgreSQL's and
 * Redis's own are not counted).
 *
 *   npm run bench:load -- --exercises <n> --players-per-team <k>
 *     [--format seminar-90] [--think-ms 4000] [--ramp-s 30] [--seed 1] [--json] [--cluster]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { resolveTemperaments } from '../../../server/src/simulate/run-game';
import { repoRoot } from '../../../server/src/simulate/server-process';
import { gameSeed } from '../../../server/src/simulate/simulate';
import type { SocketKind } from './bench-socket';
import { emptyMeasurements, percentile, type Measurements } from './command-window';
import { replayOnFloor } from './floor-exercise';
import { cores, cpuSeconds, memoryMb } from './process-stats';
import { parseOptions, type Options } from './bench-options';
import { whatIfFigures, type WhatIfFigures } from './what-if-figures';
import { playProductExercise, sleep, type ExerciseScript } from './product-exercise';
import { seatUrlsFor, startProductServers } from './product-servers';

/** A seeded generator for the think times, so that both runs pace alike. */
function thinkTimes(seed: number, meanMs: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.round(meanMs * (0.5 + state / 0x1_0000_0000));
  };
}

interface RunResult {
  /** How late the benchmark's own event loop ran (p99, ms): a busy harness would inflate latency. */
  harnessLagP99Ms: number;
  startedAt: number;
  seconds: number;
  measurements: Measurements;
  /** Over every process of the run. */
  cpuSeconds: number;
  /** The processes' peaks, added up. */
  rssMb: number;
  rssMbByProcess: number[];
}

/** Samples the processes' CPU over the run and reads each one's peak memory at the end. */
async function measured(
  pids: readonly number[],
  run: () => Promise<void>,
): Promise<Omit<RunResult, 'measurements'>> {
  const cpuOf = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const cpuBefore = cpuOf();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const started = performance.now();
  await run();
  lag.disable();
  const rssByProcess = pids.map((pid) => memoryMb(pid).peak);
  return {
    harnessLagP99Ms: lag.percentile(99) / 1e6,
    startedAt: started,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuOf() - cpuBefore,
    rssMb: rssByProcess.reduce((sum, mb) => sum + mb, 0),
    rssMbByProcess: rssByProcess,
  };
}

/** Exercise `index` of `count` starts this far into the ramp. */
const staggered = (index: number, count: number, rampSeconds: number) =>
  sleep(Math.round((index / count) * rampSeconds * 1_000));

/** Counts the exercises seated; once all are, the steady state begins. */
function seatingCounter(measurements: Measurements, count: number): () => void {
  let seated = 0;
  return () => {
    seated += 1;
    if (seated === count) measurements.allSeatedAt = performance.now();
  };
}

async function runProduct(
  options: Options,
  scripts: ExerciseScript[],
): Promise<RunResult & { whatIf: WhatIfFigures; against: string }> {
  const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
  const servers = await startProductServers(options.cluster);
  const measurements = emptyMeasurements();
  const onSeated = seatingCounter(measurements, options.exercises);
  try {
    const figures = await measured(servers.pids, async () => {
      await Promise.all(
        Array.from({ length: options.exercises }, async (_, index) => {
          await staggered(index, options.exercises, options.rampSeconds);
          const seed = gameSeed(options.seed, index);
          // In a cluster the exercises are created on the processes in turn, and each
          // one's seats spread over all of them: most commands are relayed to the owner.
          const seatUrls = seatUrlsFor(servers.urls, index);
          try {
            scripts[index] = await playProductExercise({
              baseUrl: seatUrls[0] ?? '',
              seatUrls,
              scenario,
              format: options.format,
              seed,
              playersPerTeam: options.playersPerTeam,
              temperaments: resolveTemperaments(scenario, seed),
              thinkMs: thinkTimes(seed, options.thinkMs),
              measurements,
              onSeated,
            });
          } catch (error) {
            measurements.errors.push(`exercise ${index}: ${String(error)}`);
          }
        }),
      );
    });
    return {
      ...figures,
      measurements,
      whatIf: whatIfFigures(servers.logs()),
      against: servers.description,
    };
  } finally {
    await servers.stop();
  }
}

function startFloor(): Promise<{ pid: number; baseUrl: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('tests', 'bench', 'load', 'floor-server.ts')],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the floor server exited with code ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => {
      const { port } = JSON.parse(chunk.toString()) as { port: number };
      resolve({
        pid: child.pid ?? 0,
        baseUrl: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

async function runFloor(options: Options, scripts: readonly ExerciseScript[]): Promise<RunResult> {
  const floor = await startFloor();
  const measurements = emptyMeasurements();
  const onSeated = seatingCounter(measurements, scripts.length);
  try {
    const figures = await measured([floor.pid], async () => {
      await Promise.all(
        scripts.map(async (script, index) => {
          await staggered(index, scripts.length, options.rampSeconds);
          await replayOnFloor(floor.baseUrl, `exercise-${index}`, script, measurements, onSeated);
        }),
      );
    });
    return { ...figures, measurements };
  } finally {
    await floor.stop();
  }
}

/** From the first exercise's start until every exercise had all its sockets connected. */
function setupSeconds(run: RunResult): number {
  const seated = run.measurements.allSeatedAt;
  return seated === null ? NaN : (seated - run.startedAt) / 1000;
}

const KINDS: SocketKind[] = ['facilitator', 'lead', 'member', 'projector'];
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function latencySummary(latencies: readonly number[]) {
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.length === 0 ? NaN : Math.max(...latencies)),
  };
}

function bytesSummary(byKind: Record<SocketKind, number[]>) {
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        median: percentile(byKind[kind], 50),
        p95: percentile(byKind[kind], 95),
        count: byKind[kind].length,
      },
    ]),
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const sockets = options.exercises * (2 + 3 * options.playersPerTeam);
  if (!options.json) {
    console.log(
      `Load benchmark: ${options.exercises} exercises (${sockets} sockets), format ${options.format}, think ~${options.thinkMs} ms, started over ${options.rampSeconds} s, ${cores} cores${options.cluster ? ', two processes on PostgreSQL + Redis' : ''}`,
    );
  }
  const scripts: ExerciseScript[] = [];
  const product = await runProduct(options, scripts);
  const played = scripts.filter((script) => script !== undefined);
  const floor = await runFloor(options, played);
  const commands = product.measurements.latencies.length;
  const report = {
    exercises: options.exercises,
    playersPerTeam: options.playersPerTeam,
    format: options.format,
    thinkMs: options.thinkMs,
    rampSeconds: options.rampSeconds,
    sockets,
    commands,
    seconds: round(product.seconds),
    errors: product.measurements.errors.length,
    errorSamples: product.measurements.errors.slice(0, 5),
    latencyMs: latencySummary(product.measurements.latencies),
    steadyLatencyMs: latencySummary(product.measurements.steadyLatencies),
    setupSeconds: round(setupSeconds(product)),
    updateBytes: bytesSummary(product.measurements.updateBytes),
    viewBytes: bytesSummary(product.measurements.viewBytes),
    cpuMsPerCommand: round((product.cpuSeconds * 1000) / Math.max(commands, 1)),
    cpuShare: round(product.cpuSeconds / product.seconds, 2),
    against: product.against,
    rssMb: round(product.rssMb),
    rssMbByProcess: product.rssMbByProcess.map((mb) => round(mb)),
    harnessLagP99Ms: round(product.harnessLagP99Ms),
    whatIf: {
      ended: played.length,
      stored: product.whatIf.stored,
      medianMs: round(product.whatIf.medianMs),
    },
    floor: {
      latencyMs: latencySummary(floor.measurements.latencies),
      steadyLatencyMs: latencySummary(floor.measurements.steadyLatencies),
      errors: floor.measurements.errors.length,
      cpuMsPerCommand: round(
        (floor.cpuSeconds * 1000) / Math.max(floor.measurements.latencies.length, 1),
      ),
      rssMb: round(floor.rssMb),
      harnessLagP99Ms: round(floor.harnessLagP99Ms),
    },
  };
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const line = (name: string, latency: ReturnType<typeof latencySummary>) =>
      `  ${name.padEnd(8)} p50 ${latency.p50}  p95 ${latency.p95}  p99 ${latency.p99}  max ${latency.max}`;
    console.log(
      `  commands ${commands} in ${report.seconds} s, errors ${report.errors} (floor ${report.floor.errors})`,
    );
    for (const sample of report.errorSamples) console.log(`    ${sample}`);
    console.log('  command-to-broadcast latency (ms)');
    console.log(line('product', report.latencyMs));
    console.log(line('floor', report.floor.latencyMs));
    console.log(`  once every exercise was seated (after ${report.setupSeconds} s)`);
    console.log(line('product', report.steadyLatencyMs));
    console.log(line('floor', report.floor.steadyLatencyMs));
    console.log('  bytes per update (median / p95), and per whole view');
    for (const kind of KINDS) {
      const update = report.updateBytes[kind];
      const view = report.viewBytes[kind];
      console.log(
        `    ${kind.padEnd(12)} ${update?.median} / ${update?.p95}   whole view ${view?.median}`,
      );
    }
    console.log(
      `  benchmark's own event loop lag p99 ${report.harnessLagP99Ms} ms (floor run ${report.floor.harnessLagP99Ms} ms)`,
    );
    console.log(
      `  server CPU ${report.cpuMsPerCommand} ms per command (${report.cpuShare} cores; floor ${report.floor.cpuMsPerCommand} ms), peak RSS ${report.rssMb} MB${report.rssMbByProcess.length > 1 ? ` (${report.rssMbByProcess.join(' + ')})` : ''} (floor ${report.floor.rssMb} MB), against ${report.against}`,
    );
    console.log(
      `  what-if analyses stored during the run: ${report.whatIf.stored} of ${report.whatIf.ended} ended exercises, median ${report.whatIf.medianMs} ms each on the worker thread (in the server CPU above)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
