import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, validateScenario } from '@borderline/scenarios';
import { ReflectionAnswers, REFLECTION_QUESTIONS } from '@borderline/shared';
import {
  editedCopy,
  lineOf,
  minimalDir,
  onlyProblem,
  problemAt,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

const usMexicoDir = fileURLToPath(new URL('../../../scenarios/us-mexico-2026', import.meta.url));

describe('assessment check: rubrics', () => {
  it('passes the fixture, whose objectives each have a rubric', () => {
    expect(validateScenario(minimalDir).problems).toEqual([]);
  });

  it('reports a learning objective without a rubric, at the objective', () => {
    const dir = editedCopy({
      'rubrics.yaml': replaceOnce(
        'objective: coalition-bargaining',
        'objective: escalation-dynamics',
      ),
    });
    const problems = validateScenario(dir).problems;
    expect(problems.map((problem) => problem.message).sort()).toEqual([
      'learning objective "coalition-bargaining" has no rubric; expected one in "rubrics" with 3 or 4 described levels',
      'learning objective "escalation-dynamics" has a second rubric; expected one per objective',
    ]);
    const missing = problemAt(validateScenario(dir), ['learningObjectives', 1]);
    expect(missing.file).toBe(path.join(dir, 'scenario.yaml'));
    expect(missing.line).toBe(lineOf(dir, 'scenario.yaml', '- id: coalition-bargaining'));
  });

  it('reports levels out of order, at the rank', () => {
    const dir = editedCopy({
      'rubrics.yaml': (text) => text.replace('rank: 2', 'rank: 3'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'rubrics.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'rubrics.yaml', 'rank: 3'));
    expect(problem.path).toEqual(['rubrics', 0, 'levels', 1, 'rank']);
    expect(problem.message).toBe(
      'level "proficient" has rank 3; expected 2 (levels are listed from the lowest, rank 1, up, one rank apart)',
    );
  });

  it('reports a level without its Spanish description', () => {
    const dir = editedCopy({
      'rubrics.yaml': replaceOnce('          es: Exige sin escuchar.\n', ''),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['rubrics', 1, 'levels', 0, 'description']);
    expect(problem.message).toMatch(/^missing its "es" translation/);
  });

  it('refuses a rubric of two levels (the schema)', () => {
    const dir = editedCopy({
      'rubrics.yaml': (text) => text.replace(/ {6}- id: exemplary\n {8}rank: 3\n(.*\n){4}/, ''),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['rubrics', 0, 'levels']);
    expect(problem.message).toMatch(/at least 3 levels/);
  });

  it('reports a reflection prompt tied to no real objective', () => {
    const dir = editedCopy({
      'rubrics.yaml': replaceOnce(
        '  - question: why\n    objective: escalation-dynamics',
        '  - question: why\n    objective: deterrence',
      ),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['reflectionPrompts', 0, 'objective']);
    expect(problem.message).toBe(
      'unknown learning objective "deterrence"; expected one of "escalation-dynamics", "coalition-bargaining"',
    );
  });
});

describe('the us-mexico-2026 assessment', () => {
  const scenario = loadScenario(usMexicoDir);

  it('rates every objective on three or four levels, named and described in both languages', () => {
    expect(scenario.rubrics.map((rubric) => rubric.objective).sort()).toEqual(
      scenario.learningObjectives.map((objective) => objective.id).sort(),
    );
    for (const rubric of scenario.rubrics) {
      expect(rubric.levels.length).toBeGreaterThanOrEqual(3);
      expect(rubric.levels.length).toBeLessThanOrEqual(4);
      for (const level of rubric.levels) {
        expect(level.name.es).toBeTruthy();
        expect(level.description.es).toBeTruthy();
      }
    }
  });

  it('ties every reflection question to an objective', () => {
    expect(scenario.reflectionPrompts.map((prompt) => prompt.question)).toEqual([
      ...REFLECTION_QUESTIONS,
    ]);
  });
});

describe('reflection questions', () => {
  it('are the answers a reflection carries', () => {
    expect(Object.keys(ReflectionAnswers.shape)).toEqual([...REFLECTION_QUESTIONS]);
  });
});
