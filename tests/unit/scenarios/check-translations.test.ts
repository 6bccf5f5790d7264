import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, translationCoverage, validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  minimalDir,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

const removeSpanishSummitBody = replaceOnce(
  '      es: El Sur acepta una cumbre, en su propio suelo.\n',
  '',
);

const SUMMIT_TRANSLATION = "      translation: { es: 'aceptó una cumbre' }\n";
const withOtherSource = (text: string): string =>
  `${text}otherSources:\n  - id: earlier-game\n    publication: A think tank\n    title: An earlier game\n    author: A think tank\n    year: 2025\n    kind: { en: a tabletop exercise, es: un ejercicio de mesa }\n`;
const citingSummit = (finding: string) =>
  replaceOnce(
    SUMMIT_TRANSLATION,
    `${SUMMIT_TRANSLATION}    alsoCites:\n      - source: earlier-game\n        finding: ${finding}\n`,
  );

describe('translations check', () => {
  it('reports an excerpt without its Spanish translation when "es" is declared', () => {
    const dir = editedCopy({ 'injects.yaml': replaceOnce(SUMMIT_TRANSLATION, '') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 2, 'source', 'translation']);
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'source:', 3));
    expect(problem.message).toBe(
      'missing its "es" translation ("es" is one of the scenario\'s languages, and players must read this text)',
    );
    const english = editedCopy({
      'scenario.yaml': replaceOnce('languages: [en, es]', 'languages: [en]'),
      'injects.yaml': replaceOnce(SUMMIT_TRANSLATION, ''),
    });
    expect(validateScenario(english).problems).toEqual([]);
  });

  it('requires the Spanish of what a card takes from a further source', () => {
    const translated = editedCopy({
      'scenario.yaml': withOtherSource,
      'injects.yaml': citingSummit(
        '{ en: In that game the summit failed., es: En ese juego la cumbre fracasó. }',
      ),
    });
    expect(validateScenario(translated).problems).toEqual([]);
    const dir = editedCopy({
      'scenario.yaml': withOtherSource,
      'injects.yaml': citingSummit('{ en: In that game the summit failed. }'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 2, 'alsoCites', 0, 'finding']);
    expect(problem.message).toBe(
      'missing its "es" translation ("es" is one of the scenario\'s languages, and players must read this text)',
    );
  });

  it('reports a missing Spanish inject body when "es" is declared', () => {
    const dir = editedCopy({ 'injects.yaml': removeSpanishSummitBody });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'body:', 3));
    expect(problem.path).toEqual(['injects', 2, 'body']);
    expect(problem.message).toBe(
      'missing its "es" translation ("es" is one of the scenario\'s languages, and players must read this text)',
    );
  });

  it('reports a missing Spanish secret briefing and question', () => {
    const dir = editedCopy({
      'teams.yaml': replaceOnce('      es: Tu partido está dividido sobre la cuestión.\n', ''),
      'injects.yaml': replaceOnce('          es: ¿Quién gana con la filtración?\n', ''),
    });
    expect(validateScenario(dir).problems.map((problem) => problem.path)).toEqual([
      ['injects', 4, 'questions', 0, 'text'],
      ['teams', 1, 'secretBriefing'],
    ]);
  });

  it('asks nothing of a language the scenario does not declare', () => {
    const dir = editedCopy({
      'scenario.yaml': replaceOnce('languages: [en, es]', 'languages: [en]'),
      'injects.yaml': removeSpanishSummitBody,
    });
    const report = validateScenario(dir);
    expect(report.problems).toEqual([]);
    expect(report.translations).toEqual([]);
  });

  it('counts every other text without requiring it', () => {
    const full = translationCoverage(loadScenario(minimalDir));
    const dir = editedCopy({ 'tracks.yaml': replaceOnce('      es: Escalada\n', '') });
    const report = validateScenario(dir);
    expect(report.problems).toEqual([]);
    const [before] = full;
    expect(before?.language).toBe('es');
    expect(before?.translated).toBeLessThan(before?.total ?? 0);
    expect(report.translations).toEqual([
      { language: 'es', translated: (before?.translated ?? 0) - 1, total: before?.total },
    ]);
  });
});
