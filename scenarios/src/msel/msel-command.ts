import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Id } from '@borderline/shared';
import { displayPath as relativePath, formatProblem } from '../format-problem';
import { listScenarioDirs } from '../load-scenario';
import { scenariosRoot } from '../scenarios-root';
import { validateScenario } from '../validate-scenario';
import { exportMsel } from './export-msel';
import { importMselIntoScenario } from './import-into-scenario';
import { formatMselError } from './msel-error';

export interface MselIo {
  /** Writes text as it is (the CSV on stdout, or the summary line). */
  out: (text: string) => void;
  /** Prints one line of errors or notes. */
  err: (line: string) => void;
  /** The user's folder: files and scenario folders given are relative to it. */
  cwd: string;
  /** Where scenario ids are looked up (default: the repository's scenarios/). */
  root?: string;
}

const USAGE = `usage:
  npm run msel -- export --scenario <id|folder> [--out file.csv]
  npm run msel -- import --scenario <id|folder> --file file.csv [--dry-run]

export  writes the scenario's inject cards as a master scenario events list (CSV),
        to stdout or to --out (with a byte order mark, for spreadsheets).
import  reads such a CSV and replaces the scenario's inject cards, only when every
        row reads and the scenario still passes the checker; --dry-run checks only.
--scenario  an id names scenarios/<id>; any other folder is a path (./my-copy).
Exit codes: 0 done, 1 invalid scenario or CSV (errors on stderr), 2 bad usage.`;

interface MselArgs {
  command: 'export' | 'import';
  scenario: string;
  out?: string;
  file?: string;
  dryRun: boolean;
}

/** Runs `export` or `import` and returns the exit code. */
export function runMsel(args: string[], io: MselIo): number {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed === USAGE) io.out(`${USAGE}\n`);
    else io.err(`${parsed}\n\n${USAGE}`);
    return parsed === USAGE ? 0 : 2;
  }
  const dir = scenarioDir(parsed.scenario, io);
  if (dir === undefined) return 2;
  return parsed.command === 'export' ? runExport(dir, parsed.out, io) : runImport(dir, parsed, io);
}

function runExport(dir: string, out: string | undefined, io: MselIo): number {
  const report = validateScenario(dir);
  if (report.scenario === undefined) {
    report.problems.forEach((problem) => io.err(formatProblem(problem, io.cwd)));
    io.err(`${displayPath(dir, io.cwd)}: the scenario does not load, so it cannot be exported`);
    return 1;
  }
  if (out === undefined) {
    io.out(exportMsel(report.scenario));
    return 0;
  }
  const target = path.resolve(io.cwd, out);
  writeFileSync(target, exportMsel(report.scenario, { bom: true }));
  io.err(`wrote ${report.scenario.injects.length} inject cards to ${displayPath(target, io.cwd)}`);
  return 0;
}

function runImport(dir: string, args: MselArgs, io: MselIo): number {
  const file = path.resolve(io.cwd, args.file ?? '');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`cannot read ${displayPath(file, io.cwd)}: ${reason}`);
    return 1;
  }
  const result = importMselIntoScenario(dir, text, { dryRun: args.dryRun });
  const shown = displayPath(file, io.cwd);
  if (!result.ok) {
    result.errors.forEach((error) => io.err(`${shown}: ${formatMselError(error)}`));
    const count = result.errors.length;
    io.err(`${count} error${count === 1 ? '' : 's'}; the scenario was not changed`);
    return 1;
  }
  if (result.ignoredColumns.length > 0) {
    const names = result.ignoredColumns.map((name) => `"${name}"`).join(', ');
    io.err(
      `note: ignored column${result.ignoredColumns.length === 1 ? '' : 's'} ${names} (not read by Borderline)`,
    );
  }
  const target = displayPath(result.file, io.cwd);
  const count = `${result.injects.length} inject cards`;
  io.out(
    result.written
      ? `imported ${count} into ${target}\n`
      : `dry run: ${count} read and the scenario passes the checker; ${target} left unchanged\n`,
  );
  return 0;
}

const OPTIONS = {
  export: ['scenario', 'out'],
  import: ['scenario', 'file'],
} as const satisfies Record<MselArgs['command'], readonly ('scenario' | 'out' | 'file')[]>;

/** Relative to the user's folder when inside it, absolute otherwise (a temporary folder). */
function displayPath(file: string, cwd: string): string {
  const relative = relativePath(file, cwd);
  return relative.startsWith('..') ? file : relative;
}

function parseArgs(args: string[]): MselArgs | string {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') return USAGE;
  if (command !== 'export' && command !== 'import') {
    return `unknown command "${command}" (expected "export" or "import")`;
  }
  const values: Partial<Record<'scenario' | 'out' | 'file', string>> = {};
  let dryRun = false;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--dry-run' && command === 'import') {
      dryRun = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [arg];
    const allowed = OPTIONS[command].find((option) => option === flag);
    if (allowed === undefined) return `unknown option ${arg} for ${command}`;
    const value = inline ?? rest[(i += 1)];
    if (value === undefined || value === '') return `--${allowed} needs a value`;
    values[allowed] = value;
  }
  if (values.scenario === undefined) return `${command} needs --scenario <id|folder>`;
  if (command === 'import' && values.file === undefined) return 'import needs --file <file.csv>';
  return { command, scenario: values.scenario, dryRun, ...values };
}

/** An id names a folder under scenarios/; anything else is a folder, from the user's folder. */
function scenarioDir(scenario: string, io: MselIo): string | undefined {
  const root = io.root ?? scenariosRoot;
  const candidates = [
    ...(Id.safeParse(scenario).success ? [path.join(root, scenario)] : []),
    path.resolve(io.cwd, scenario),
  ];
  const dir = candidates.find(
    (candidate) => existsSync(candidate) && statSync(candidate).isDirectory(),
  );
  if (dir !== undefined) return dir;
  const ids = listScenarioDirs(root).map((folder) => path.basename(folder));
  io.err(
    `no scenario "${scenario}": expected a scenario id (${ids.join(', ')}) or a scenario folder`,
  );
  return undefined;
}
