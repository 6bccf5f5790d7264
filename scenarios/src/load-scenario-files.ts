import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Pair } from 'yaml';
import type { LocatedProblem, Path } from './problem';

/** One parsed YAML file of a scenario, with what is needed to turn offsets into lines. */
export interface ScenarioFile {
  /** Absolute path. */
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

export interface SourceLocation {
  /** The YAML file holding the path, or the scenario folder when no file does. */
  file: string;
  line?: number;
}

/** A scenario folder as written: its files, their keys merged, and what went wrong reading them. */
export interface ScenarioFiles {
  dir: string;
  files: ScenarioFile[];
  /** The top-level keys of every file merged into one object, before any validation. */
  data: Record<string, unknown>;
  /** YAML syntax errors, files that are not mappings, keys defined in two files. */
  problems: LocatedProblem[];
  /** Where a path of `data` is written: its file and the line of its deepest existing part. */
  locate(path: Path): SourceLocation;
}

const YAML_FILE_NAME = /\.ya?ml$/;

export function isYamlFileName(name: string): boolean {
  return YAML_FILE_NAME.test(name);
}

/** The YAML file names of a folder, sorted so that "first definition" is stable. */
export function listYamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isYamlFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export function loadScenarioFiles(dir: string): ScenarioFiles {
  const absoluteDir = path.resolve(dir);
  if (!existsSync(absoluteDir) || !statSync(absoluteDir).isDirectory()) {
    return emptyResult(absoluteDir, 'folder not found');
  }
  const names = listYamlFiles(absoluteDir);
  if (names.length === 0) {
    return emptyResult(absoluteDir, 'no scenario files (*.yaml) in this folder');
  }
  const files = names.map((name) => parseScenarioFile(path.join(absoluteDir, name)));
  const problems = files.flatMap(syntaxProblems);
  const owners = new Map<string, ScenarioFile>();
  const data: Record<string, unknown> = {};
  for (const file of files.filter((candidate) => candidate.document.errors.length === 0)) {
    problems.push(...mergeTopLevelKeys(file, owners, data));
  }
  const locate = (target: Path): SourceLocation => {
    const owner = typeof target[0] === 'string' ? owners.get(target[0]) : undefined;
    if (owner === undefined) return { file: absoluteDir };
    return { file: owner.file, line: lineOfPath(owner, target) };
  };
  return { dir: absoluteDir, files, data, problems, locate };
}

export function parseScenarioFile(file: string): ScenarioFile {
  const lineCounter = new LineCounter();
  // prettyErrors off: the CLI prints one line per error, with our own file:line prefix.
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false });
  return { file, document, lineCounter };
}

function emptyResult(dir: string, message: string): ScenarioFiles {
  return {
    dir,
    files: [],
    data: {},
    problems: [{ file: dir, path: [], message }],
    locate: () => ({ file: dir }),
  };
}

function syntaxProblems(file: ScenarioFile): LocatedProblem[] {
  return file.document.errors.map((error) => {
    const { line, col } = file.lineCounter.linePos(error.pos[0]);
    return {
      file: file.file,
      line,
      path: [],
      message: `YAML syntax: ${error.message} (column ${col})`,
    };
  });
}

/** Copies a file's top-level keys into `data`; a key another file already defined is an error. */
function mergeTopLevelKeys(
  file: ScenarioFile,
  owners: Map<string, ScenarioFile>,
  data: Record<string, unknown>,
): LocatedProblem[] {
  const contents = file.document.contents;
  if (!isMap(contents)) {
    const found = contents === null ? 'an empty file' : 'a list or a single value';
    return [
      {
        file: file.file,
        line: lineOfNode(file, contents) ?? 1,
        path: [],
        message: `expected a mapping of scenario keys (such as "tracks:"), found ${found}`,
      },
    ];
  }
  const values = file.document.toJS() as Record<string, unknown>;
  const problems: LocatedProblem[] = [];
  for (const pair of contents.items) {
    const key = keyName(pair);
    const first = owners.get(key);
    if (first !== undefined) {
      const firstLine = lineOfPath(first, [key]) ?? 1;
      problems.push({
        file: file.file,
        line: lineOfNode(file, pair.key),
        path: [key],
        message: `"${key}" is defined in both ${path.basename(first.file)} (line ${firstLine}) and ${path.basename(file.file)}`,
      });
      continue;
    }
    owners.set(key, file);
    data[key] = values[key];
  }
  return problems;
}

function keyName(pair: Pair<unknown, unknown>): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/** The line of the deepest part of `target` that the file holds (a key's line for a mapping entry). */
export function lineOfPath(file: ScenarioFile, target: Path): number | undefined {
  let node: unknown = file.document.contents;
  let line: number | undefined;
  for (const segment of target) {
    if (isAlias(node)) node = node.resolve(file.document);
    if (isMap(node)) {
      const pair = node.items.find((item) => keyName(item) === String(segment));
      if (pair === undefined) break;
      line = lineOfNode(file, pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      line = lineOfNode(file, item) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function lineOfNode(file: ScenarioFile, node: unknown): number | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return file.lineCounter.linePos(node.range[0]).line;
}
