import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import {
  checkArticle,
  checkKnowledgeCheck,
  checkScenario,
  defaultArticlePath,
  loadScenario,
  scenariosRoot,
} from '@borderline/scenarios';
import { knowledgeQuestionsOf, type KnowledgeCheck, type Scenario } from '@borderline/shared';
import { describe, expect, it } from 'vitest';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const check = scenario.knowledgeCheck as KnowledgeCheck;
const withCheck = (patch: (check: KnowledgeCheck) => KnowledgeCheck): Scenario => ({
  ...scenario,
  knowledgeCheck: patch(structuredClone(check)),
});
const messages = (target: Scenario) =>
  checkKnowledgeCheck(target).map((problem) => problem.message);

describe('the knowledge check of us-mexico-2026', () => {
  it('asks 5 to 8 questions in each format, covering every learning objective', () => {
    expect(checkKnowledgeCheck(scenario)).toEqual([]);
    expect(checkScenario(scenario)).toEqual([]);
    for (const format of scenario.formats) {
      const questions = knowledgeQuestionsOf(check, format.id);
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.length).toBeLessThanOrEqual(8);
      const objectives = new Set(questions.map((question) => question.objective));
      expect([...objectives].sort()).toEqual(
        scenario.learningObjectives.map((objective) => objective.id).sort(),
      );
    }
  });

  it('cites the article like the cards: each excerpt at its line, no new quoting', () => {
    const file = defaultArticlePath(scenario);
    if (!existsSync(file)) return;
    const article = { file, text: readFileSync(file, 'utf8') };
    const result = checkArticle(scenario, article);
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(scenario.injects.length + check.questions.length);
    const moved = withCheck((quiz) => {
      const first = quiz.questions[0];
      if (first) first.source = { ...first.source, line: 12 };
      return quiz;
    });
    expect(checkArticle(moved, article).problems.map((problem) => problem.path)).toEqual([
      ['knowledgeCheck', 'questions', 0, 'source', 'excerpt'],
    ]);
    const copied = withCheck((quiz) => {
      const first = quiz.questions[0];
      if (first) {
        first.explanation = {
          ...first.explanation,
          en: 'He designated six Mexican cartels as foreign terrorist organizations, we are told.',
        };
      }
      return quiz;
    });
    expect(checkArticle(copied, article).quotation.sharedRuns).toBe(1);
  });
});

describe('checkKnowledgeCheck', () => {
  it('refuses a format asking too few or too many questions, or unknown ones', () => {
    const few = withCheck((quiz) => ({
      ...quiz,
      formats: { ...quiz.formats, 'class-50': ['terrorist-designation', 'no-such-question'] },
    }));
    expect(messages(few)).toEqual([
      'format "class-50" asks 2 questions (expected 5 to 8)',
      'there is no question "no-such-question"',
    ]);
    const many = withCheck((quiz) => ({
      ...quiz,
      formats: { ...quiz.formats, full: quiz.questions.map((question) => question.id) },
    }));
    expect(messages(many)).toEqual(['format "full" asks 10 questions (expected 5 to 8)']);
    const missing = withCheck((quiz) => {
      const { full: _full, ...formats } = quiz.formats;
      return { ...quiz, formats: { ...formats, 'class-90': formats['class-50'] ?? [] } };
    });
    expect(messages(missing)).toEqual([
      'format "full" asks no questions (expected 5 to 8)',
      '"class-90" is not one of the scenario\'s formats',
    ]);
  });

  it('refuses a question without exactly one correct option, or with an unknown objective', () => {
    const bad = withCheck((quiz) => {
      const [first, second] = quiz.questions;
      if (first) first.options = first.options.map((option) => ({ ...option, correct: true }));
      if (second) {
        second.options = second.options.map((option) => ({ ...option, correct: false }));
        second.objective = 'no-such-objective';
      }
      return quiz;
    });
    expect(messages(bad)).toEqual([
      'expected exactly one correct option, found 4',
      '"no-such-objective" is not one of the scenario\'s learning objectives',
      'expected exactly one correct option, found 0',
    ]);
  });

  it('requires a true/false question to have two options and both languages everywhere', () => {
    const bad = withCheck((quiz) => {
      const trueFalse = quiz.questions.find((question) => question.kind === 'true-false');
      const option = trueFalse?.options[0];
      if (trueFalse && option) {
        trueFalse.options.push({ id: 'maybe', text: { en: 'Maybe' }, correct: false });
        trueFalse.explanation = { en: trueFalse.explanation.en };
      }
      return quiz;
    });
    const index = check.questions.findIndex((question) => question.kind === 'true-false');
    expect(checkKnowledgeCheck(bad)).toEqual([
      {
        path: ['knowledgeCheck', 'questions', index, 'options'],
        message: 'a true/false question has 2 options, found 3',
      },
      {
        path: ['knowledgeCheck', 'questions', index, 'options', 2, 'text'],
        message:
          'missing its "es" translation (players read the knowledge check in every language of the scenario)',
      },
      {
        path: ['knowledgeCheck', 'questions', index, 'explanation'],
        message:
          'missing its "es" translation (players read the knowledge check in every language of the scenario)',
      },
    ]);
  });

  it('has nothing to say about a scenario without a knowledge check', () => {
    const { knowledgeCheck: _quiz, ...without } = scenario;
    expect(checkKnowledgeCheck(without)).toEqual([]);
  });
});
