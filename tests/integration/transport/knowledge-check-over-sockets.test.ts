import {
  correctOptionOf,
  FACILITATOR_KEY_HEADER,
  type ExerciseView,
  type KnowledgeAnswers,
  type KnowledgeQuestion,
} from '@borderline/shared';
import type { HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseFingerprint } from '../../support/exercise-fingerprint';
import { installedScenarios } from '../../support/in-process-server';
import { openSocketExercise, type SocketExercise } from '../../support/socket-exercise';
import { seatPlayer, type SeatedPlayer } from '../../support/socket-table';

const OBJECTIVES = 4;

/** The questions of the seminar format, in order (scenarios/us-mexico-2026/knowledge-check.yaml). */
const SEMINAR_QUESTIONS = [
  'terrorist-designation',
  'task-force-command',
  'what-cooperation-means',
  'trade-as-shield',
  'navy-precedent',
  'hardest-test',
  'after-a-strike',
];

/** A question id no format asks. */
const UNKNOWN_QUESTION = 'no-such-question';

/**
 * Every knowledge-check answer record in what one socket received: an object
 * whose keys are all questions of the check (a reflection's answers are
 * keyed by its prompts, so they are not taken), in whole views, personal
 * parts and patches alike.
 */
function answerRecordsIn(payloads: readonly unknown[], questionIds: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    if (
      keys.length > 0 &&
      keys.every((key) => questionIds.has(key) && typeof record[key] === 'string')
    ) {
      found.push(JSON.stringify(value, [...keys].sort()));
    }
    for (const item of Object.values(record)) visit(item);
  };
  visit(payloads);
  return found;
}

/** Whether a payload carries the class's results: as a whole object, or by a patch's path. */
function carriesResults(payloads: readonly unknown[]): boolean {
  let carried = false;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if ('players' in record && 'teams' in record && 'questions' in record) carried = true;
    if (
      typeof record.path === 'string' &&
      record.path.includes('/knowledgeCheck/results') &&
      record.value !== null
    )
      carried = true;
    for (const item of Object.values(record)) visit(item);
  };
  visit(payloads);
  return carried;
}

const canonical = (answers: KnowledgeAnswers) =>
  JSON.stringify(answers, Object.keys(answers).sort());

/**
 * The knowledge check over real sockets, through the engine's log: each
 * student answers before the first move and again in the debrief; each sees
 * only their own sittings, Control the class's results; a sitting in the
 * wrong phase or for a question not asked is refused by its reason; a
 * command id sent twice is applied once; the grades export counts each
 * student's correct answers at both sittings.
 */
describe('the knowledge check, over sockets', () => {
  let exercise: SocketExercise;
  let control: HeadlessClient;
  let ana: SeatedPlayer;
  let ben: SeatedPlayer;
  let cruz: SeatedPlayer;
  let eve: SeatedPlayer;
  const seated: SeatedPlayer[] = [];
  let questions: KnowledgeQuestion[];
  let questionIds: Set<string>;

  /** Right on the questions whose index passes `right`, wrong (the first other option) elsewhere. */
  const answering = (right: (position: number) => boolean): KnowledgeAnswers =>
    Object.fromEntries(
      questions.map((question, position) => {
        const correct = correctOptionOf(question);
        const wrong = question.options.find((option) => option.id !== correct)?.id ?? '';
        return [question.id, right(position) ? correct : wrong];
      }),
    );
  let anaBefore: KnowledgeAnswers;
  let benBefore: KnowledgeAnswers;
  let cruzBefore: KnowledgeAnswers;
  let anaAfter: KnowledgeAnswers;
  let benAfter: KnowledgeAnswers;

  const answer = (
    player: SeatedPlayer,
    attempt: 'before' | 'after',
    answers: KnowledgeAnswers,
    id?: string,
  ) =>
    player.client.send({
      ...(id === undefined ? {} : { id }),
      type: 'player.answerKnowledgeCheck',
      attempt,
      answers,
    });
  const attemptsInEngine = () =>
    exercise.server.service.state(exercise.created.exerciseId).context.knowledgeAttempts;

  beforeAll(async () => {
    // The seminar's format asks seven of the scenario's questions.
    exercise = await openSocketExercise({ seed: 5, format: 'seminar-90' });
    control = exercise.control;
    const seat = async (name: string, team: string | null) => {
      const player = await seatPlayer(exercise.server.baseUrl, exercise.created, name, team, {
        capture: true,
      });
      seated.push(player);
      return player;
    };
    ana = await seat('Ana', 'washington');
    ben = await seat('Ben', 'washington');
    cruz = await seat('Cruz', 'mexico-city');
    eve = await seat('Eve', null);
    const scenario = installedScenarios().find((candidate) => candidate.id === 'us-mexico-2026');
    const asked = control.view.knowledgeCheck?.questions.map((question) => question.id) ?? [];
    questions = asked.map((id) => {
      const question = scenario?.knowledgeCheck?.questions.find((entry) => entry.id === id);
      if (question === undefined) throw new Error(`the scenario lacks question ${id}`);
      return question;
    });
    questionIds = new Set(asked);
    anaBefore = answering(() => true);
    benBefore = answering(() => false);
    cruzBefore = answering((position) => position < 2);
    anaAfter = answering(() => true);
    benAfter = answering((position) => position < 3);
  });

  afterAll(async () => {
    for (const player of seated) player.client.close();
    await exercise?.close();
  });

  it('asks the format’s questions, and refuses the debrief’s sitting and unasked questions in the lobby', async () => {
    expect(questions.map((question) => question.id)).toEqual(SEMINAR_QUESTIONS);
    expect(ana.client.view.knowledgeCheck).toMatchObject({ open: 'before', results: null });
    expect(eve.client.view.knowledgeCheck).toBeNull();
    const before = exerciseFingerprint(exercise.server.service, exercise.created.exerciseId);
    expect(await answer(ana, 'after', anaBefore)).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'knowledge-check-closed' },
    });
    // Every question answered, and one more that the format does not ask.
    expect(await answer(ana, 'before', { ...anaBefore, [UNKNOWN_QUESTION]: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'knowledge-check-incomplete' },
    });
    const [first] = questions;
    if (first === undefined) throw new Error('no question');
    expect(
      await answer(ana, 'before', { ...anaBefore, [first.id]: 'no-such-option' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'knowledge-check-incomplete' },
    });
    expect(await answer(eve, 'before', anaBefore)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(exerciseFingerprint(exercise.server.service, exercise.created.exerciseId)).toBe(before);
    expect(attemptsInEngine()).toEqual([]);
  });

  it('applies a sitting sent twice under one command id once, and refuses a second sitting', async () => {
    const first = await answer(ana, 'before', anaBefore, 'kc-ana-before');
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    const again = await answer(ana, 'before', anaBefore, 'kc-ana-before');
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(attemptsInEngine()).toHaveLength(1);
    expect(await answer(ana, 'before', benBefore, 'kc-ana-before-2')).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'knowledge-check-answered' },
    });
    await ben.client.expectOk({
      type: 'player.answerKnowledgeCheck',
      attempt: 'before',
      answers: benBefore,
    });
    // The first sitting stays open through the briefing.
    await control.expectOk({ type: 'facilitator.start' });
    await cruz.client.waitForView((view) => view.exercise.phase === 'briefing');
    await cruz.client.expectOk({
      type: 'player.answerKnowledgeCheck',
      attempt: 'before',
      answers: cruzBefore,
    });
    expect(attemptsInEngine().map((entry) => [entry.player, entry.attempt])).toEqual([
      [ana.playerId, 'before'],
      [ben.playerId, 'before'],
      [cruz.playerId, 'before'],
    ]);
  });

  it('shows each student their own sitting, scored, and nobody else’s', async () => {
    const n = questions.length;
    const own = async (player: SeatedPlayer, count: number) =>
      (await player.client.waitForView((view) => view.ownKnowledgeCheck.attempts.length === count))
        .ownKnowledgeCheck;
    expect(await own(ana, 1)).toEqual({
      attempts: [
        {
          attempt: 'before',
          at: expect.any(Number) as number,
          answers: anaBefore,
          score: { correct: n, total: n },
        },
      ],
      review: null,
    });
    expect((await own(ben, 1)).attempts).toEqual([
      expect.objectContaining({ answers: benBefore, score: { correct: 0, total: n } }),
    ]);
    expect((await own(cruz, 1)).attempts).toEqual([
      expect.objectContaining({ answers: cruzBefore, score: { correct: 2, total: n } }),
    ]);
    for (const player of [ana, ben, cruz])
      expect(player.client.view.knowledgeCheck?.results).toBeNull();
    expect(control.view.ownKnowledgeCheck).toEqual({ attempts: [], review: null });
  });

  it('gives Control the class’s results, per student, team and question', async () => {
    const n = questions.length;
    const view = await control.waitForView(
      (next) => next.knowledgeCheck?.results?.players.length === 3,
    );
    const results = view.knowledgeCheck?.results;
    expect(results?.players).toEqual([
      { player: ana.playerId, team: 'washington', before: { correct: n, total: n }, after: null },
      { player: ben.playerId, team: 'washington', before: { correct: 0, total: n }, after: null },
      { player: cruz.playerId, team: 'mexico-city', before: { correct: 2, total: n }, after: null },
    ]);
    const none = { correct: 0, total: 0, players: 0 };
    expect(results?.teams).toEqual([
      { team: 'washington', before: { correct: n, total: 2 * n, players: 2 }, after: none },
      { team: 'mexico-city', before: { correct: 2, total: n, players: 1 }, after: none },
      { team: 'cartels', before: none, after: none },
    ]);
    expect(results?.questions.map((entry) => [entry.question, entry.before, entry.after])).toEqual(
      questions.map((question, position) => [
        question.id,
        { answered: 3, correct: position < 2 ? 2 : 1 },
        { answered: 0, correct: 0 },
      ]),
    );
  });

  it('closes the first sitting when the first move opens', async () => {
    await control.expectOk({ type: 'facilitator.advance' });
    await ana.client.waitForView((view) => view.exercise.phase === 'injects');
    expect(ana.client.view.knowledgeCheck?.open).toBeNull();
    const before = exerciseFingerprint(exercise.server.service, exercise.created.exerciseId);
    for (const attempt of ['before', 'after'] as const) {
      expect(await answer(ana, attempt, anaBefore)).toMatchObject({
        ok: false,
        error: { code: 'refused', reason: 'knowledge-check-closed' },
      });
    }
    expect(exerciseFingerprint(exercise.server.service, exercise.created.exerciseId)).toBe(before);
  });

  it('takes the debrief’s sitting in the hotwash, and then shows the student the review', async () => {
    await control.expectOk({ type: 'facilitator.endEarly', reason: 'Out of time.' });
    await ana.client.waitForView(
      (view) => view.exercise.phase === 'hotwash' && view.knowledgeCheck?.open === 'after',
    );
    expect(await answer(cruz, 'before', cruzBefore)).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'knowledge-check-closed' },
    });
    await ana.client.expectOk({
      type: 'player.answerKnowledgeCheck',
      attempt: 'after',
      answers: anaAfter,
    });
    await ben.client.expectOk({
      type: 'player.answerKnowledgeCheck',
      attempt: 'after',
      answers: benAfter,
    });
    const n = questions.length;
    const anaView = await ana.client.waitForView(
      (view) => view.ownKnowledgeCheck.attempts.length === 2,
    );
    expect(anaView.ownKnowledgeCheck.attempts.map((entry) => [entry.attempt, entry.score])).toEqual(
      [
        ['before', { correct: n, total: n }],
        ['after', { correct: n, total: n }],
      ],
    );
    const benView = await ben.client.waitForView((view) => view.ownKnowledgeCheck.review !== null);
    expect(benView.ownKnowledgeCheck.review).toEqual(
      questions.map((question) =>
        expect.objectContaining({
          question: question.id,
          correctOption: correctOptionOf(question),
          before: benBefore[question.id],
          after: benAfter[question.id],
        }),
      ),
    );
    // Cruz has not taken the debrief's sitting: the right answers stay hidden from him.
    expect(cruz.client.view.ownKnowledgeCheck.review).toBeNull();

    const results = (
      await control.waitForView((view) =>
        (view.knowledgeCheck?.results?.players ?? []).every(
          (entry) => entry.player === cruz.playerId || entry.after !== null,
        ),
      )
    ).knowledgeCheck?.results;
    expect(results?.players.map((entry) => [entry.before?.correct, entry.after?.correct])).toEqual([
      [n, n],
      [0, 3],
      [2, undefined],
    ]);
    expect(results?.teams[0]).toEqual({
      team: 'washington',
      before: { correct: n, total: 2 * n, players: 2 },
      after: { correct: n + 3, total: 2 * n, players: 2 },
    });
    expect(results?.questions.map((entry) => entry.after)).toEqual(
      questions.map((_question, position) => ({ answered: 2, correct: position < 3 ? 2 : 1 })),
    );
  });

  it('never sends a student’s answers, or the class’s results, to anyone else', async () => {
    // A change every screen gets after all the answers: by then each has had every frame before it.
    await control.expectOk({ type: 'facilitator.openDebriefStage', stage: 'why' });
    for (const player of seated) {
      await player.client.waitForView((view: ExerciseView) => view.exercise.debriefStage === 'why');
    }
    const own: Record<string, KnowledgeAnswers[]> = {
      [ana.playerId]: [anaBefore, anaAfter],
      [ben.playerId]: [benBefore, benAfter],
      [cruz.playerId]: [cruzBefore],
      [eve.playerId]: [],
    };
    for (const player of seated) {
      const payloads = player.client.received.map((entry) => entry.payload);
      expect(payloads.length).toBeGreaterThan(3);
      const mine = new Set((own[player.playerId] ?? []).map(canonical));
      const records = answerRecordsIn(payloads, questionIds);
      // The search finds the player's own answers, so it would find another's.
      expect(new Set(records), player.name).toEqual(mine);
      expect(carriesResults(payloads), player.name).toBe(false);
    }
    // Ana's and Ben's answers before the first move are told apart by the search.
    expect(canonical(anaBefore)).not.toBe(canonical(benBefore));
  });

  it('exports each student’s correct answers before the first move and in the debrief', async () => {
    const n = questions.length;
    const grades = async (language: string) => {
      const response = await fetch(
        `${exercise.server.baseUrl}/api/exercises/${exercise.created.exerciseId}/grades.csv?language=${language}`,
        { headers: { [FACILITATOR_KEY_HEADER]: exercise.created.facilitatorKey } },
      );
      expect(response.status).toBe(200);
      return (await response.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
    };
    const rowsOf = (lines: string[], name: string) =>
      lines.filter((line) => line.startsWith(`${name},`));
    for (const language of ['en', 'es']) {
      const lines = await grades(language);
      // No rating and no reflection ("no" in both languages): only the knowledge-check columns hold numbers.
      const reflected = 'no';
      expect(rowsOf(lines, 'Ana')).toHaveLength(OBJECTIVES);
      for (const row of rowsOf(lines, 'Ana'))
        expect(row.endsWith(`,,,${n},${n},${reflected}`)).toBe(true);
      for (const row of rowsOf(lines, 'Ben'))
        expect(row.endsWith(`,,,0,3,${reflected}`)).toBe(true);
      for (const row of rowsOf(lines, 'Cruz'))
        expect(row.endsWith(`,,,2,,${reflected}`)).toBe(true);
      expect(rowsOf(lines, 'Eve')).toEqual([]);
    }
  });
});
