// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { nameInSentence, type ExerciseView, type Phase } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { ControlConsole } from '../../../../client/src/screens/control/control-console';
import { viewAt } from '../support/game-views';
import {
  applied,
  must,
  NOTHING_OPEN,
  paused,
  sentCommands,
  startDomTests,
  withDesk,
} from './control-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const sent = () => sentCommands(vi.mocked(sendCommand).mock.calls);
const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

describe("Control's console: the clock and what comes next", () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
  });
  afterEach(cleanup);

  const labels: { phase: Phase; move: number; label: string; enabled: boolean }[] = [
    {
      phase: 'briefing',
      move: 0,
      label: 'End the briefing: open the practice move and release its injects',
      enabled: true,
    },
    { phase: 'injects', move: 1, label: 'Open deliberation (10 min)', enabled: true },
    {
      phase: 'deliberation',
      move: 1,
      label: 'Close deliberation and open decisions (3 min)',
      enabled: true,
    },
    { phase: 'decisions', move: 1, label: 'Close decisions', enabled: false },
    // The review of move 1 holds no free-form action: it can be published at once.
    { phase: 'adjudication', move: 1, label: 'Show the results', enabled: true },
    {
      phase: 'results',
      move: 0,
      label: 'End the practice: reset the tracks and open move 1',
      enabled: true,
    },
    { phase: 'results', move: 1, label: 'Open move 2 and release its injects', enabled: true },
    // Move 2 ended in a rupture: the play is over.
    { phase: 'results', move: 2, label: 'End the play and open the hotwash', enabled: true },
  ];

  it.each(labels)(
    'labels the primary button by what it does in $phase of move $move',
    ({ phase, move, label, enabled }) => {
      render(<ControlConsole view={viewAt('facilitator', phase, move)} />);
      expect(screen.getByTestId('control-console')).toBeDefined();
      // The status bar opens the console, as on every exercise screen.
      const bar = screen.getByTestId('control-console').querySelector('.status-bar');
      expect(bar?.getAttribute('data-phase')).toBe(phase);
      expect(bar?.getAttribute('data-move')).toBe(String(move));
      expect(button('advance').textContent).toBe(label);
      expect(button('advance').disabled).toBe(!enabled);
    },
  );

  it('says why it waits, and names the move the briefing leads to when practice is skipped', () => {
    // What the projection says once practice is skipped (its rule is tested with the projection).
    const briefing = withDesk(viewAt('facilitator', 'briefing'), {
      nextStep: { kind: 'open-first-move', move: 1, practice: false },
    });
    render(<ControlConsole view={briefing} />);
    expect(button('advance').textContent).toBe(
      'End the briefing: open move 1 and release its injects',
    );
    cleanup();
    render(<ControlConsole view={viewAt('facilitator', 'decisions', 1)} />);
    const why = document.getElementById(button('advance').getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(
      'Decisions close once every team has decided. It is the turn of Washington; skip it to move on.',
    );
  });

  it('puts a pending dilemma to its team, then waits for its answer', () => {
    const results = withDesk(viewAt('facilitator', 'results', 2), {
      nextStep: { kind: 'open-dilemma', team: 'mexico-city' },
    });
    render(<ControlConsole view={results} />);
    expect(button('advance').textContent).toBe('Put the dilemma to Mexico City');
    cleanup();
    const dilemma: ExerciseView = withDesk(
      {
        ...results,
        exercise: { ...results.exercise, phase: 'dilemma', tags: ['accepting-dilemma'] },
      },
      {
        open: { ...NOTHING_OPEN, addNarrative: true },
        nextStep: { kind: 'blocked', why: 'dilemma', team: 'mexico-city' },
      },
    );
    render(<ControlConsole view={dilemma} />);
    expect(button('advance').textContent).toBe('Waiting for the dilemma');
    expect(button('advance').disabled).toBe(true);
    expect(
      screen.getByText('The play goes on once the dilemma is answered by Mexico City.'),
    ).toBeDefined();
    // Too late to end early: the exercise is already ending.
    expect(button('end-early').disabled).toBe(true);
  });

  it('advances', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'injects', 1)} />);
    await click('advance');
    expect(sent()).toEqual([{ type: 'facilitator.advance' }]);
  });

  it('pauses, extends and shortens the deadline of a timed phase', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'deliberation', 1)} />);
    expect(screen.queryByTestId('resume')).toBeNull();
    await click('pause');
    await click('extend-1');
    await click('extend-5');
    await click('shorten-1');
    expect(sent()).toEqual([
      { type: 'facilitator.pause' },
      { type: 'facilitator.adjustDeadline', deltaMs: 60_000 },
      { type: 'facilitator.adjustDeadline', deltaMs: 300_000 },
      { type: 'facilitator.adjustDeadline', deltaMs: -60_000 },
    ]);
  });

  it('offers no deadline change where no deadline runs', () => {
    render(<ControlConsole view={viewAt('facilitator', 'injects', 1)} />);
    for (const id of ['extend-1', 'extend-5', 'shorten-1'])
      expect(screen.queryByTestId(id)).toBeNull();
    expect(screen.getByText('No deadline runs in this phase.')).toBeDefined();
  });

  it('keeps the phase, the clock and the next step together in the cockpit', () => {
    render(<ControlConsole view={viewAt('facilitator', 'deliberation', 1)} />);
    const cockpit = within(screen.getByTestId('cockpit'));
    expect(cockpit.getByTestId('phase').textContent).toBe('Deliberation');
    expect(cockpit.getByTestId('countdown')).toBeDefined();
    expect(cockpit.getByTestId('pause')).toBeDefined();
    expect(cockpit.getByTestId('advance').textContent).toBe(
      'Close deliberation and open decisions (3 min)',
    );
  });

  it('while paused: resumes, and nothing else moves the game on', async () => {
    render(<ControlConsole view={paused(viewAt('facilitator', 'deliberation', 1))} />);
    expect(screen.queryByTestId('pause')).toBeNull();
    expect(button('advance').disabled).toBe(true);
    expect(screen.getByText('The exercise is paused: resume it first.')).toBeDefined();
    for (const id of screen
      .getAllByTestId(/^release-/)
      .map((element) => element as HTMLButtonElement))
      expect(id.disabled).toBe(true);
    // Ending early and the deadline stay possible while paused.
    expect(button('end-early').disabled).toBe(false);
    expect(button('extend-5').disabled).toBe(false);
    await click('resume');
    expect(sent()).toEqual([{ type: 'facilitator.resume' }]);
  });

  it('skips the practice move during move 0 only', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'injects', 0)} />);
    expect(button('skip-practice-now').textContent).toBe(
      'Skip the rest of the practice: open move 1',
    );
    await click('skip-practice-now');
    expect(sent()).toEqual([{ type: 'facilitator.skipPractice' }]);
    cleanup();
    render(<ControlConsole view={viewAt('facilitator', 'injects', 1)} />);
    expect(screen.queryByTestId('skip-practice-now')).toBeNull();
  });

  it("skips the current team's turn during decisions, with an optional reason", async () => {
    render(<ControlConsole view={viewAt('facilitator', 'decisions', 1)} />);
    expect(button('skip-turn').textContent).toBe('Skip the turn of Washington (the team holds)');
    await click('skip-turn');
    fireEvent.change(screen.getByTestId('skip-turn-reason'), {
      target: { value: 'The team left the room.' },
    });
    await click('skip-turn');
    expect(sent()).toEqual([
      { type: 'facilitator.skipTurn', team: 'washington' },
      { type: 'facilitator.skipTurn', team: 'washington', reason: 'The team left the room.' },
    ]);
    cleanup();
    render(<ControlConsole view={viewAt('facilitator', 'deliberation', 1)} />);
    expect(screen.queryByTestId('skip-turn')).toBeNull();
  });

  it('ends early only with a reason and after confirming, optionally with an ending', async () => {
    const view = viewAt('facilitator', 'deliberation', 1);
    render(<ControlConsole view={view} />);
    expect(screen.queryByTestId('end-early-dialog')).toBeNull();
    fireEvent.click(screen.getByTestId('end-early'));
    expect(sent()).toEqual([]);
    // A modal dialog, the reason focused.
    const dialog = screen.getByTestId('end-early-dialog');
    expect(dialog.tagName).toBe('DIALOG');
    expect(document.activeElement).toBe(screen.getByTestId('end-early-reason'));
    expect(button('end-early-dialog-confirm').disabled).toBe(true);
    const endings = screen.getByTestId('end-early-ending') as HTMLSelectElement;
    expect([...endings.options].map((option) => option.value)).toEqual([
      '',
      ...(view.control?.endings.map((ending) => ending.id) ?? []),
    ]);
    fireEvent.change(screen.getByTestId('end-early-reason'), { target: { value: '   ' } });
    expect(button('end-early-dialog-confirm').disabled).toBe(true);
    fireEvent.change(screen.getByTestId('end-early-reason'), {
      target: { value: 'Out of time.' },
    });
    fireEvent.change(endings, { target: { value: 'rupture' } });
    await click('end-early-dialog-confirm');
    expect(sent()).toEqual([
      { type: 'facilitator.endEarly', reason: 'Out of time.', ending: 'rupture' },
    ]);
  });

  it('tells the facilitator which ending brings a dilemma, and sends no ending when none is chosen', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'results', 1)} />);
    fireEvent.click(screen.getByTestId('end-early'));
    fireEvent.change(screen.getByTestId('end-early-ending'), { target: { value: 'overt-strike' } });
    expect(screen.getByText('This ending first puts its dilemma to Mexico City.')).toBeDefined();
    fireEvent.change(screen.getByTestId('end-early-ending'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('end-early-reason'), {
      target: { value: 'Seminar over.' },
    });
    await click('end-early-dialog-confirm');
    expect(sent()).toEqual([{ type: 'facilitator.endEarly', reason: 'Seminar over.' }]);
  });
});

describe("Control's console: teams and injects", () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
  });
  afterEach(cleanup);

  it("shows each team's players, turn, folded secrets, draft and decisions", () => {
    const view: ExerciseView = viewAt('facilitator', 'decisions', 2);
    render(<ControlConsole view={view} />);
    for (const team of ['washington', 'mexico-city', 'cartels'])
      expect(screen.getByTestId(`team-panel-${team}`)).toBeDefined();
    const washington = within(screen.getByTestId('team-panel-washington'));
    expect(washington.getByText('Lead of washington (lead)')).toBeDefined();
    expect(washington.getByText('Deciding now')).toBeDefined();
    const secrets = washington.getByText('Secret briefing and objectives').closest('details');
    expect(secrets?.open).toBe(false);
    const briefing = view.control?.teams.find((team) => team.id === 'washington')?.secretBriefing;
    expect(secrets?.textContent).toContain(briefing?.en);
    expect(screen.getByTestId('draft-washington').textContent).toContain('DRAFT<washington>');
    expect(washington.getByText('No decision yet.')).toBeDefined();
    expect(
      within(screen.getByTestId('team-panel-cartels')).getByText('Waiting for its turn'),
    ).toBeDefined();
  });

  it("shows a team's whole decision once made, covert actions and rationale included", () => {
    const view = viewAt('facilitator', 'adjudication', 2);
    render(<ControlConsole view={view} />);
    const washington = within(screen.getByTestId('team-panel-washington'));
    expect(washington.getByText('Decided')).toBeDefined();
    expect(screen.getByTestId('team-panel-washington').textContent).toContain(
      'RATIONALE<washington> 2',
    );
    // Control sees covert actions in the team's panel, whichever team played one.
    const covert = view.decisions.find(
      (decision) =>
        decision.move === 2 && decision.actions.some((action) => action.visibility === 'covert'),
    );
    expect(covert).toBeDefined();
    const panel = within(screen.getByTestId(`team-panel-${covert?.team}`));
    expect(panel.getAllByText('Covert').length).toBeGreaterThan(0);
  });

  it('groups the whole deck: released with their cause, scheduled, triggered and held', () => {
    const view = viewAt('facilitator', 'injects', 1);
    render(<ControlConsole view={view} />);
    const timeline = within(screen.getByTestId('inject-timeline'));
    const deck = view.control?.injectDeck ?? [];
    const released = view.injects.length;
    expect(timeline.getByRole('heading', { name: `Released (${released})` })).toBeDefined();
    const waiting = (type: string) =>
      deck.filter((card) => !card.released && card.release.type === type).length;
    expect(
      timeline.getByRole('heading', { name: `Scheduled (${waiting('scheduled')})` }),
    ).toBeDefined();
    expect(
      timeline.getByRole('heading', {
        name: `Triggered by actions or events (${waiting('triggered')})`,
      }),
    ).toBeDefined();
    expect(
      timeline.getByRole('heading', { name: `Held for Control (${waiting('manual')})` }),
    ).toBeDefined();
    // Every unreleased card has its Release button; the released have none.
    const buttons = screen.getAllByTestId(/^release-/);
    expect(buttons).toHaveLength(deck.filter((card) => !card.released).length);
    for (const inject of view.injects)
      expect(screen.queryByTestId(`release-${inject.id}`)).toBeNull();
    const first = must(view.injects[0], 'a released inject');
    const card = screen.getByText(first.title.en).closest('article');
    expect(card?.textContent).toContain('released in the practice move, on schedule');
    expect(card?.textContent).toContain(`line ${first.source.line}`);
    const held = screen.getByTestId('release-overdose-figures').closest('article');
    expect(held?.textContent).toContain('released by Control only');
    expect(held?.textContent).toContain('For everyone');
  });

  it('shows apart the cards the format never releases on schedule, releasable by hand only', () => {
    const base = viewAt('facilitator', 'injects', 1);
    const waitingScheduled = (base.control?.injectDeck ?? []).filter(
      (card) => !card.released && card.release.type === 'scheduled',
    );
    const [left, late] = waitingScheduled.slice(-2).map((card) => card.id);
    const view = withDesk(base, { offFormatInjects: [must(left, 'a card'), must(late, 'a card')] });
    render(<ControlConsole view={view} />);
    const timeline = within(screen.getByTestId('inject-timeline'));
    expect(
      timeline.getByRole('heading', { name: `Scheduled (${waitingScheduled.length - 2})` }),
    ).toBeDefined();
    const apart = within(
      must(
        timeline.getByRole('heading', { name: 'Not in this format (2)' }).closest('section'),
        'the group',
      ),
    );
    for (const id of [left, late]) {
      const card = must(apart.getByTestId(`release-${id}`).closest('article'), 'its card');
      expect(card.textContent).toContain('this format never releases it on schedule');
      expect(card.textContent).not.toContain('scheduled for');
      expect(card.textContent).toContain('Release anyway');
    }
  });

  it('releases an inject by hand after asking once, only when the engine accepts injects', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'injects', 1)} />);
    await click('release-overdose-figures');
    expect(sent()).toEqual([]);
    expect(screen.getByTestId('release-dialog').textContent).toContain(
      'Release “The toll, again” now?',
    );
    // The safe answer has the focus; cancelling sends nothing.
    expect(document.activeElement).toBe(screen.getByTestId('release-dialog-cancel'));
    await click('release-dialog-cancel');
    expect(screen.queryByTestId('release-dialog')).toBeNull();
    expect(sent()).toEqual([]);
    await click('release-overdose-figures');
    await click('release-dialog-confirm');
    expect(sent()).toEqual([{ type: 'facilitator.releaseInject', inject: 'overdose-figures' }]);
    expect(screen.queryByTestId('release-dialog')).toBeNull();
    cleanup();
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 1)} />);
    expect(button('release-sovereignty-march').disabled).toBe(true);
  });

  it('says which action set off a released inject', () => {
    const view = viewAt('facilitator', 'results', 2);
    render(<ControlConsole view={view} />);
    const release = view.injects.find((inject) => inject.release.cause?.kind === 'action');
    const cause = release?.release.cause;
    expect(cause?.kind).toBe('action');
    const team = view.scenario.teams.find(
      (candidate) => cause?.kind === 'action' && candidate.id === cause.team,
    );
    const move = release?.release.move;
    const exposed = screen.getAllByText(`released in move ${move}, set off by “`, { exact: false });
    expect(exposed.map((line) => line.textContent).join('\n')).toMatch(
      new RegExp(`set off by “.+” of ${nameInSentence(team?.name.en ?? '?', 'en')}`),
    );
  });

  it('reads every channel and writes to any, broadcasts included', () => {
    render(<ControlConsole view={viewAt('facilitator', 'deliberation', 1)} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('data-channel'))).toContain('broadcast');
    expect(tabs.map((tab) => tab.getAttribute('data-channel'))).toContain(
      'channel:cartels-mexico-city',
    );
    expect(screen.getByRole('button', { name: 'Send' })).toBeDefined();
  });
});
