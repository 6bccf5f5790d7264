/**
 * Memory benchmark: plays exercises of the first scenario to their end
 * through the exercise service (bots in every seat, a SQLite file as the
 * store, as the server runs), and prints the heap and resident memory after
 * the first `--checkpoint` exercises and after all `--exercises`: an ended
 * exercise must leave memory, so the two stay close.
 *
 *   npm run bench:memory -- [--exercises 500] [--checkpoint 50] [--json]
 */
import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { openSqliteStore } from '../../server/src/store/sqlite-store';
import { makeHarness, tempDir } from '../support/exercise-service-harness';
import { playToEnd } from '../support/play-through';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a whole number`);
  return value;
}

/** Heap and resident memory in MB, after a full collection when node runs with --expose-gc. */
function memory(): { heapMb: number; rssMb: number } {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { heapMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 };
}

const TEMPERAMENTS = ['hawkish', 'cooperative', 'balanced'] as const;

function main(): void {
  const exercises = flag('exercises', 500);
  const checkpoint = Math.min(flag('checkpoint', 50), exercises);
  const json = process.argv.includes('--json');
  const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
  const folder = tempDir('borderline-memory-');
  const store = openSqliteStore(path.join(folder.dir, 'borderline.db'));
  const { service, clock } = makeHarness({ store, scenarios: [scenario] });
  let atCheckpoint = memory();
  const started = performance.now();
  try {
    for (let index = 0; index < exercises; index += 1) {
      const { exerciseId } = service.createExercise({
        scenarioId: scenario.id,
        settings: { seed: index + 1, format: 'seminar-90' },
      });
      scenario.teams.forEach((team, position) => {
        const temperament = TEMPERAMENTS[(index + position) % TEMPERAMENTS.length];
        service.setSeat(exerciseId, team.id, 'bot', temperament);
      });
      playToEnd({ service, clock, exerciseId });
      if (index + 1 === checkpoint) atCheckpoint = memory();
    }
    const after = memory();
    const report = {
      exercises,
      checkpoint,
      inMemory: service.exerciseIds().length,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      heapMb: { checkpoint: round(atCheckpoint.heapMb), end: round(after.heapMb) },
      rssMb: { checkpoint: round(atCheckpoint.rssMb), end: round(after.rssMb) },
      growthMb: round(after.rssMb - atCheckpoint.rssMb),
      gc: typeof globalThis.gc === 'function',
    };
    if (json) {
      console.log(JSON.stringify(report, null, 2));
      return;
    }
    console.log(
      `Memory benchmark: ${exercises} exercises played to their end in ${report.seconds} s (${report.inMemory} still in memory)`,
    );
    console.log(
      `  after ${checkpoint}: heap ${report.heapMb.checkpoint} MB, RSS ${report.rssMb.checkpoint} MB`,
    );
    console.log(`  after ${exercises}: heap ${report.heapMb.end} MB, RSS ${report.rssMb.end} MB`);
    console.log(`  RSS growth ${report.growthMb} MB (target: within 100 MB)`);
  } finally {
    service.stop();
    store.close();
    folder.remove();
  }
}

const round = (value: number) => Number(value.toFixed(1));

main();
