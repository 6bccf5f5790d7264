import type { ExerciseContext } from '../engine';
import { balance } from './balance';
import { checkBalance } from './balance-targets';
import { formatBalance } from './format-balance';
import { formatGame, formatSummary } from './format-report';
import { USAGE } from './cli-args';
import { readCliInput } from './read-cli-input';
import { simulate } from './simulate';

function main(argv: readonly string[]): number {
  const input = readCliInput(argv, USAGE);
  if (typeof input === 'number') return input;
  const { options, scenario } = input;
  if (options.balance) {
    const report = balance(scenario, {
      runs: options.runs,
      seed: options.seed,
      format: options.format,
      skipPractice: options.skipPractice,
    });
    const checks = checkBalance(report);
    console.log(
      options.json ? JSON.stringify({ ...report, checks }, null, 2) : formatBalance(report),
    );
    return 0;
  }
  let single: ExerciseContext | null = null;
  const summary = simulate(scenario, {
    runs: options.runs,
    seed: options.seed,
    temperaments: options.temperaments,
    format: options.format,
    skipPractice: options.skipPractice,
    onGame: options.runs === 1 ? (exercise) => (single = exercise.context) : undefined,
  });
  const game: ExerciseContext | null = single;
  if (options.json) {
    console.log(JSON.stringify(game === null ? summary : { ...summary, game }, null, 2));
  } else {
    if (game !== null) console.log(`${formatGame(game)}\n`);
    console.log(formatSummary(summary));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
