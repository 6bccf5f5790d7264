import { DEBRIEF_STAGES } from '@borderline/shared';
import type { DebriefQuestion, LocalizedText, Scenario } from '@borderline/shared';
import { checkConditionReferences } from './check-references';
import type { Path, Problem } from './problem';
import { indexScenario, listIds } from './scenario-index';

/** A stage asks enough to fill its minutes, and few enough to be prioritised. */
export const MIN_GUIDE_QUESTIONS_PER_STAGE = 6;
export const MAX_GUIDE_QUESTIONS_PER_STAGE = 10;
/** Asked whatever happened, so that no ending leaves a stage without its guide. */
export const MIN_ALWAYS_ASKED_PER_STAGE = 4;

/**
 * The scenario's debrief guide, when it has one: per stage 6 to 10 questions
 * with distinct priorities, at least four asked whatever happened; every
 * question tied to a learning objective and every objective asked about;
 * question and facilitator notes in each of the scenario's languages; the
 * endings and the conditions of `when` name what the scenario defines.
 */
export function checkDebriefGuide(scenario: Scenario): Problem[] {
  const guide = scenario.debriefGuide;
  if (guide === undefined) return [];
  const index = indexScenario(scenario);
  const endings = new Set(scenario.endings.map((ending) => ending.id));
  const problems: Problem[] = [];
  const firstPathOfId = new Map<string, Path>();
  const asked = new Set<string>();
  for (const stage of DEBRIEF_STAGES) {
    const questions = guide[stage];
    const stagePath = ['debriefGuide', stage];
    problems.push(...checkStageSize(stage, questions, stagePath));
    const priorities = new Map<number, string>();
    questions.forEach((question, q) => {
      const path = [...stagePath, q];
      const sameId = firstPathOfId.get(question.id);
      if (sameId !== undefined) {
        problems.push({
          path: [...path, 'id'],
          message: `question id "${question.id}" is used twice in the debrief guide (first in stage "${String(sameId[1])}")`,
        });
      } else firstPathOfId.set(question.id, path);
      const samePriority = priorities.get(question.priority);
      if (samePriority !== undefined) {
        problems.push({
          path: [...path, 'priority'],
          message: `priority ${question.priority} is given to both "${samePriority}" and "${question.id}" in stage "${stage}" (each question of a stage needs its own priority)`,
        });
      } else priorities.set(question.priority, question.id);
      if (index.learningObjectives.has(question.objective)) asked.add(question.objective);
      else {
        problems.push({
          path: [...path, 'objective'],
          message: `unknown learning objective "${question.objective}" (expected one of ${listIds(index.learningObjectives)})`,
        });
      }
      problems.push(...missingLanguages(scenario, question, path));
      problems.push(...checkWhen(question, path, endings, index));
    });
  }
  scenario.learningObjectives.forEach((objective, o) => {
    if (asked.has(objective.id)) return;
    problems.push({
      path: ['learningObjectives', o],
      message: `learning objective "${objective.id}" is asked about by no question of the debrief guide`,
    });
  });
  return problems;
}

function checkStageSize(stage: string, questions: DebriefQuestion[], path: Path): Problem[] {
  const problems: Problem[] = [];
  const count = questions.length;
  if (count < MIN_GUIDE_QUESTIONS_PER_STAGE || count > MAX_GUIDE_QUESTIONS_PER_STAGE) {
    problems.push({
      path,
      message: `stage "${stage}" of the debrief guide has ${count} question${count === 1 ? '' : 's'}; expected ${MIN_GUIDE_QUESTIONS_PER_STAGE} to ${MAX_GUIDE_QUESTIONS_PER_STAGE}`,
    });
  }
  const always = questions.filter((question) => question.when === undefined).length;
  if (count > 0 && always < MIN_ALWAYS_ASKED_PER_STAGE) {
    problems.push({
      path,
      message: `stage "${stage}" of the debrief guide asks ${always} question${always === 1 ? '' : 's'} whatever happened; expected at least ${MIN_ALWAYS_ASKED_PER_STAGE} without "when"`,
    });
  }
  return problems;
}

function missingLanguages(scenario: Scenario, question: DebriefQuestion, path: Path): Problem[] {
  const fields: [string, LocalizedText][] = [
    ['text', question.text],
    ['notes', question.notes],
  ];
  return fields.flatMap(([field, text]) =>
    scenario.languages
      .filter((language) => text[language] === undefined)
      .map((language) => ({
        path: [...path, field],
        message: `missing its "${language}" translation (the debrief guide is read in each of the scenario's languages)`,
      })),
  );
}

function checkWhen(
  question: DebriefQuestion,
  path: Path,
  endings: ReadonlySet<string>,
  index: ReturnType<typeof indexScenario>,
): Problem[] {
  const when = question.when;
  if (when === undefined) return [];
  const problems: Problem[] = (when.endings ?? []).flatMap((ending, e) =>
    endings.has(ending)
      ? []
      : [
          {
            path: [...path, 'when', 'endings', e],
            message: `unknown ending "${ending}" (expected one of ${listIds(endings)})`,
          },
        ],
  );
  if (when.condition !== undefined) {
    problems.push(
      ...checkConditionReferences(when.condition, [...path, 'when', 'condition'], index),
    );
  }
  return problems;
}
