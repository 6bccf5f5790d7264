// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FACILITATOR_KEY_HEADER } from '@borderline/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { ControlHotwash } from '../../../../client/src/screens/hotwash/control-hotwash';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { seatKey } from '../../../../client/src/state/session-slice';
import { lastView, viewAt } from '../support/game-views';
import { applied, sentCommands, startDomTests } from './hotwash-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

/** Control's hotwash once two of the four people have reflected (Washington's revised once). */
function twoReflected() {
  const view = viewAt('facilitator', 'hotwash');
  view.exercise.debriefStage = 'takeaway';
  const [washington, mexico] = lastView('facilitator').reflections;
  if (washington === undefined || mexico === undefined) throw new Error('expected reflections');
  view.reflections = [
    { ...washington, answers: { takeaway: 'First thought.' } },
    mexico,
    {
      ...washington,
      at: washington.at + 200_000,
      answers: { ...washington.answers, wentWell: 'Pace' },
    },
  ];
  return view;
}

const KEY = 'k'.repeat(32);

/** The primary action the cockpit offers now, by its `data-next-action`. */
const nextAction = () =>
  screen
    .getByTestId('cockpit-next')
    .querySelector('[data-next-action]')
    ?.getAttribute('data-next-action');

describe('Control’s hotwash', () => {
  const fetchMock = vi.fn();
  beforeAll(() => {
    startDomTests();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterAll(() => vi.unstubAllGlobals());
  beforeEach(() => {
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
    fetchMock.mockReset();
  });
  afterEach(cleanup);

  it('runs the same stages, with every team’s rationale in the timeline', () => {
    const view = viewAt('facilitator', 'hotwash');
    expect(view.control?.open.openDebriefStage).toBe(true);
    const page = render(<ControlHotwash view={view} />);
    expect(screen.getAllByTestId(/^debrief-step-/).map((step) => step.dataset.testid)).toEqual([
      'debrief-step-what',
    ]);
    const timeline = screen.getByTestId('game-timeline');
    for (const team of ['washington', 'mexico-city', 'cartels'])
      expect(timeline.textContent).toContain(`RATIONALE<${team}>`);
    view.exercise.debriefStage = 'why';
    page.rerender(<ControlHotwash view={structuredClone(view)} />);
    expect(within(screen.getByTestId('scores')).getAllByRole('heading')).toHaveLength(3);
    expect(screen.queryByTestId('reflection-form')).toBeNull();
  });

  it('reads the guide’s questions by priority with its notes beside each, those for this ending marked', () => {
    const view = viewAt('facilitator', 'hotwash');
    expect(view.ending?.state.id).toBe('rupture');
    render(<ControlHotwash view={view} />);
    const step = within(screen.getByTestId('debrief-step-what'));
    expect(step.getByText('Questions for this stage, in order of priority')).toBeDefined();
    // Control's count of the cards' questions is of all the cards, said so: a team's is of its own.
    const cardCount = view.debrief?.what.cards.length ?? 0;
    expect(step.getByTestId('card-questions').querySelector('summary')?.textContent).toBe(
      `${cardCount} more questions, from all the cards released in this game (each team sees those of the cards it received)`,
    );
    const asked = step.getAllByTestId('guide-question');
    expect(asked.map((item) => item.getAttribute('data-question'))).toEqual(
      view.debrief?.what.guide.map((question) => question.id),
    );
    expect(asked.map((item) => item.getAttribute('data-question'))).toContain('when-trust-ran-out');
    // Control reads every question at once: nothing folded.
    expect(asked.length).toBeGreaterThan(4);
    expect(step.queryByTestId('guide-rest')).toBeNull();
    expect(asked.map((item) => item.getAttribute('data-question'))).not.toContain(
      'walk-back-from-the-strike',
    );
    for (const item of asked) {
      const notes = within(item).getByTestId('guide-notes');
      // The label is not the note's own first words (a note often starts "Listen for").
      expect(notes.textContent).toMatch(/^Facilitator’s note: /);
      expect(notes.textContent).not.toMatch(/Listen for Listen for/);
    }
    const rupture = asked.find((item) => item.dataset.question === 'when-trust-ran-out');
    expect(rupture?.getAttribute('data-asked')).toBe('ending');
    expect(rupture?.textContent).toContain('For this ending');
  });

  it('opens a stage on every screen: any stage from the list, or the next one', async () => {
    render(<ControlHotwash view={viewAt('facilitator', 'hotwash')} />);
    const here = screen.getByTestId('debrief-stage-what') as HTMLButtonElement;
    expect(here.disabled).toBe(true);
    expect(here.textContent).toContain('On every screen');
    expect(screen.getByTestId('debrief-nav').textContent).toContain(
      'The stage you open shows on every player’s screen and on the projector.',
    );
    await act(async () => fireEvent.click(screen.getByTestId('debrief-stage-meaning')));
    expect(screen.getByTestId('debrief-next').textContent).toBe('Next stage: Why it happened');
    await act(async () => fireEvent.click(screen.getByTestId('debrief-next')));
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      { type: 'facilitator.openDebriefStage', stage: 'meaning' },
      { type: 'facilitator.openDebriefStage', stage: 'why' },
    ]);
    // Control's own screen shows what the server says, not what was clicked.
    expect(screen.getByTestId('debrief-step-what')).toBeDefined();
  });

  it('keeps the stage and its one next action in a cockpit, the rest behind “More”', () => {
    const view = viewAt('facilitator', 'hotwash');
    const page = render(<ControlHotwash view={view} />);
    const cockpit = screen.getByTestId('cockpit');
    expect(within(cockpit).getByTestId('phase').textContent).toBe('Hotwash');
    expect(within(cockpit).getByTestId('cockpit-stage').textContent).toContain(
      'Stage 1 of 4: What happened',
    );
    expect(within(cockpit).getByTestId('cockpit-reflected').textContent).toMatch(
      /^Reflections: \d+ of \d+$/,
    );
    expect(nextAction()).toBe('open-stage');
    // Pausing and closing before the last stage are there, on demand.
    const more = within(cockpit).getByTestId('cockpit-more');
    expect(more.tagName).toBe('DETAILS');
    expect(within(more).getByTestId('pause')).toBeDefined();
    expect(within(more).getByTestId('close-hotwash')).toBeDefined();
    // At the last stage, closing the hotwash is the next action itself.
    page.rerender(<ControlHotwash view={twoReflected()} />);
    expect(nextAction()).toBe('close-hotwash');
    expect(within(screen.getByTestId('cockpit-more')).queryByTestId('close-hotwash')).toBeNull();
    expect(screen.getAllByTestId('close-hotwash')).toHaveLength(1);
  });

  it('once ended, shares the report from the cockpit, then opens it', async () => {
    const view = lastView('facilitator');
    const saved = {
      [seatKey(view.exercise.id, 'facilitator')]: {
        exerciseId: view.exercise.id,
        role: 'facilitator' as const,
        key: KEY,
        playerId: null,
      },
    };
    useExerciseStore.setState({ session: { current: null, saved } });
    try {
      fetchMock.mockImplementation(async () => Response.json({ shared: true }));
      const page = render(<ControlHotwash view={view} />);
      expect(screen.queryByTestId('cockpit-stage')).toBeNull();
      expect(nextAction()).toBe('share-report');
      await act(async () => fireEvent.click(screen.getByTestId('share-report')));
      const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
      expect(url).toBe(`/api/exercises/${view.exercise.id}/report-sharing`);
      expect(init.method).toBe('PUT');
      expect(new Headers(init.headers).get(FACILITATOR_KEY_HEADER)).toBe(KEY);
      expect(JSON.parse(String(init.body))).toEqual({ shared: true });
      // The view says it is shared (live, from the server): the next action opens the report.
      const shared = structuredClone(view);
      shared.exercise.reportShared = true;
      page.rerender(<ControlHotwash view={shared} />);
      expect(nextAction()).toBe('open-report');
      expect(screen.getByTestId('cockpit-report-link').getAttribute('href')).toBe(
        `/report/${view.exercise.id}`,
      );
      expect(
        within(screen.getByTestId('cockpit-more')).getByTestId('unshare-report'),
      ).toBeDefined();
    } finally {
      useExerciseStore.setState({ session: { current: null, saved: {} } });
    }
  });

  it('shows a refusal to open a stage, and offers none while paused or at the last stage', async () => {
    vi.mocked(sendCommand).mockResolvedValue({
      ok: false,
      error: { code: 'refused', message: 'The exercise is paused; resume it first.' },
    });
    const page = render(<ControlHotwash view={viewAt('facilitator', 'hotwash')} />);
    await act(async () => fireEvent.click(screen.getByTestId('debrief-stage-why')));
    expect(within(screen.getByTestId('debrief-nav')).getByRole('alert').textContent).toBe(
      'Not possible now: The exercise is paused; resume it first.',
    );
    const paused = viewAt('facilitator', 'hotwash');
    paused.exercise.paused = true;
    paused.exercise.tags = ['paused'];
    if (paused.control !== null) paused.control.open.openDebriefStage = false;
    page.rerender(<ControlHotwash view={paused} />);
    const buttons = within(screen.getByTestId('debrief-nav')).getAllByRole('button');
    expect(buttons.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
    // While paused, resuming is the cockpit's next action, in place of the next stage.
    expect(screen.queryByTestId('debrief-next')).toBeNull();
    expect(nextAction()).toBe('resume');
    page.rerender(<ControlHotwash view={twoReflected()} />);
    expect(screen.queryByTestId('debrief-next')).toBeNull();
  });

  it('shows each person’s newest reflection with their name, and who has yet to reflect', () => {
    render(<ControlHotwash view={twoReflected()} />);
    const reflections = screen.getByTestId('reflections');
    expect(within(screen.getByTestId('debrief-step-takeaway')).getByTestId('reflections')).toBe(
      reflections,
    );
    const items = [...reflections.querySelectorAll('[data-player]')];
    expect(items.map((item) => item.getAttribute('data-player'))).toEqual([
      'p-mexico-city',
      'p-washington',
    ]);
    expect(items[1]?.textContent).toContain('Lead of washington (Washington)');
    expect(items[1]?.textContent).toContain('revised');
    expect(items[1]?.textContent).toContain('REFLECTION<p-washington>');
    expect(items[1]?.textContent).toContain('Pace');
    expect(reflections.textContent).not.toContain('First thought.');
    expect(screen.getByText('2 reflections received')).toBeDefined();
    // Observers may reflect but are not waited for.
    expect(screen.getByTestId('missing-reflections').textContent).toBe(
      'Still to reflect: Lead of cartels (The Cartels).',
    );
  });

  it('closes the hotwash only after a confirmation', async () => {
    render(<ControlHotwash view={twoReflected()} />);
    expect(screen.queryByTestId('close-hotwash-confirm')).toBeNull();
    fireEvent.click(screen.getByTestId('close-hotwash'));
    expect(sendCommand).not.toHaveBeenCalled();
    expect(screen.getByText(/1 player has not reflected yet/)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Not yet' }));
    expect(screen.queryByTestId('close-hotwash-confirm')).toBeNull();
    expect(sendCommand).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('close-hotwash'));
    await act(async () => fireEvent.click(screen.getByTestId('close-hotwash-confirm')));
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      { type: 'facilitator.closeHotwash' },
    ]);
  });

  it('shows a refusal to close next to the control', async () => {
    vi.mocked(sendCommand).mockResolvedValue({
      ok: false,
      error: { code: 'refused', message: 'The exercise is paused.' },
    });
    render(<ControlHotwash view={viewAt('facilitator', 'hotwash')} />);
    fireEvent.click(screen.getByTestId('close-hotwash'));
    await act(async () => fireEvent.click(screen.getByTestId('close-hotwash-confirm')));
    expect(screen.getByRole('alert').textContent).toBe('Not possible now: The exercise is paused.');
  });

  it('while paused, offers to resume instead of closing', async () => {
    const view = viewAt('facilitator', 'hotwash');
    view.exercise.paused = true;
    view.exercise.tags = ['paused'];
    render(<ControlHotwash view={view} />);
    expect(screen.queryByTestId('close-hotwash')).toBeNull();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Resume the hotwash' })),
    );
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      { type: 'facilitator.resume' },
    ]);
  });

  it('once ended: everybody’s reflections and the report’s link, nothing left to close', () => {
    const view = lastView('facilitator');
    view.exercise.debriefStage = 'takeaway';
    const page = render(<ControlHotwash view={view} />);
    expect(screen.queryByTestId('close-hotwash')).toBeNull();
    expect(screen.queryByTestId('debrief-next')).toBeNull();
    expect(screen.getByTestId('report-link').getAttribute('href')).toBe(
      `/report/${view.exercise.id}`,
    );
    expect(screen.getByTestId('report-shared-note').textContent).toContain(
      'The players cannot read the report yet',
    );
    const shared = structuredClone(view);
    shared.exercise.reportShared = true;
    page.rerender(<ControlHotwash view={shared} />);
    expect(screen.getByTestId('report-shared-note').textContent).toBe(
      'The players may read the report: you have shared it.',
    );
    expect(screen.getByTestId('reflections').textContent).toContain('REFLECTION<p-observer>');
    expect(screen.getByTestId('missing-reflections').textContent).toBe(
      'Every team player has reflected.',
    );
  });
});
