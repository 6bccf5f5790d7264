import type { PlayedGame } from './run-game';
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
  const played: PlayedGame[] = [];
  const summary = simulate(scenario, {
    runs: options.runs,
    seed: options.seed,
    temperaments: options.temperaments,
    format: options.format,
    skipPractice: options.skipPractice,
    onGame: options.runs === 1 ? (game) => played.push(game) : undefined,
  });
  const game = played[0] ?? null;
  if (options.json) {
    // The game as the engine ended it, with the log it took (kept beside the context, not in it).
    const json = game === null ? summary : { ...summary, game: { ...game.context, log: game.log } };
    console.log(JSON.stringify(json, null, 2));
  } else {
    if (game !== null) console.log(`${formatGame(game)}\n`);
    console.log(formatSummary(summary));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
