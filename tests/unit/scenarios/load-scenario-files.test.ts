import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFiles, validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  minimalDir,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

describe('loadScenarioFiles', () => {
  it('merges the top-level keys of every YAML file and ignores the README', () => {
    const files = loadScenarioFiles(minimalDir);
    expect(files.problems).toEqual([]);
    expect(files.files.map((file) => path.basename(file.file))).toEqual([
      'actions.yaml',
      'endings.yaml',
      'injects.yaml',
      'moves.yaml',
      'rubrics.yaml',
      'scenario.yaml',
      'teams.yaml',
      'tracks.yaml',
    ]);
    expect(Object.keys(files.data).sort()).toEqual(
      [
        'actions',
        'audience',
        'channels',
        'durationMinutes',
        'endings',
        'id',
        'injects',
        'languages',
        'learningObjectives',
        'moves',
        'players',
        'reflectionPrompts',
        'rubrics',
        'rules',
        'source',
        'summary',
        'teams',
        'timing',
        'title',
        'tracks',
        'version',
      ].sort(),
    );
  });

  it('finds the file and line of any path inside a key', () => {
    const files = loadScenarioFiles(minimalDir);
    expect(files.locate(['injects', 1, 'source', 'excerpt'])).toEqual({
      file: path.join(minimalDir, 'injects.yaml'),
      line: lineOf(minimalDir, 'injects.yaml', 'excerpt: “a grave provocation”'),
    });
    expect(files.locate(['rules', 'turnOrder', 1])).toEqual({
      file: path.join(minimalDir, 'scenario.yaml'),
      line: lineOf(minimalDir, 'scenario.yaml', 'turnOrder:'),
    });
    expect(files.locate(['tracks'])).toEqual({
      file: path.join(minimalDir, 'tracks.yaml'),
      line: 1,
    });
  });

  it('places a path that is not written (a missing key) on its nearest written ancestor', () => {
    const files = loadScenarioFiles(minimalDir);
    expect(files.locate(['injects', 2, 'effects', 0])).toEqual({
      file: path.join(minimalDir, 'injects.yaml'),
      line: lineOf(minimalDir, 'injects.yaml', '- id: summit-called'),
    });
    expect(files.locate(['nowhere'])).toEqual({ file: minimalDir });
  });

  it('reports a YAML syntax error with its file and line, and stops there', () => {
    const dir = editedCopy({ 'tracks.yaml': replaceOnce('    start: 1\n', '    start: 1: 2\n') });
    const report = validateScenario(dir);
    const problem = onlyProblem(report);
    expect(problem.file).toBe(path.join(dir, 'tracks.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'tracks.yaml', 'start: 1: 2'));
    expect(problem.path).toEqual([]);
    expect(problem.message).toMatch(/^YAML syntax: Nested mappings are not allowed/);
    expect(report.stoppedAt).toBe('files');
  });

  it('reports a key defined in two files, naming both', () => {
    // Files are read in name order, so the later one (tracks.yaml) holds the second definition.
    const dir = editedCopy({ 'tracks.yaml': (text) => `${text}moves: []\n` });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'tracks.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'tracks.yaml', 'moves: []'));
    expect(problem.path).toEqual(['moves']);
    expect(problem.message).toBe('"moves" is defined in both moves.yaml (line 1) and tracks.yaml');
  });

  it('reports a file that is not a mapping of scenario keys', () => {
    const dir = editedCopy({ 'notes.yaml': () => '- a list\n- of notes\n' });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'notes.yaml'));
    expect(problem.line).toBe(1);
    expect(problem.message).toBe(
      'expected a mapping of scenario keys (such as "tracks:"), found a list or a single value',
    );
  });

  it('reports a folder without YAML files', () => {
    const dir = path.join(editedCopy(), 'nothing-here');
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(dir);
    expect(problem.message).toBe('folder not found');
  });
});
