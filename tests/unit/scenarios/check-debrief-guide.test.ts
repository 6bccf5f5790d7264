import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkDebriefGuide,
  loadScenario,
  scenariosRoot,
  validateScenario,
} from '@borderline/scenarios';
import { DEBRIEF_STAGES } from '@borderline/shared';
import { editedCopy, lineOf, onlyProblem, removeTemporaryFolders } from './scenario-fixture';

afterAll(removeTemporaryFolders);

interface GuideLine {
  id: string;
  priority: number;
  objective: string;
  es?: boolean;
  when?: string;
}

/** Six questions for a stage of the minimal fixture, both objectives asked, two with `when`. */
function stageQuestions(stage: string): GuideLine[] {
  return [1, 2, 3, 4, 5, 6].map((priority) => ({
    id: `${stage}-${priority}`,
    priority,
    objective: priority % 2 === 0 ? 'coalition-bargaining' : 'escalation-dynamics',
    ...(priority === 5 ? { when: '{ endings: [rupture] }' } : {}),
    ...(priority === 6 ? { when: '{ condition: { type: move, atMost: 2 } }' } : {}),
  }));
}

function guideYaml(edit: (stage: string, questions: GuideLine[]) => GuideLine[] = (_, q) => q) {
  const lines = ['debriefGuide:'];
  for (const stage of DEBRIEF_STAGES) {
    lines.push(`  ${stage}:`);
    for (const question of edit(stage, stageQuestions(stage))) {
      const es = question.es === false ? '' : `, es: 'Pregunta ${question.id}'`;
      lines.push(
        `    - id: ${question.id}`,
        `      priority: ${question.priority}`,
        `      objective: ${question.objective}`,
        `      text: { en: 'Question ${question.id}'${es} }`,
        `      notes: { en: 'Listen for ${question.id}', es: 'Escuche ${question.id}' }`,
        ...(question.when === undefined ? [] : [`      when: ${question.when}`]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const withGuide = (edit?: Parameters<typeof guideYaml>[0]) =>
  editedCopy({ 'debrief.yaml': () => guideYaml(edit) });

describe('debrief guide check', () => {
  it('accepts a guide of six questions per stage, tied to known objectives, in both languages', () => {
    expect(validateScenario(withGuide()).problems).toEqual([]);
  });

  it('accepts the first scenario’s guide', () => {
    const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
    expect(scenario.debriefGuide).toBeDefined();
    expect(checkDebriefGuide(scenario)).toEqual([]);
  });

  it('wants 6 to 10 questions per stage', () => {
    const dir = withGuide((stage, questions) =>
      stage === 'why' ? questions.slice(0, 4).concat(questions.slice(5)) : questions,
    );
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'debrief.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'debrief.yaml', '  why:'));
    expect(problem.path).toEqual(['debriefGuide', 'why']);
    expect(problem.message).toBe(
      'stage "why" of the debrief guide has 5 questions; expected 6 to 10',
    );
  });

  it('wants at least four questions asked whatever happened', () => {
    const dir = withGuide((stage, questions) =>
      stage === 'meaning'
        ? questions.map((question, q) =>
            q === 0 ? { ...question, when: '{ endings: [calm] }' } : question,
          )
        : questions,
    );
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['debriefGuide', 'meaning']);
    expect(problem.message).toMatch(/asks 3 questions whatever happened; expected at least 4/);
  });

  it('names a learning objective the scenario does not have', () => {
    const dir = withGuide((stage, questions) =>
      stage === 'what'
        ? questions.map((question, q) =>
            q === 2 ? { ...question, objective: 'empathy' } : question,
          )
        : questions,
    );
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.line).toBe(lineOf(dir, 'debrief.yaml', 'objective: empathy'));
    expect(problem.path).toEqual(['debriefGuide', 'what', 2, 'objective']);
    expect(problem.message).toBe(
      'unknown learning objective "empathy" (expected one of "escalation-dynamics", "coalition-bargaining")',
    );
  });

  it('wants each question in both of the scenario’s languages', () => {
    const dir = withGuide((stage, questions) =>
      stage === 'takeaway'
        ? questions.map((question, q) => (q === 3 ? { ...question, es: false } : question))
        : questions,
    );
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.line).toBe(lineOf(dir, 'debrief.yaml', "Question takeaway-4' }"));
    expect(problem.path).toEqual(['debriefGuide', 'takeaway', 3, 'text']);
    expect(problem.message).toMatch(/^missing its "es" translation/);
  });

  it('wants a priority of its own for each question of a stage', () => {
    const dir = withGuide((stage, questions) =>
      stage === 'why'
        ? questions.map((question, q) => (q === 3 ? { ...question, priority: 2 } : question))
        : questions,
    );
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['debriefGuide', 'why', 3, 'priority']);
    expect(problem.message).toBe(
      'priority 2 is given to both "why-2" and "why-4" in stage "why" (each question of a stage needs its own priority)',
    );
  });

  it('names only the endings and conditions the scenario defines', () => {
    const dir = withGuide((stage, questions) =>
      stage === 'what'
        ? questions.map((question, q) =>
            q === 4
              ? {
                  ...question,
                  when: '{ endings: [triumph], condition: { type: inject, inject: ghost } }',
                }
              : question,
          )
        : questions,
    );
    const problems = validateScenario(dir).problems.map((problem) => [
      problem.path,
      problem.message,
    ]);
    expect(problems).toEqual([
      [
        ['debriefGuide', 'what', 4, 'when', 'endings', 0],
        'unknown ending "triumph" (expected one of "rupture", "calm", "stalemate")',
      ],
      [['debriefGuide', 'what', 4, 'when', 'condition', 'inject'], 'unknown inject "ghost"'],
    ]);
  });

  it('wants every learning objective asked about', () => {
    const dir = withGuide((_, questions) =>
      questions.map((question) => ({ ...question, objective: 'escalation-dynamics' })),
    );
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['learningObjectives', 1]);
    expect(problem.message).toBe(
      'learning objective "coalition-bargaining" is asked about by no question of the debrief guide',
    );
  });
});
