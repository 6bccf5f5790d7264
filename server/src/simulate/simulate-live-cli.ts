import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExerciseView, Scenario } from '@borderline/shared';
import { playLiveGame } from './live-game';
import { resolveTemperaments, runGame, type PlayedGame } from './run-game';
import { readCliInput } from './read-cli-input';
import { startServerProcess } from './server-process';
import { gameSeed } from './simulate';

const USAGE = `Usage: npm run simulate:live -- --scenario <id|folder> [--seed <s>] [--json]
       [--temperament <team>=<hawkish|cooperative|balanced|mixed>,...] [--skip-practice]

Starts the real server, connects Control and a bot for every team over real
sockets, plays one complete exercise and prints its outcome, then checks it
against the in-process simulation of the same seed
(npm run simulate -- --runs 1 --seed <s>).`;

interface Outcome {
  ending: string | null;
  tracks: Record<string, number>;
  scores: Record<string, number>;
}

function liveOutcome(view: ExerciseView): Outcome {
  return {
    ending: view.ending?.state.id ?? null,
    tracks: view.tracks.current,
    scores: Object.fromEntries((view.scores ?? []).map((s) => [s.team, s.score])),
  };
}

function inProcessOutcome({ context }: PlayedGame): Outcome {
  return {
    ending: context.ending?.id ?? null,
    tracks: context.tracks,
    scores: Object.fromEntries((context.scores ?? []).map((s) => [s.team, s.score])),
  };
}

function formatOutcome(scenario: Scenario, outcome: Outcome): string {
  const lines = [`Ending: ${outcome.ending ?? 'none'}`, 'Final tracks:'];
  for (const track of scenario.tracks) {
    lines.push(`  ${track.id.padEnd(24)} ${outcome.tracks[track.id]}`);
  }
  lines.push('Objective scores (weighted share met):');
  for (const [team, score] of Object.entries(outcome.scores)) {
    lines.push(`  ${team.padEnd(24)} ${score.toFixed(2)}`);
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const input = readCliInput(argv, USAGE);
  if (typeof input === 'number') return input;
  const { options, scenario } = input;
  // The same game as `simulate --runs 1 --seed <s>`: its first game's seed and temperaments.
  const seed = gameSeed(options.seed, 0);
  const temperaments = resolveTemperaments(scenario, seed, options.temperaments);

  const started = Date.now();
  // Bots answer faster than people: the per-socket budgets are raised for this run only.
  // A data folder of its own: a simulated exercise never lands in a real one.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-live-'));
  const server = await startServerProcess(
    { LOG_LEVEL: 'info', RATE_LIMIT_FACTOR: '100', DATA_DIR: dataDir },
    30_000,
  );
  let live: Outcome;
  try {
    const final = await playLiveGame({
      baseUrl: server.baseUrl,
      scenario,
      seed,
      skipPractice: options.skipPractice,
      temperaments,
    });
    live = liveOutcome(final);
  } finally {
    await server.stop('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  const local = inProcessOutcome(
    runGame(scenario, { seed, temperaments, skipPractice: options.skipPractice }),
  );
  const same = JSON.stringify(live) === JSON.stringify(local);

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          scenario: scenario.id,
          seed: options.seed,
          gameSeed: seed,
          temperaments,
          seconds,
          live,
          inProcess: local,
          same,
        },
        null,
        2,
      ),
    );
  } else {
    console.log(
      `Scenario ${scenario.id}, seed ${options.seed} (game seed ${seed}), over real sockets in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `Temperaments: ${Object.entries(temperaments)
        .map(([team, t]) => `${team}=${t}`)
        .join(', ')}`,
    );
    console.log(formatOutcome(scenario, live));
    console.log(
      same
        ? 'Same outcome as the in-process simulation of this seed.'
        : `DIFFERENT from the in-process simulation:\n${formatOutcome(scenario, local)}`,
    );
  }
  return same ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
