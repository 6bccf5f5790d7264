import type { LocalizedText, Scenario } from '@borderline/shared';
import type { Path, Problem } from './problem';
import { listIds } from './scenario-index';

/**
 * The assessment is sound: every learning objective has exactly one rubric,
 * each rubric names a real objective and orders its levels from rank 1 up
 * without gaps (so "higher" always means better attainment), level ids are
 * unique within a rubric, and every level's name and description are given
 * in each of the scenario's languages (an evaluator rates in the room's
 * language). Each reflection prompt names a real objective, and a question
 * is worded once.
 */
export function checkAssessment(scenario: Scenario): Problem[] {
  return [...checkRubrics(scenario), ...checkReflectionPrompts(scenario)];
}

function checkRubrics(scenario: Scenario): Problem[] {
  const objectives = scenario.learningObjectives.map((objective) => objective.id);
  const problems: Problem[] = [];
  scenario.learningObjectives.forEach((objective, o) => {
    if (!scenario.rubrics.some((rubric) => rubric.objective === objective.id)) {
      problems.push({
        path: ['learningObjectives', o],
        message: `learning objective "${objective.id}" has no rubric; expected one in "rubrics" with 3 or 4 described levels`,
      });
    }
  });
  scenario.rubrics.forEach((rubric, r) => {
    const path: Path = ['rubrics', r];
    if (!objectives.includes(rubric.objective)) {
      problems.push({
        path: [...path, 'objective'],
        message: `unknown learning objective "${rubric.objective}"; expected one of ${listIds(objectives)}`,
      });
    } else if (scenario.rubrics.findIndex((other) => other.objective === rubric.objective) !== r) {
      problems.push({
        path: [...path, 'objective'],
        message: `learning objective "${rubric.objective}" has a second rubric; expected one per objective`,
      });
    }
    rubric.levels.forEach((level, l) => {
      const levelPath: Path = [...path, 'levels', l];
      if (level.rank !== l + 1) {
        problems.push({
          path: [...levelPath, 'rank'],
          message: `level "${level.id}" has rank ${level.rank}; expected ${l + 1} (levels are listed from the lowest, rank 1, up, one rank apart)`,
        });
      }
      if (rubric.levels.findIndex((other) => other.id === level.id) !== l) {
        problems.push({
          path: [...levelPath, 'id'],
          message: `duplicate level id "${level.id}" in the rubric of "${rubric.objective}"`,
        });
      }
      problems.push(
        ...untranslated(scenario, [...levelPath, 'name'], level.name),
        ...untranslated(scenario, [...levelPath, 'description'], level.description),
      );
    });
  });
  return problems;
}

function checkReflectionPrompts(scenario: Scenario): Problem[] {
  const objectives = scenario.learningObjectives.map((objective) => objective.id);
  return scenario.reflectionPrompts.flatMap((prompt, p): Problem[] => {
    const path: Path = ['reflectionPrompts', p];
    const problems: Problem[] = [];
    if (!objectives.includes(prompt.objective)) {
      problems.push({
        path: [...path, 'objective'],
        message: `unknown learning objective "${prompt.objective}"; expected one of ${listIds(objectives)}`,
      });
    }
    const first = scenario.reflectionPrompts.findIndex(
      (other) => other.question === prompt.question,
    );
    if (first !== p) {
      problems.push({
        path: [...path, 'question'],
        message: `the question "${prompt.question}" is already worded by reflectionPrompts[${first}]; expected each question once`,
      });
    }
    problems.push(...untranslated(scenario, [...path, 'text'], prompt.text));
    return problems;
  });
}

function untranslated(scenario: Scenario, path: Path, text: LocalizedText): Problem[] {
  return [...new Set(scenario.languages)]
    .filter((language) => language !== 'en' && text[language] === undefined)
    .map((language) => ({
      path,
      message: `missing its "${language}" translation (an evaluator rates, and a student reflects, in the room's language)`,
    }));
}
