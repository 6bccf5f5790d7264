import { isTemperamentChoice, type TemperamentChoice } from './run-game';

export const USAGE = `Usage: npm run simulate -- --scenario <id|folder> [--runs <n>] [--seed <s>] [--json]
       [--temperament <team>=<hawkish|cooperative|balanced|mixed>,...] [--skip-practice]

Plays complete exercises in-process with bots in every seat and prints the
distribution of endings, final track ranges and objective scores per team.
With --runs 1 it prints the whole game's log. Teams without a temperament
draw one per game (mixed).`;

export interface CliOptions {
  scenario: string;
  runs: number;
  seed: number;
  json: boolean;
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
    else if (arg === '--skip-practice') options.skipPractice = true;
    else if (arg === '--temperament') options.temperaments = parseTemperaments(value());
    else throw new Error(`unknown argument "${arg}"`);
  }
  if (options.scenario === '') throw new Error('--scenario is required');
  if (options.runs < 1) throw new Error('--runs must be at least 1');
  return options;
}
