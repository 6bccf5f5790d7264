// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ExerciseView } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { ControlConsole } from '../../../../client/src/screens/control/control-console';
import { viewAt } from '../support/game-views';
import {
  applied,
  controlOf,
  must,
  paused,
  refused,
  sentCommands,
  startDomTests,
} from './control-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const sent = () => sentCommands(vi.mocked(sendCommand).mock.calls);
const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

/** Move 2's review: Mexico City's covert free-form action waits for its odds. */
const FREEFORM = 'm2-mexico-city-0';

describe("Control's review of an adjudication", () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
  });
  afterEach(cleanup);

  it('shows no review outside the adjudication', () => {
    render(<ControlConsole view={viewAt('facilitator', 'decisions', 1)} />);
    expect(screen.queryByTestId('review')).toBeNull();
    // The narrative and the track form live in their own panel then.
    expect(screen.getByTestId('narrative')).toBeDefined();
    expect(screen.getByTestId('track-override-apply')).toBeDefined();
  });

  it('explains every action result: team, card, visibility, odds, roll, outcome and effects', () => {
    const view = viewAt('facilitator', 'adjudication', 2);
    render(<ControlConsole view={view} />);
    const review = screen.getByTestId('review');
    expect(within(review).getByRole('heading', { level: 2 }).textContent).toBe(
      'Adjudication of move 2: review before publishing',
    );
    for (const result of view.control?.review?.results ?? [])
      expect(screen.getByTestId(`review-${result.id}`)).toBeDefined();
    const strike = screen.getByTestId('review-m2-washington-0');
    const played = view.control?.review?.results.find((r) => r.id === 'm2-washington-0');
    const card = view.control?.cards.find((candidate) => candidate.id === played?.card);
    expect(within(strike).getByRole('heading').textContent).toBe(`Washington: ${card?.name.en}`);
    // What the card shows is the engine's result for it, whatever the dice of this game.
    const result = must(
      view.control?.review?.results.find((candidate) => candidate.id === 'm2-washington-0'),
      'the strike',
    );
    const odds = must(result.odds, 'its odds');
    if (result.visibility === 'covert') expect(strike.textContent).toContain('Covert');
    expect(strike.textContent).toContain(`Odds ${odds.total}%`);
    expect(strike.textContent).toContain(`Base ${odds.base}%`);
    for (const modifier of odds.modifiers) {
      expect(strike.textContent).toContain(modifier.applies ? 'applies' : 'does not apply');
    }
    expect(strike.textContent).toContain(`Roll ${result.roll} against ${odds.total}%`);
    expect(strike.textContent).toContain(result.outcome === 'success' ? 'Success' : 'Failure');
    for (const change of [...result.costs, ...result.effects]) {
      expect(strike.textContent).toContain(`${change.from} → ${change.to}`);
    }
    if (result.reveals) {
      expect(strike.textContent).toContain('This outcome reveals the covert action to everyone.');
    }
    const freeform = screen.getByTestId(`review-${FREEFORM}`);
    expect(freeform.textContent).toContain('FREEFORM<mexico-city> covert move 2');
    expect(freeform.textContent).toContain('Waiting for Control’s odds');
  });

  it('shows the tracks before and after, the injects publishing releases and the ending it reaches', () => {
    const view = viewAt('facilitator', 'adjudication', 2);
    const proposed = must(controlOf(view).review, 'a review');
    render(<ControlConsole view={view} />);
    const review = within(screen.getByTestId('review'));
    const rowOf = (track: string) =>
      screen.getAllByRole('row').find((row) => row.getAttribute('data-track') === track);
    const tracks = Object.keys(proposed.tracksAfter);
    const moved = tracks.filter(
      (track) => proposed.tracksAfter[track] !== proposed.tracksBefore[track],
    );
    const still = tracks.filter((track) => !moved.includes(track));
    expect(moved.length).toBeGreaterThan(0);
    expect(still.length).toBeGreaterThan(0);
    for (const track of moved) {
      const before = proposed.tracksBefore[track] ?? NaN;
      const after = proposed.tracksAfter[track] ?? NaN;
      const change = after > before ? `+${after - before}` : String(after - before);
      expect(rowOf(track)?.textContent).toMatch(new RegExp(`${before}${after}\\${change}$`));
    }
    for (const track of still) {
      const value = proposed.tracksAfter[track] ?? NaN;
      expect(rowOf(track)?.textContent).toMatch(new RegExp(`${value}${value}unchanged$`));
    }
    expect(review.getByText('This adjudication ends the exercise: “Rupture”')).toBeDefined();
    const trace = proposed.ending?.trace;
    const leaves = (node: typeof trace): string[] =>
      node === null || node === undefined
        ? []
        : node.children === undefined
          ? [node.text]
          : node.children.flatMap((child) => leaves(child));
    const trustLeaf = leaves(trace).find((text) => text.startsWith('bilateral-trust is'));
    expect(trustLeaf).toBeDefined();
    // The condition that holds, named and worded for the facilitator, not the engine's sentence.
    const reasons = screen.getByTestId('ending-reasons');
    expect(reasons.textContent).not.toContain('bilateral-trust');
    expect(
      within(reasons).getByText(/^Bilateral trust is \d+ \(must be at most \d+\)$/),
    ).toBeDefined();
    const consequences = review.getByRole('heading', {
      name: 'Injects it releases',
    }).nextElementSibling;
    expect(consequences?.querySelectorAll('li')).toHaveLength(proposed.injects.length);
    if (proposed.injects.some((release) => release.cause?.kind === 'condition')) {
      expect(consequences?.textContent).toContain('by the state of the world');
    }
  });

  it('lists the world’s own moves after the round, with their reasons, so the tracks add up', () => {
    const view = viewAt('facilitator', 'adjudication', 1);
    const proposed = must(controlOf(view).review, 'a review');
    const moved = (proposed.dynamics ?? []).filter((entry) => entry.changes.length > 0);
    expect(moved.length).toBeGreaterThan(0);
    render(<ControlConsole view={view} />);
    const listed = screen.getByTestId('review-dynamics');
    expect(listed.querySelectorAll('li')).toHaveLength(moved.length);
    for (const entry of moved) {
      const text = must(
        controlOf(view).dynamics.find((dynamic) => dynamic.id === entry.dynamic),
        'the dynamic’s text',
      ).text.en;
      expect(listed.textContent).toContain(text);
    }
    // Every change the review lists, added up, gives the tracks before and after.
    const changes = [
      ...proposed.results.flatMap((result) => [...result.costs, ...result.effects]),
      ...proposed.injects.flatMap((release) => release.changes),
      ...proposed.overrideChanges,
      ...moved.flatMap((entry) => entry.changes),
    ];
    for (const [track, before] of Object.entries(proposed.tracksBefore)) {
      const total = changes
        .filter((change) => change.track === track)
        .reduce((sum, change) => sum + change.to - change.from, 0);
      expect(before + total, track).toBe(proposed.tracksAfter[track]);
    }
  });

  it('overrides an outcome only with a reason', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 2)} />);
    const id = 'm2-washington-0';
    const select = screen.getByTestId(`outcome-${id}`) as HTMLSelectElement;
    expect(select.value).toBe('failure');
    fireEvent.change(select, { target: { value: 'success' } });
    expect(button(`override-${id}`).disabled).toBe(true);
    type(`outcome-reason-${id}`, '   ');
    expect(button(`override-${id}`).disabled).toBe(true);
    type(`outcome-reason-${id}`, 'The seminar asked what if.');
    await click(`override-${id}`);
    expect(sent()).toEqual([
      {
        type: 'facilitator.overrideOutcome',
        action: id,
        outcome: 'success',
        reason: 'The seminar asked what if.',
      },
    ]);
    // Sent: the form is ready for the next change.
    expect((screen.getByTestId(`outcome-reason-${id}`) as HTMLInputElement).value).toBe('');
  });

  it('shows an overridden outcome with its reason', () => {
    const view = viewAt('facilitator', 'adjudication', 2);
    const result = must(must(controlOf(view).review, 'a review').results[1], 'a result');
    result.outcome = 'failure';
    result.override = { outcome: 'failure', reason: 'The leak came first.' };
    render(<ControlConsole view={view} />);
    const card = screen.getByTestId(`review-${result.id}`);
    expect(card.textContent).toContain('Failure');
    expect(card.textContent).toContain('(set by Control: The leak came first.)');
  });

  it('sets the odds of a free-form action, with track effects', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 2)} />);
    expect(button(`freeform-apply-${FREEFORM}`).disabled).toBe(true);
    type(`freeform-odds-${FREEFORM}`, '140');
    type(`freeform-reason-${FREEFORM}`, 'Plausible but costly.');
    expect(button(`freeform-apply-${FREEFORM}`).disabled).toBe(true);
    type(`freeform-odds-${FREEFORM}`, '40');
    const card = within(screen.getByTestId(`review-${FREEFORM}`));
    const onSuccess = card.getByRole('group', { name: 'If it succeeds' });
    fireEvent.click(within(onSuccess).getByRole('button', { name: 'Add a track change' }));
    fireEvent.change(within(onSuccess).getByLabelText('Track'), {
      target: { value: 'bilateral-trust' },
    });
    fireEvent.change(within(onSuccess).getByLabelText('Change'), { target: { value: '1' } });
    await click(`freeform-apply-${FREEFORM}`);
    expect(sent()).toEqual([
      {
        type: 'facilitator.setFreeformOdds',
        action: FREEFORM,
        odds: 40,
        reason: 'Plausible but costly.',
        onSuccess: [{ track: 'bilateral-trust', delta: 1 }],
        onFailure: [],
      },
    ]);
  });

  it('vetoes a free-form action only with a reason', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 2)} />);
    expect(button(`veto-${FREEFORM}`).disabled).toBe(true);
    type(`freeform-reason-${FREEFORM}`, 'Beyond their reach.');
    await click(`veto-${FREEFORM}`);
    expect(sent()).toEqual([
      { type: 'facilitator.vetoFreeform', action: FREEFORM, reason: 'Beyond their reach.' },
    ]);
  });

  it('does not publish while a free-form action waits for its odds', () => {
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 2)} />);
    expect(button('advance').disabled).toBe(true);
    expect(button('advance').textContent).toBe('Show the results');
    expect(
      screen.getByText(
        'Set the odds of every free-form action below (or veto it); then the results can be shown.',
      ),
    ).toBeDefined();
    // The ruling form waits in the open; a settled result's override waits behind Change.
    expect(screen.getByTestId(`review-${FREEFORM}`).querySelector('details')).toBeNull();
    expect(screen.getByTestId('review-m2-washington-0').querySelector('details')?.open).toBe(false);
  });

  it('sets a track during review, with a reason and within its range', async () => {
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 1)} />);
    type('track-override-track', 'escalation');
    type('track-override-value', '9');
    type('track-override-reason', 'Tariffs announced on television.');
    expect(button('track-override-apply').disabled).toBe(true);
    type('track-override-value', '3');
    await click('track-override-apply');
    expect(sent()).toEqual([
      {
        type: 'facilitator.overrideTrack',
        track: 'escalation',
        value: 3,
        reason: 'Tariffs announced on television.',
      },
    ]);
  });

  it('writes the narrative, shows it in the review, then publishes', async () => {
    const view = viewAt('facilitator', 'adjudication', 1);
    render(<ControlConsole view={view} />);
    expect(button('add-narrative').disabled).toBe(true);
    type('narrative', 'Washington’s pressure mounts.');
    await click('add-narrative');
    expect((screen.getByTestId('narrative') as HTMLTextAreaElement).value).toBe('');
    // The server's next view carries the entry.
    const next: ExerciseView = {
      ...view,
      narrative: [
        ...view.narrative,
        {
          move: 1,
          phase: 'adjudication',
          at: view.exercise.serverTime ?? 0,
          text: 'Washington’s pressure mounts.',
        },
      ],
    };
    cleanup();
    render(<ControlConsole view={next} />);
    expect(screen.getByTestId('review').textContent).toContain('Washington’s pressure mounts.');
    // The practice move's narrative is folded away.
    expect(screen.getByText('Earlier narrative (1 entry)')).toBeDefined();
    // Publishing is the cockpit's next step, and asks once.
    expect(button('advance').getAttribute('data-step')).toBe('publish-results');
    expect(button('advance').disabled).toBe(false);
    await click('advance');
    expect(sent()).toEqual([
      { type: 'facilitator.addNarrative', text: 'Washington’s pressure mounts.' },
    ]);
    expect(screen.getByTestId('publish-dialog').textContent).toContain(
      'Publish the results of move 1?',
    );
    await click('publish-dialog-confirm');
    expect(sent()).toEqual([
      { type: 'facilitator.addNarrative', text: 'Washington’s pressure mounts.' },
      { type: 'facilitator.publishAdjudication' },
    ]);
    expect(screen.queryByTestId('publish-dialog')).toBeNull();
  });

  it('shows a refused publication in the question that asked for it', async () => {
    vi.mocked(sendCommand).mockResolvedValue(refused('Set the odds of m1-cartels-0.'));
    render(<ControlConsole view={viewAt('facilitator', 'adjudication', 1)} />);
    await click('advance');
    await click('publish-dialog-confirm');
    // The dialog stays open, with the server's answer in it.
    const dialog = screen.getByTestId('publish-dialog');
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Not possible now: Set the odds of m1-cartels-0.',
    );
  });

  it('changes nothing while paused', () => {
    render(<ControlConsole view={paused(viewAt('facilitator', 'adjudication', 2))} />);
    expect(button('advance').disabled).toBe(true);
    expect((screen.getByTestId('outcome-m2-washington-0') as HTMLSelectElement).disabled).toBe(
      true,
    );
    expect(button('track-override-apply').disabled).toBe(true);
    expect(
      screen.getByText('Resume the exercise to change or publish the adjudication.'),
    ).toBeDefined();
  });
});
