import fs from 'node:fs';
import path from 'node:path';
import { loadAllScenarios, scenariosRoot } from '@borderline/scenarios';
import { ConfigError, databaseFile, readConfig } from '../config';
import { parseReportArgs, REPORT_USAGE, UsageError } from './report-cli-args';
import { runReportCommand } from './report-command';
import { openExistingStore, ReportSourceError } from './stored-material';

/** `npm run report -- --exercise <id> --format md|json [--out file] [--language en|es]`. */
function main(argv: readonly string[]): number {
  let options;
  let dbFile;
  try {
    options = parseReportArgs(argv);
    if (options === null) {
      console.log(REPORT_USAGE);
      return 0;
    }
    dbFile = databaseFile(readConfig());
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`${error.message}\n\n${REPORT_USAGE}`);
      return 2;
    }
    throw error;
  }
  try {
    const store = openExistingStore(dbFile);
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
      store.close();
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

process.exitCode = main(process.argv.slice(2));
