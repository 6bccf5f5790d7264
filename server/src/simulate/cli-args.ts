import { isTemperamentChoice, type TemperamentChoice } from './run-game';

export const USAGE = `Usage: npm run simulate -- --scenario <id|folder> [--format <id>] [--runs <n>] [--seed <s>]
       [--json] [--temperament <team>=<hawkish|cooperative|balanced|mixed>,...] [--skip-practice]
       [--balance]

Plays complete exercises in-process with bots in every seat and prints the
distribution of endings, final track ranges and objective scores per team.
With --runs 1 it prints the whole game's log. Teams without a temperament
draw one per game (mixed). --format plays one of the scenario's formats
(its first by default).

--balance measures whether the teams' choices matter: the endings of --runs
mixed games, each team's hawkish and cooperative games (others mixed, --runs
each) and their total variation distance, each team's own score per
temperament, every combination of the teams' temperaments (--runs / 4 games
each), the share of the ending's uncertainty the temperaments explain, and
how often every card is played and every odds modifier applies.`;

export interface CliOptions {
  scenario: string;
  runs: number;
  seed: number;
  json: boolean;
  balance: boolean;
  format: string | undefined;
  skipPractice: boolean;
  temperaments: Record<string, TemperamentChoice>;
}

function parseInteger(name: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number)) {
    throw new Error(`--${name} expects a whole number`);
  }
  return number;
}

function parseTemperaments(value: string | undefined): Record<string, TemperamentChoice> {
  const temperaments: Record<string, TemperamentChoice> = {};
  for (const pair of (value ?? '').split(',').filter(Boolean)) {
    const [team, temperament] = pair.split('=');
    if (!team || !temperament || !isTemperamentChoice(temperament)) {
      throw new Error(
        `--temperament expects team=hawkish|cooperative|balanced|mixed, got "${pair}"`,
      );
    }
    temperaments[team] = temperament;
  }
  return temperaments;
}

export function parseArgs(argv: readonly string[]): CliOptions | null {
  const options: CliOptions = {
    scenario: '',
    runs: 100,
    seed: 1,
    json: false,
    balance: false,
    format: undefined,
    skipPractice: false,
    temperaments: {},
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === '--help' || arg === '-h') return null;
    else if (arg === '--scenario') options.scenario = value() ?? '';
    else if (arg === '--runs') options.runs = parseInteger('runs', value());
    else if (arg === '--seed') options.seed = parseInteger('seed', value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--balance') options.balance = true;
    else if (arg === '--format') {
      const format = value();
      if (format === undefined || format.startsWith('--'))
        throw new Error('--format expects a format id');
      options.format = format;
    } else if (arg === '--skip-practice') options.skipPractice = true;
    else if (arg === '--temperament') options.temperaments = parseTemperaments(value());
    else throw new Error(`unknown argument "${arg}"`);
  }
  if (options.scenario === '') throw new Error('--scenario is required');
  if (options.runs < 1) throw new Error('--runs must be at least 1');
  return options;
}
