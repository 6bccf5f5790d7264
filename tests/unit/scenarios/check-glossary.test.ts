import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, scenariosRoot, validateScenario } from '@borderline/scenarios';
import { glossarySegments } from '@borderline/shared';
import path from 'node:path';
import {
  editedCopy,
  lineOf,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

/** A glossary file for the fixture, with the given entries' YAML. */
function glossaryFile(entries: string): () => string {
  return () => `glossary:\n${entries}`;
}

const PATROL = [
  '  - id: patrol',
  '    term: { en: patrol, es: patrulla }',
  '    expansion: { en: A border patrol, es: Una patrulla fronteriza }',
  '    explanation: { en: Soldiers who watch the river., es: Soldados que vigilan el río. }',
  '    match: { en: [patrol], es: [patrulla] }',
  '',
].join('\n');

/** The fixture's secret card, saying "RDF" (an acronym no entry explains). */
const WITH_ACRONYM = replaceOnce(
  'A patrol crossed the river at night;',
  'A patrol of the RDF crossed the river at night;',
);

describe('the scenario glossary', () => {
  it('accepts a glossary whose entries are unique and find every acronym the cards use', () => {
    const dir = editedCopy({ 'glossary.yaml': glossaryFile(PATROL) });
    const report = validateScenario(dir);
    expect(report.problems).toEqual([]);
    expect(report.scenario?.glossary.map((entry) => entry.id)).toEqual(['patrol']);
  });

  it('fails on an acronym the cards use that no entry finds, naming the card text', () => {
    const dir = editedCopy({ 'glossary.yaml': glossaryFile(PATROL), 'injects.yaml': WITH_ACRONYM });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 1, 'body', 'en']);
    expect(problem.message).toContain('"RDF"');
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'RDF'));
  });

  it('is satisfied once an entry finds the acronym', () => {
    const rdf = PATROL.replace('id: patrol', 'id: rdf').replace(
      'match: { en: [patrol], es: [patrulla] }',
      'match: { en: [RDF], es: [FDR] }',
    );
    const dir = editedCopy({ 'glossary.yaml': glossaryFile(rdf), 'injects.yaml': WITH_ACRONYM });
    expect(validateScenario(dir).problems).toEqual([]);
  });

  it('fails on a duplicate id and on a form two entries claim', () => {
    const dir = editedCopy({ 'glossary.yaml': glossaryFile(`${PATROL}${PATROL}`) });
    const messages = validateScenario(dir).problems.map((problem) => problem.message);
    expect(messages.some((message) => message.includes('duplicate glossary id "patrol"'))).toBe(
      true,
    );
    expect(messages.some((message) => message.includes('the form "patrol"'))).toBe(false);
    const twice = PATROL + PATROL.replace('id: patrol', 'id: sentry');
    const claimed = validateScenario(editedCopy({ 'glossary.yaml': glossaryFile(twice) }));
    expect(claimed.problems.map((problem) => problem.message)).toEqual([
      'the form "patrol" already finds the entry "patrol": a term in the text would be explained by two entries',
      'the form "patrulla" already finds the entry "patrol": a term in the text would be explained by two entries',
    ]);
  });

  it('fails the schema on an entry without an explanation or English forms', () => {
    const broken = PATROL.replace(
      '    explanation: { en: Soldiers who watch the river., es: Soldados que vigilan el río. }\n',
      '',
    ).replace('match: { en: [patrol], es: [patrulla] }', 'match: { en: [], es: [patrulla] }');
    const report = validateScenario(editedCopy({ 'glossary.yaml': glossaryFile(broken) }));
    expect(report.stoppedAt).toBe('schema');
    const paths = report.problems.map((problem) => problem.path.join('.'));
    expect(paths).toContain('glossary.0.explanation');
    expect(paths).toContain('glossary.0.match.en');
  });
});

describe('the US-Mexico glossary', () => {
  const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));

  it('explains the terms the issue names, in English and Spanish', () => {
    const ids = scenario.glossary.map((entry) => entry.id);
    for (const id of [
      'fto',
      'jiatf-cc',
      'ondcp',
      'semar',
      'uif',
      'fgr',
      'cni',
      'material-support',
    ]) {
      expect(ids).toContain(id);
    }
    for (const entry of scenario.glossary) {
      expect(entry.expansion.es, entry.id).toBeTruthy();
      expect(entry.explanation.es, entry.id).toBeTruthy();
    }
  });

  it('marks a term once, as written, and not inside another word', () => {
    const segments = glossarySegments(
      'SEMAR and the FGR: SEMAR again, FGRX not.',
      scenario.glossary,
      'en',
    );
    expect(segments.filter((segment) => segment.kind === 'term')).toEqual([
      { kind: 'term', text: 'SEMAR', entry: 'semar' },
      { kind: 'term', text: 'FGR', entry: 'fgr' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(
      'SEMAR and the FGR: SEMAR again, FGRX not.',
    );
  });

  it('finds Spanish forms and the longest form first', () => {
    const segments = glossarySegments(
      'Designadas organizaciones terroristas extranjeras, con cargos de apoyo material.',
      scenario.glossary,
      'es',
    );
    expect(segments.filter((segment) => segment.kind === 'term')).toEqual([
      { kind: 'term', text: 'organizaciones terroristas extranjeras', entry: 'fto' },
      { kind: 'term', text: 'apoyo material', entry: 'material-support' },
    ]);
  });
});
