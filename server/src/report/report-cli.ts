import fs from 'node:fs';
import path from 'node:path';
import { loadAllScenarios, scenariosRoot } from '@borderline/scenarios';
import { ConfigError, databaseFile, readConfig } from '../config';
import { parseReportArgs, REPORT_USAGE, UsageError } from './report-cli-args';
import { runReportCommand } from './report-command';
import { openExistingStore, ReportSourceError } from './stored-material';
import type { ExerciseStore } from '../store/exercise-store';
import { MirroredStore } from '../store/mirrored-store';
import { openPostgresStore } from '../store/postgres/postgres-store';

/** `npm run report -- --exercise <id> --format md|json [--out file] [--language en|es]`. */
async function main(argv: readonly string[]): Promise<number> {
  let options;
  let config;
  try {
    options = parseReportArgs(argv);
    if (options === null) {
      console.log(REPORT_USAGE);
      return 0;
    }
    config = readConfig();
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`${error.message}\n\n${REPORT_USAGE}`);
      return 2;
    }
    throw error;
  }
  try {
    const { store, close } =
      config.databaseUrl === undefined
        ? sqliteSource(openExistingStore(databaseFile(config)))
        : await openSharedStore(config.databaseUrl, options.exercise);
    try {
      const result = runReportCommand(options, store, loadAllScenarios(scenariosRoot), Date.now());
      for (const note of result.notes) console.error(`note: ${note}`);
      if (options.out === null) {
        process.stdout.write(result.output);
      } else {
        const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
        fs.writeFileSync(file, result.output);
        console.error(
          `Wrote the ${options.format === 'md' ? 'Markdown report' : 'JSON export'} to ${file}`,
        );
      }
    } finally {
      await close();
    }
    return 0;
  } catch (error) {
    if (error instanceof ReportSourceError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

function sqliteSource(store: ExerciseStore): { store: ExerciseStore; close: () => Promise<void> } {
  return {
    store,
    close: () => {
      store.close();
      return Promise.resolve();
    },
  };
}

/**
 * On PostgreSQL (DATABASE_URL): the exercise read into memory once, as a
 * server would hold it; nothing is written and no lease is taken, so a
 * running cluster is not disturbed.
 */
async function openSharedStore(
  databaseUrl: string,
  exerciseId: string,
): Promise<{ store: ExerciseStore; close: () => Promise<void> }> {
  let backend;
  try {
    backend = await openPostgresStore(databaseUrl);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReportSourceError(`The database of DATABASE_URL cannot be used: ${reason}.`);
  }
  const store = new MirroredStore(backend, { onLost: () => undefined });
  await store.preload(exerciseId);
  return { store, close: () => store.closeAsync() };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    throw error;
  },
);
