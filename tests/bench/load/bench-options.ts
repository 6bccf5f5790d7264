/** The load benchmark's command line: `--exercises <n> --players-per-team <k>` and the rest. */
export interface Options {
  exercises: number;
  playersPerTeam: number;
  format: string;
  thinkMs: number;
  /** Exercises start spread over this many seconds, as seminars do not all begin at once. */
  rampSeconds: number;
  seed: number;
  json: boolean;
  /**
   * Two compiled processes on PostgreSQL and Redis (TEST_DATABASE_URL,
   * TEST_REDIS_URL), each exercise's seats spread over both, instead of one
   * process on SQLite.
   */
  cluster: boolean;
}

export function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  const whole = (name: string, fallback: number, min: number): number => {
    const text = value(name);
    if (text === undefined) return fallback;
    const number = Number(text);
    if (!Number.isInteger(number) || number < min) {
      throw new Error(`--${name} expects a whole number of at least ${min}, not "${text}"`);
    }
    return number;
  };
  return {
    exercises: whole('exercises', 10, 1),
    playersPerTeam: whole('players-per-team', 4, 1),
    format: value('format') ?? 'seminar-90',
    thinkMs: whole('think-ms', 4_000, 0),
    rampSeconds: whole('ramp-s', 30, 0),
    seed: whole('seed', 1, 0),
    json: argv.includes('--json'),
    cluster: argv.includes('--cluster'),
  };
}
