// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MAX_REFLECTION_ANSWER, type DebriefStage } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { PlayerHotwash } from '../../../../client/src/screens/hotwash/player-hotwash';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { createExerciseStore, useExerciseStore } from '../../../../client/src/state/exercise-store';
import { oldReflectionDraftKey } from '../../../../client/src/state/old-reflection-draft';
import { STORAGE_KEYS } from '../../../../client/src/state/persistence';
import {
  initialReflectionDrafts,
  reflectionDraftKey,
} from '../../../../client/src/state/reflection-drafts-slice';
import { lastView, viewAt } from '../support/game-views';
import { applied, sentCommands, startDomTests } from './hotwash-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const STAGES = ['what', 'why', 'meaning', 'takeaway'] as const;
const TITLES = [
  'Step 1 of 4: What happened',
  'Step 2 of 4: Why it happened',
  'Step 3 of 4: What it means for the real relationship',
  'Step 4 of 4: What each of us takes away',
];

type Who = Parameters<typeof viewAt>[0];

/** The hotwash as `who` sees it once Control has opened `stage`. */
function atStage(who: Who, stage: DebriefStage) {
  const view = viewAt(who, 'hotwash');
  view.exercise.debriefStage = stage;
  return view;
}

/** The title of the one stage the page shows. */
const shownTitle = () =>
  screen.getByTestId(/^debrief-step-/).querySelector('h2')?.textContent ?? null;

describe('the hotwash for players', () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    localStorage.clear();
    useExerciseStore.setState({ reflectionDrafts: initialReflectionDrafts });
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
  });
  afterEach(cleanup);

  it('shows the one stage Control opened, under the status bar, and the four in order', () => {
    render(<PlayerHotwash view={viewAt('washington', 'hotwash')} />);
    const root = screen.getByTestId('hotwash');
    expect(within(root).getByTestId('phase').textContent).toBe('Hotwash');
    expect(screen.getAllByTestId(/^debrief-step-/)).toHaveLength(1);
    expect(shownTitle()).toBe(TITLES[0]);
    const nav = screen.getByRole('navigation', { name: 'Stages of the hotwash' });
    const buttons = within(nav).getAllByRole('button') as HTMLButtonElement[];
    expect(buttons.map((button) => button.getAttribute('data-testid'))).toEqual(
      STAGES.map((stage) => `debrief-stage-${stage}`),
    );
    // Not ahead of Control: only the stage it opened may be looked at.
    expect(buttons.map((button) => button.disabled)).toEqual([false, true, true, true]);
    expect(buttons[0]?.textContent).toContain('Control is here');
    expect(nav.textContent).toContain('this screen follows the stage Control opens');
  });

  it('follows Control from stage to stage, and may look back until Control moves on', () => {
    const view = atStage('washington', 'meaning');
    const page = render(<PlayerHotwash view={view} />);
    expect(shownTitle()).toBe(TITLES[2]);
    const back = screen.getByTestId('debrief-stage-what') as HTMLButtonElement;
    expect(back.disabled).toBe(false);
    expect((screen.getByTestId('debrief-stage-takeaway') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(back);
    expect(shownTitle()).toBe(TITLES[0]);
    expect(screen.getByTestId('debrief-looking-back').textContent).toContain(
      'You are looking back at “What happened”; Control is at “What it means for the real relationship”.',
    );
    // Back to Control's stage on request…
    fireEvent.click(screen.getByTestId('debrief-follow'));
    expect(shownTitle()).toBe(TITLES[2]);
    expect(screen.queryByTestId('debrief-looking-back')).toBeNull();
    // …and by itself when Control opens another stage.
    fireEvent.click(screen.getByTestId('debrief-stage-why'));
    expect(shownTitle()).toBe(TITLES[1]);
    page.rerender(<PlayerHotwash view={atStage('washington', 'takeaway')} />);
    expect(shownTitle()).toBe(TITLES[3]);
    expect(screen.queryByTestId('debrief-looking-back')).toBeNull();
    expect(screen.getByTestId('reflection-form')).toBeDefined();
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('retells the game move by move: injects, decisions with statements, the own rationale, results', () => {
    const view = viewAt('washington', 'hotwash');
    render(<PlayerHotwash view={view} />);
    const timeline = screen.getByTestId('game-timeline');
    const moves = [...timeline.querySelectorAll(':scope > li')].map((li) =>
      li.getAttribute('data-move'),
    );
    expect(moves).toEqual(['0', '1', '2']);
    const move1 = timeline.querySelector('[data-move="1"]') as HTMLElement;
    expect(move1.querySelector('h4')?.textContent).toMatch(/^Move 1: /);
    for (const inject of view.injects.filter((i) => i.release.move === 1))
      expect(move1.textContent).toContain(inject.title.en);
    expect(move1.textContent).toContain('STATEMENT<mexico-city,1>');
    // The own team's rationale, and nobody else's.
    expect(move1.textContent).toContain('Your team’s rationale');
    expect(move1.textContent).toContain('RATIONALE<washington>');
    expect(timeline.textContent).not.toContain('RATIONALE<mexico-city>');
    // Results: each action's outcome in words, with the roll, and the tracks it moved.
    const result = move1.querySelector('[data-result="m1-washington-0"]');
    const played = view.adjudications
      .find((adjudication) => adjudication.move === 1)
      ?.results.find((candidate) => candidate.id === 'm1-washington-0');
    expect(played?.roll).not.toBeNull();
    expect(result?.textContent).toContain(played?.outcome === 'success' ? 'Success' : 'Failure');
    expect(result?.textContent).toContain(
      `rolled ${played?.roll}, needed ${played?.odds?.total} or less`,
    );
    for (const change of played?.effects ?? []) {
      const track = view.scenario.tracks.find((candidate) => candidate.id === change.track);
      expect(result?.textContent).toContain(`${track?.name.en}: ${change.from} → ${change.to}`);
    }
    expect(timeline.querySelector('[data-move="0"] h4')?.textContent).toMatch(/^Practice move/);

    const step = screen.getByTestId('debrief-step-what');
    expect(within(step).getByRole('heading', { name: 'How it ended: Rupture' })).toBeDefined();
    expect(step.textContent).toContain(view.ending?.text?.en);
    const history = within(step).getByTestId('track-history');
    expect(history.querySelectorAll('tbody tr')).toHaveLength(view.scenario.tracks.length);
    const trust = view.tracks.history.map((snapshot) => snapshot.tracks['bilateral-trust']);
    expect(history.querySelector('[data-track="bilateral-trust"]')?.textContent).toContain(
      `Bilateral trust${trust.join('')}`,
    );
  });

  it('shows every team’s objectives met or missed, with the reason', () => {
    const view = atStage('washington', 'why');
    render(<PlayerHotwash view={view} />);
    const scores = screen.getByTestId('scores');
    expect(within(screen.getByTestId('debrief-step-why')).getByTestId('scores')).toBe(scores);
    const teams = [...scores.querySelectorAll('[data-team]')].map((li) =>
      li.getAttribute('data-team'),
    );
    expect(teams).toEqual(['washington', 'mexico-city', 'cartels']);
    const washington = scores.querySelector('[data-team="washington"]') as HTMLElement;
    const score = view.scores?.find((candidate) => candidate.team === 'washington');
    const percent = Math.round((100 * (score?.earned ?? 0)) / (score?.possible ?? 1));
    expect(washington.textContent).toContain(
      `${score?.earned} of ${score?.possible} points (${percent}%)`,
    );
    for (const objective of score?.objectives ?? []) {
      const item = washington.querySelector(`[data-objective="${objective.objective}"]`);
      expect(item?.getAttribute('data-met')).toBe(String(objective.met));
      expect(item?.textContent).toContain(objective.met ? 'Met' : 'Missed');
      // The reason in words, with the track's name, never the engine's ids.
      const fact = objective.why.fact;
      if (fact?.type === 'track') {
        const track = view.scenario.tracks.find((candidate) => candidate.id === fact.track);
        expect(item?.textContent).toContain(`${track?.name.en} is `);
        expect(item?.textContent).toContain('(must be');
      }
      expect(item?.textContent).not.toContain(objective.why.text);
    }
  });

  it('ties the real-world stage to the scenario’s learning objectives, its questions to the cards', () => {
    const view = atStage('washington', 'meaning');
    render(<PlayerHotwash view={view} />);
    const step = within(screen.getByTestId('debrief-step-meaning'));
    const objectives = step.getByTestId('learning-objectives');
    expect(objectives.querySelectorAll(':scope > li')).toHaveLength(
      view.scenario.learningObjectives.length,
    );
    const first = view.scenario.learningObjectives[0];
    expect(objectives.textContent).toContain(first?.text.en);
    // The cards' questions are the stage's second tier, folded, not 55 lines under the objectives.
    const question = view.injects.find((inject) => inject.objectives.includes(first?.id ?? ''))
      ?.questions[0]?.text.en;
    expect(question).toBeDefined();
    expect(objectives.textContent).not.toContain(question);
    const cards = step.getByTestId('card-questions');
    expect(cards.tagName).toBe('DETAILS');
    expect(cards.hasAttribute('open')).toBe(false);
    expect(cards.textContent).toContain(question);
    // Its count is of the cards this team received, said so (Control's counts all the cards).
    const count = view.debrief?.what.cards.length ?? 0;
    expect(cards.querySelector('summary')?.textContent).toBe(
      `${count} more questions, from the cards you received in this game`,
    );
  });

  it('asks the scenario’s guide questions first, by priority, without Control’s notes', () => {
    const view = atStage('mexico-city', 'why');
    render(<PlayerHotwash view={view} />);
    const step = within(screen.getByTestId('debrief-step-why'));
    const asked = step.getAllByTestId('guide-question');
    const guide = view.debrief?.why.guide ?? [];
    expect(guide.length).toBeGreaterThanOrEqual(4);
    expect(asked.map((item) => item.getAttribute('data-question'))).toEqual(
      guide.map((question) => question.id),
    );
    expect(asked[0]?.textContent).toContain(
      'Did pressure reduce the flow of fentanyl, or move it?',
    );
    expect(asked[0]?.textContent).toMatch(/Objective 4 · Attitude/);
    expect(step.queryAllByTestId('guide-notes')).toHaveLength(0);
    // The guide comes before the cards' questions.
    const questions = step.getByTestId('debrief-questions');
    expect(questions.firstElementChild?.tagName).toBe('OL');
    expect(questions.lastElementChild?.getAttribute('data-testid')).toBe('card-questions');
  });

  it('shows a player the first three guide questions, the rest folded in order', () => {
    const view = atStage('mexico-city', 'why');
    render(<PlayerHotwash view={view} />);
    const step = within(screen.getByTestId('debrief-step-why'));
    const guide = view.debrief?.why.guide ?? [];
    const rest = step.getByTestId('guide-rest');
    expect(rest.tagName).toBe('DETAILS');
    expect(rest.hasAttribute('open')).toBe(false);
    expect(rest.querySelector('summary')?.textContent).toBe(
      guide.length - 3 === 1
        ? '1 more question for this stage'
        : `${guide.length - 3} more questions for this stage`,
    );
    const folded = within(rest).getAllByTestId('guide-question');
    expect(folded.map((item) => item.getAttribute('data-question'))).toEqual(
      guide.slice(3).map((question) => question.id),
    );
    expect(rest.querySelector('ol')?.getAttribute('start')).toBe('4');
  });

  it('sends the written reflection, trimmed and without empty answers', async () => {
    render(<PlayerHotwash view={atStage('washington', 'takeaway')} />);
    const form = screen.getByTestId('reflection-form');
    expect(within(screen.getByTestId('debrief-step-takeaway')).getByTestId('reflection-form')).toBe(
      form,
    );
    const submit = screen.getByTestId('submit-reflection') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    // The scenario words the question, and ties it to the objective it serves.
    const takeaway = screen.getByLabelText(
      /^What would you plan differently to get results against the networks/,
    ) as HTMLTextAreaElement;
    expect(takeaway.getAttribute('aria-describedby')).toContain('reflection-takeaway-objective');
    expect(document.getElementById('reflection-takeaway-objective')?.textContent).toMatch(
      /^Objective 3 Plan and negotiate under asymmetric pressure/,
    );
    expect(takeaway).toBe(screen.getByTestId('reflection-takeaway'));
    expect(takeaway.maxLength).toBe(MAX_REFLECTION_ANSWER);
    fireEvent.change(takeaway, { target: { value: '  Talk before acting.  ' } });
    fireEvent.change(screen.getByTestId('reflection-why'), { target: { value: '   ' } });
    expect(submit.disabled).toBe(false);
    await act(async () => fireEvent.click(submit));
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      { type: 'player.submitReflection', answers: { takeaway: 'Talk before acting.' } },
    ]);
  });

  it('shows a refusal next to the button', async () => {
    vi.mocked(sendCommand).mockResolvedValue({
      ok: false,
      error: { code: 'refused', message: 'A reflection needs at least one answer.' },
    });
    render(<PlayerHotwash view={atStage('mexico-city', 'takeaway')} />);
    fireEvent.change(screen.getByTestId('reflection-wentWell'), { target: { value: 'Chat' } });
    await act(async () => fireEvent.click(screen.getByTestId('submit-reflection')));
    expect(within(screen.getByTestId('reflection-form')).getByRole('alert').textContent).toBe(
      'Not possible now: A reflection needs at least one answer.',
    );
  });

  it('keeps a half-written reflection across a reload, through the store', () => {
    const view = atStage('washington', 'takeaway');
    const key = reflectionDraftKey(view.exercise.id, 'p-washington');
    const first = render(<PlayerHotwash view={view} />);
    fireEvent.change(screen.getByTestId('reflection-realWorld'), {
      target: { value: 'Trade is a lever.' },
    });
    first.unmount();
    expect(useExerciseStore.getState().reflectionDrafts.byKey[key]?.answers).toEqual({
      realWorld: 'Trade is a lever.',
    });
    // A reload: the page's store starts again from what localStorage holds.
    const reloaded = createExerciseStore(localStorage).getState().reflectionDrafts;
    expect(reloaded.byKey[key]?.answers).toEqual({ realWorld: 'Trade is a lever.' });
    useExerciseStore.setState({ reflectionDrafts: reloaded });
    render(<PlayerHotwash view={view} />);
    expect((screen.getByTestId('reflection-realWorld') as HTMLTextAreaElement).value).toBe(
      'Trade is a lever.',
    );
  });

  it('drops the kept draft once the reflection is sent, and keeps showing what was sent', async () => {
    const view = atStage('mexico-city', 'takeaway');
    const key = reflectionDraftKey(view.exercise.id, 'p-mexico-city');
    render(<PlayerHotwash view={view} />);
    const why = screen.getByTestId('reflection-why') as HTMLTextAreaElement;
    fireEvent.change(why, { target: { value: 'We waited too long.' } });
    expect(useExerciseStore.getState().reflectionDrafts.byKey[key]).toBeDefined();
    await act(async () => fireEvent.click(screen.getByTestId('submit-reflection')));
    expect(useExerciseStore.getState().reflectionDrafts.byKey[key]).toBeUndefined();
    expect(localStorage.getItem(STORAGE_KEYS.reflectionDrafts)).toBe('{}');
    // The view has not brought the reflection back yet: the form still shows it.
    expect(why.value).toBe('We waited too long.');
  });

  it('takes over a draft an earlier version kept under its own key, once', () => {
    const view = atStage('washington', 'takeaway');
    const old = oldReflectionDraftKey(view.exercise.id, 'p-washington');
    localStorage.setItem(old, JSON.stringify({ wentWell: 'The chat.' }));
    render(<PlayerHotwash view={view} />);
    expect((screen.getByTestId('reflection-wentWell') as HTMLTextAreaElement).value).toBe(
      'The chat.',
    );
    expect(localStorage.getItem(old)).toBeNull();
    const key = reflectionDraftKey(view.exercise.id, 'p-washington');
    expect(useExerciseStore.getState().reflectionDrafts.byKey[key]?.answers).toEqual({
      wentWell: 'The chat.',
    });
  });

  it('shows the submitted reflection and lets the player revise it while the hotwash lasts', async () => {
    const view = atStage('washington', 'takeaway');
    view.reflections = lastView('washington').reflections;
    render(<PlayerHotwash view={view} />);
    expect(screen.getByTestId('my-reflection').textContent).toContain('REFLECTION<p-washington>');
    const takeaway = screen.getByTestId('reflection-takeaway') as HTMLTextAreaElement;
    expect(takeaway.value).toBe('REFLECTION<p-washington>');
    const submit = screen.getByTestId('submit-reflection') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(takeaway, { target: { value: 'A second thought.' } });
    expect(submit.textContent).toBe('Submit the revised reflection');
    await act(async () => fireEvent.click(submit));
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      { type: 'player.submitReflection', answers: { takeaway: 'A second thought.' } },
    ]);
  });

  it('once ended: every stage to look through, the reflection as submitted, no form', () => {
    const view = lastView('washington');
    expect(view.exercise.debriefStage).toBe('what');
    render(<PlayerHotwash view={view} />);
    const buttons = within(screen.getByTestId('debrief-nav')).getAllByRole('button');
    expect(buttons.map((button) => (button as HTMLButtonElement).disabled)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    fireEvent.click(screen.getByTestId('debrief-stage-takeaway'));
    expect(shownTitle()).toBe(TITLES[3]);
    expect(screen.queryByTestId('debrief-looking-back')).toBeNull();
    expect(screen.queryByTestId('reflection-form')).toBeNull();
    expect(screen.getByTestId('my-reflection').textContent).toContain('REFLECTION<p-washington>');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
      'The exercise has ended',
    );
  });

  it('gives the report’s link once Control shares the report, and says why not until then', () => {
    const view = lastView('washington');
    expect(view.exercise.reportReadable).toBe(false);
    const page = render(<PlayerHotwash view={view} />);
    expect(screen.queryByTestId('report-link')).toBeNull();
    expect(screen.getByTestId('report-not-shared').textContent).toBe(
      'Control has not shared the after-action report yet. Its link appears here as soon as Control shares it.',
    );
    const shared = lastView('washington');
    shared.exercise.reportShared = true;
    shared.exercise.reportReadable = true;
    page.rerender(<PlayerHotwash view={shared} />);
    expect(screen.getByTestId('report-link').getAttribute('href')).toBe(
      `/report/${view.exercise.id}`,
    );
    expect(screen.queryByTestId('report-not-shared')).toBeNull();
    // What Control's sharing means for the players is Control's note, not theirs.
    expect(screen.queryByTestId('report-shared-note')).toBeNull();
  });

  it('lets an observer reflect too, and shows no team’s rationale', () => {
    render(<PlayerHotwash view={atStage('observer', 'takeaway')} />);
    expect(screen.getByTestId('reflection-form')).toBeDefined();
    cleanup();
    render(<PlayerHotwash view={viewAt('observer', 'hotwash')} />);
    expect(screen.getByTestId('game-timeline').textContent).not.toContain('RATIONALE<');
  });

  it('speaks Spanish on a phone as on a laptop', () => {
    const page = render(<PlayerHotwash view={atStage('mexico-city', 'what')} />);
    act(() => chooseLanguage('es'));
    expect(screen.getByTestId('debrief-step-what').querySelector('h2')?.textContent).toBe(
      'Etapa 1 de 4: Qué pasó',
    );
    expect(screen.getByRole('heading', { name: 'Cómo terminó: Ruptura' })).toBeDefined();
    page.rerender(<PlayerHotwash view={atStage('mexico-city', 'takeaway')} />);
    expect(screen.getByLabelText(/^¿Qué planearía usted de otra manera/)).toBe(
      screen.getByTestId('reflection-takeaway'),
    );
    expect(document.getElementById('reflection-takeaway-objective')?.textContent).toMatch(
      /^Objetivo 3 Planear y negociar/,
    );
    act(() => chooseLanguage('en'));
  });
});
