import type { ExerciseContext } from '../engine';
import { formatGame, formatSummary } from './format-report';
import { parseArgs, USAGE, type CliOptions } from './cli-args';
import { scenarioFor } from './scenario-for-cli';
import { simulate } from './simulate';

function main(argv: readonly string[]): number {
  let options: CliOptions | null;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === null) {
    console.log(USAGE);
    return 0;
  }
  const scenario = scenarioFor(options.scenario);
  if (typeof scenario === 'string') {
    console.error(scenario);
    return 2;
  }
  for (const team of Object.keys(options.temperaments)) {
    if (!scenario.teams.some((candidate) => candidate.id === team)) {
      console.error(`The scenario has no team "${team}".`);
      return 2;
    }
  }
  let single: ExerciseContext | null = null;
  const summary = simulate(scenario, {
    runs: options.runs,
    seed: options.seed,
    temperaments: options.temperaments,
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
