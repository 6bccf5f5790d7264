import {
  correctOptionOf,
  knowledgeCheckResults,
  knowledgeQuestionsOf,
  knowledgeScoresByPlayer,
  scoreKnowledgeAnswers,
  type KnowledgeAnswers,
  type KnowledgeAttempt,
  type KnowledgeQuestion,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { createExercise, Exercise, type Exercise as Engine } from '../../../server/src/engine';
import { project } from '../../../server/src/projection';
import {
  cartels,
  control,
  inputOf,
  mexico,
  observer,
  scenario,
  T0,
  washington,
} from '../projection/synthetic-state';

const questions = knowledgeQuestionsOf(scenario.knowledgeCheck, 'class-50');
/** Every question answered right, or wrong for the first `wrong` of them. */
function answersWith(wrong = 0): KnowledgeAnswers {
  return Object.fromEntries(
    questions.map((question, i) => {
      const right = correctOptionOf(question);
      const other = question.options.find((option) => option.id !== right)?.id ?? right;
      return [question.id, i < wrong ? other : right];
    }),
  );
}

let at = T0;
function answer(
  exercise: Engine,
  player: string,
  team: string,
  attempt: 'before' | 'after',
  answers: KnowledgeAnswers,
) {
  return exercise.send({
    type: 'player.answerKnowledgeCheck',
    player,
    team,
    attempt,
    answers,
    at: (at += 1000),
  });
}
const send = (exercise: Engine, event: Parameters<Engine['send']>[0]) => {
  const result = exercise.send(event);
  if (!result.ok) throw new Error(result.message);
};

function classOf50(): Engine {
  return createExercise(scenario, { seed: 5, config: { format: 'class-50' } });
}

describe('scoring the knowledge check (one pure function)', () => {
  it('counts one point per question answered with its correct option', () => {
    expect(scoreKnowledgeAnswers(questions, answersWith(0))).toEqual({ correct: 5, total: 5 });
    expect(scoreKnowledgeAnswers(questions, answersWith(2))).toEqual({ correct: 3, total: 5 });
    expect(scoreKnowledgeAnswers(questions, {})).toEqual({ correct: 0, total: 5 });
    const extra = { ...answersWith(0), 'no-such-question': 'a' };
    expect(scoreKnowledgeAnswers(questions, extra)).toEqual({ correct: 5, total: 5 });
  });

  it('gives per player the before and after scores, and per team and per question the class', () => {
    const attempts: KnowledgeAttempt[] = [
      { player: 'a', team: 'washington', attempt: 'before', at: 1, answers: answersWith(3) },
      { player: 'b', team: 'washington', attempt: 'before', at: 2, answers: answersWith(5) },
      { player: 'a', team: 'washington', attempt: 'after', at: 3, answers: answersWith(0) },
      { player: 'c', team: 'cartels', attempt: 'after', at: 4, answers: answersWith(1) },
    ];
    expect(knowledgeScoresByPlayer(questions, attempts)).toEqual([
      {
        player: 'a',
        team: 'washington',
        before: { correct: 2, total: 5 },
        after: { correct: 5, total: 5 },
      },
      { player: 'b', team: 'washington', before: { correct: 0, total: 5 }, after: null },
      { player: 'c', team: 'cartels', before: null, after: { correct: 4, total: 5 } },
    ]);
    const results = knowledgeCheckResults(questions, attempts, [
      'washington',
      'mexico-city',
      'cartels',
    ]);
    expect(results.teams).toEqual([
      {
        team: 'washington',
        before: { correct: 2, total: 10, players: 2 },
        after: { correct: 5, total: 5, players: 1 },
      },
      {
        team: 'mexico-city',
        before: { correct: 0, total: 0, players: 0 },
        after: { correct: 0, total: 0, players: 0 },
      },
      {
        team: 'cartels',
        before: { correct: 0, total: 0, players: 0 },
        after: { correct: 4, total: 5, players: 1 },
      },
    ]);
    const first = results.questions[0] as (typeof results.questions)[number];
    expect(first).toMatchObject({
      question: questions[0]?.id,
      before: { answered: 2, correct: 0 },
      after: { answered: 2, correct: 1 },
    });
    const last = results.questions[4];
    expect(last).toMatchObject({
      before: { answered: 2, correct: 1 },
      after: { answered: 2, correct: 2 },
    });
  });
});

describe('taking the knowledge check in the engine', () => {
  it('takes a player’s first sitting in the lobby and the briefing, once, complete', () => {
    const exercise = classOf50();
    expect(answer(exercise, 'p-w', 'washington', 'before', answersWith(1))).toEqual({ ok: true });
    expect(answer(exercise, 'p-w', 'washington', 'before', answersWith(0))).toMatchObject({
      ok: false,
      code: 'knowledge-check-answered',
    });
    expect(answer(exercise, 'p-m', 'mexico-city', 'after', answersWith(0))).toMatchObject({
      ok: false,
      code: 'knowledge-check-closed',
    });
    const { [questions[0]?.id ?? '']: _left, ...incomplete } = answersWith(0);
    expect(answer(exercise, 'p-m', 'mexico-city', 'before', incomplete)).toMatchObject({
      ok: false,
      code: 'knowledge-check-incomplete',
      message: 'Answer every question with one of its options (1 of 5 unanswered).',
    });
    const badOption = { ...answersWith(0), [questions[0]?.id ?? '']: 'no-such-option' };
    expect(answer(exercise, 'p-m', 'mexico-city', 'before', badOption)).toMatchObject({
      code: 'knowledge-check-incomplete',
    });
    send(exercise, { type: 'facilitator.start', at: (at += 1000) });
    expect(exercise.phase).toBe('briefing');
    expect(answer(exercise, 'p-m', 'mexico-city', 'before', answersWith(0))).toEqual({ ok: true });
    send(exercise, { type: 'facilitator.advance', at: (at += 1000) });
    expect(answer(exercise, 'p-c', 'cartels', 'before', answersWith(0))).toMatchObject({
      ok: false,
      code: 'knowledge-check-closed',
      message: 'The knowledge check is taken before the first move and again in the hotwash.',
    });
    send(exercise, { type: 'facilitator.endEarly', reason: 'Out of time', at: (at += 1000) });
    expect(exercise.phase).toBe('hotwash');
    expect(answer(exercise, 'p-c', 'cartels', 'before', answersWith(0))).toMatchObject({
      code: 'knowledge-check-closed',
    });
    expect(answer(exercise, 'p-w', 'washington', 'after', answersWith(0))).toEqual({ ok: true });
    expect(
      exercise.context.knowledgeAttempts.map((entry) => [entry.player, entry.attempt]),
    ).toEqual([
      ['p-w', 'before'],
      ['p-m', 'before'],
      ['p-w', 'after'],
    ]);
  });

  it('keeps the sittings in a persisted snapshot, and reads an older snapshot as none taken', () => {
    const exercise = classOf50();
    answer(exercise, 'p-w', 'washington', 'before', answersWith(0));
    const persisted = JSON.parse(JSON.stringify(exercise.persist())) as ReturnType<
      Engine['persist']
    >;
    expect(Exercise.restore(scenario, persisted).context.knowledgeAttempts).toHaveLength(1);
    const older = structuredClone(persisted) as { snapshot: { context: Record<string, unknown> } };
    delete older.snapshot.context.knowledgeAttempts;
    const restored = Exercise.restore(scenario, older as unknown as typeof persisted);
    expect(restored.context.knowledgeAttempts).toEqual([]);
  });

  it('refuses a scenario without a knowledge check', () => {
    const { knowledgeCheck: _quiz, ...without } = scenario;
    const exercise = createExercise(without, { seed: 1 });
    expect(answer(exercise, 'p-w', 'washington', 'before', {})).toMatchObject({
      ok: false,
      code: 'no-knowledge-check',
    });
  });
});

describe('the knowledge check in the views (secrecy)', () => {
  function played(): Engine {
    const exercise = classOf50();
    answer(exercise, 'p-w', 'washington', 'before', answersWith(2));
    answer(exercise, 'p-m', 'mexico-city', 'before', answersWith(4));
    send(exercise, { type: 'facilitator.start', at: (at += 1000) });
    send(exercise, { type: 'facilitator.endEarly', reason: 'Out of time', at: (at += 1000) });
    answer(exercise, 'p-w', 'washington', 'after', answersWith(0));
    return exercise;
  }

  it('gives no player the correct options or explanations before their debrief sitting', () => {
    const exercise = classOf50();
    answer(exercise, 'p-w', 'washington', 'before', answersWith(2));
    const view = project(inputOf(exercise.context, exercise.tags), washington);
    expect(view.knowledgeCheck?.open).toBe('before');
    expect(view.knowledgeCheck?.results).toBeNull();
    expect(view.ownKnowledgeCheck.attempts.map((entry) => entry.score)).toEqual([
      { correct: 3, total: 5 },
    ]);
    expect(view.ownKnowledgeCheck.review).toBeNull();
    const text = JSON.stringify(view);
    for (const question of questions as KnowledgeQuestion[]) {
      expect(text).not.toContain(question.explanation.en);
    }
    expect(text).not.toContain('"correct":true');
  });

  it('never sends a player another player’s answers; Control sees the class', () => {
    const exercise = played();
    const input = inputOf(exercise.context, exercise.tags);
    const mine = project(input, washington);
    expect(mine.knowledgeCheck?.open).toBe('after');
    expect(
      mine.ownKnowledgeCheck.attempts.map((entry) => [entry.attempt, entry.score.correct]),
    ).toEqual([
      ['before', 3],
      ['after', 5],
    ]);
    expect(mine.ownKnowledgeCheck.review?.[0]).toMatchObject({
      question: questions[0]?.id,
      before: answersWith(2)[questions[0]?.id ?? ''],
      after: correctOptionOf(questions[0] as KnowledgeQuestion),
      explanation: questions[0]?.explanation,
    });
    const theirs = project(input, mexico);
    expect(theirs.ownKnowledgeCheck.attempts.map((entry) => entry.score.correct)).toEqual([1]);
    expect(theirs.ownKnowledgeCheck.review).toBeNull();
    // Mexico City's player reads nothing of Washington's player's answers or scores.
    const quizParts = JSON.stringify([theirs.knowledgeCheck, theirs.ownKnowledgeCheck]);
    expect(quizParts).not.toContain('p-w');
    expect(quizParts.match(/"score"/g)).toHaveLength(1);
    for (const recipient of [cartels, observer]) {
      const view = project(input, recipient);
      expect(view.ownKnowledgeCheck).toEqual({ attempts: [], review: null });
      expect(JSON.stringify([view.knowledgeCheck, view.ownKnowledgeCheck])).not.toContain('p-w');
    }
    expect(project(input, observer).knowledgeCheck).toBeNull();
    const desk = project(input, control);
    expect(desk.knowledgeCheck?.results?.players).toEqual([
      {
        player: 'p-w',
        team: 'washington',
        before: { correct: 3, total: 5 },
        after: { correct: 5, total: 5 },
      },
      { player: 'p-m', team: 'mexico-city', before: { correct: 1, total: 5 }, after: null },
    ]);
    expect(desk.ownKnowledgeCheck).toEqual({ attempts: [], review: null });
  });
});
