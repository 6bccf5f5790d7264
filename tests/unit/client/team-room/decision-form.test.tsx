// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { TeamRoom } from '../../../../client/src/screens/team-room/team-room';
import { writeDraft } from '../../../../client/src/state/actions';
import { draftKey } from '../../../../client/src/state/drafts-slice';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { viewReceived } from '../../../../client/src/state/view-slice';
import { scenario, viewAt } from '../support/game-views';
import { oddsLine } from './odds-line';
import {
  applied,
  resetStore,
  sent,
  startRoomTests,
  washingtonDeciding,
  washingtonMemberDeciding,
} from './room-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const send = vi.mocked(sendCommand);
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const tick = (testId: string) => fireEvent.click(screen.getByTestId(testId));
/** The lead's submit, then the confirmation the form asks for. */
const submitAndConfirm = async () => {
  fireEvent.click(screen.getByTestId('submit-decision'));
  await act(async () => fireEvent.click(screen.getByTestId('decision-confirm-confirm')));
};
const localDraft = (exerciseId: string) =>
  useExerciseStore.getState().drafts.byKey[draftKey(exerciseId, 'washington')];

describe('the decision form', () => {
  beforeAll(startRoomTests);
  beforeEach(() => {
    resetStore();
    send.mockReset();
    send.mockResolvedValue(applied);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows each card’s odds with their modifiers, its effects, costs and limits', () => {
    render(<TeamRoom view={washingtonDeciding()} />);
    const form = screen.getByTestId('decision-form');
    const sanctions = form.querySelector(
      '[data-card="sanction-financial-networks"]',
    ) as HTMLElement;
    expect(sanctions.textContent).toContain(oddsLine('sanction-financial-networks'));
    const modifier = scenario.actions.find((card) => card.id === 'sanction-financial-networks')
      ?.odds.modifiers[0];
    expect(sanctions.textContent?.replace(/\s+/g, ' ')).toContain(
      `+${modifier?.delta}: ${modifier?.reason.en.replace(/\s+/g, ' ').slice(0, 30)}`,
    );
    expect(sanctions.textContent).toContain('These modifiers may apply');
    expect(sanctions.textContent).toContain('Cartel capability: down by 1');
    expect(sanctions.textContent).toContain('Political protection: down by 1');
    expect(sanctions.textContent).toContain('Public');

    const tariffs = form.querySelector('[data-card="impose-security-tariffs"]') as HTMLElement;
    expect(tariffs.textContent).toContain(oddsLine('impose-security-tariffs').split('; ')[1]);
    expect(tariffs.textContent).toContain('−15: A popular president');
    expect(tariffs.textContent).toContain('Cost, whatever the outcome');
    expect(tariffs.textContent).toContain('Trade integration: down by 1');
    expect(tariffs.textContent).toContain('Plays used in the exercise: 0 of 2');

    const designations = form.querySelector('[data-card="expand-terrorist-designations"]');
    const base = scenario.actions.find((card) => card.id === 'expand-terrorist-designations')?.odds
      .base;
    expect(designations?.textContent).toContain(`Chance of success: ${base}%`);

    // A card whose prerequisites do not hold cannot be ticked, and says why.
    const drone = screen.getByTestId('card-covert-drone-strike') as HTMLInputElement;
    expect(drone.disabled).toBe(true);
    const droneCard = form.querySelector('[data-card="covert-drone-strike"]');
    expect(droneCard?.querySelector('.tr-card-block')?.textContent).toMatch(
      /^Not available now:Needs Escalation at least 4, “.+” \(now 2, “.+”\)$/,
    );

    // At a glance: odds, cost and what success does, one line each; the rest in the details.
    const glance = screen.getByTestId('glance-impose-security-tariffs').textContent ?? '';
    expect(glance).toMatch(
      /^Success \d+% \(between \d+% and \d+% with modifiers\) · Cost: .+If it succeeds: .+/,
    );
    const more = tariffs.querySelector('details');
    expect(more?.querySelector('summary')?.textContent).toBe('Details: Impose security tariffs');
    expect(more?.textContent).toContain('Plays used in the exercise: 0 of 2; 2 left');
    expect(screen.getByRole('checkbox', { name: 'Covert drone strike on a laboratory' })).toBe(
      drone,
    );
  });

  it('lets the lead submit action cards with the rationale and statement', async () => {
    const view = washingtonDeciding();
    render(<TeamRoom view={view} />);
    const submit = screen.getByTestId('submit-decision') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    // In the bar the knowledge check and the reflection use too, at the foot of the screen.
    const bar = screen.getByTestId('decision-action-bar');
    expect(bar.classList.contains('action-bar')).toBe(true);
    expect(bar.contains(submit)).toBe(true);
    expect(screen.getByText('choose at least one action card (or choose to hold);')).toBeDefined();

    tick('card-sanction-financial-networks');
    tick('card-signal-force-on-the-border');
    // The scenario allows two cards per decision: the others wait.
    const third = screen.getByTestId('card-cancel-politicians-visas') as HTMLInputElement;
    expect(third.disabled).toBe(true);
    expect(screen.getAllByText(/as many cards as a decision allows/).length).toBeGreaterThan(0);
    expect(submit.disabled).toBe(true);
    type('rationale', '  Follow the money first.  ');
    type('statement', 'We will use every tool.');
    expect(submit.disabled).toBe(false);

    // Asked once before it goes: what it sends, and that it cannot be changed.
    fireEvent.click(submit);
    const dialog = screen.getByTestId('decision-confirm');
    expect(dialog.textContent).toContain('Submit your team’s decision?');
    expect(dialog.textContent).toContain('2 action cards:');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(sent(send.mock.calls, 'team.submitDecision')).toEqual([]);
    await submitAndConfirm();
    const decisions = sent(send.mock.calls, 'team.submitDecision');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.decision).toEqual({
      kind: 'actions',
      cards: ['sanction-financial-networks', 'signal-force-on-the-border'],
      rationale: 'Follow the money first.',
      statement: 'We will use every tool.',
    });
    // Submitted: nothing left to restore.
    expect(localDraft(view.exercise.id)).toBeUndefined();
  });

  it('submits a free-form action with its reasons and visibility, and a hold', async () => {
    render(<TeamRoom view={washingtonDeciding()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'A free-form action' }));
    type('freeform-description', 'Propose a joint commission on precursors');
    type('freeform-reason-0', 'Both need a win');
    type('freeform-reason-2', 'China is listening');
    fireEvent.change(screen.getByTestId('freeform-visibility'), { target: { value: 'covert' } });
    await submitAndConfirm();
    expect(sent(send.mock.calls, 'team.submitDecision')[0]?.decision).toEqual({
      kind: 'freeform',
      description: 'Propose a joint commission on precursors',
      reasons: ['Both need a win', 'China is listening'],
      visibility: 'covert',
    });
    cleanup();
    send.mockClear();

    resetStore();
    render(<TeamRoom view={washingtonDeciding()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Hold' }));
    type('statement', 'We wait.');
    await submitAndConfirm();
    expect(sent(send.mock.calls, 'team.submitDecision')[0]?.decision).toEqual({
      kind: 'hold',
      statement: 'We wait.',
    });
  });

  it('shows the server’s refusal next to the button', async () => {
    send.mockResolvedValue({
      ok: false,
      error: {
        code: 'refused',
        message: 'It is Mexico City’s turn, not Washington’s.',
        reason: 'not-their-turn',
        detail: { team: 'washington', current: 'mexico-city' },
      },
    });
    const view = washingtonDeciding();
    // The page's names come from the view the browser holds, as on a live page.
    act(() => useExerciseStore.setState((state) => ({ view: viewReceived(state.view, view, 0) })));
    render(<TeamRoom view={view} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Hold' }));
    await submitAndConfirm();
    // Worded by the client from the refusal's detail, with the teams' names.
    expect(screen.getByRole('alert').textContent).toContain(
      'It is the turn of Mexico City, not of Washington.',
    );
  });

  it('tells a member who is not the lead who submits, and gives no submit button', () => {
    render(<TeamRoom view={washingtonMemberDeciding()} />);
    expect(screen.getByTestId('decision-form')).toBeDefined();
    expect(screen.queryByTestId('submit-decision')).toBeNull();
    expect(screen.getByTestId('not-lead').textContent).toContain(
      'Only your lead, Ana Lead, can submit.',
    );
    expect(screen.getByTestId('what-now').textContent).toContain('your lead, Ana Lead, submits it');
    // A member still edits the shared draft.
    expect((screen.getByTestId('rationale') as HTMLTextAreaElement).disabled).toBe(false);
  });

  it('restores the half-written form after a remount, from the persisted drafts', () => {
    const view = washingtonDeciding();
    const first = render(<TeamRoom view={view} />);
    tick('card-offer-intelligence-compact');
    type('rationale', 'Half-written thoughts');
    first.unmount();
    expect(localDraft(view.exercise.id)?.draft).toMatchObject({
      kind: 'actions',
      cards: ['offer-intelligence-compact'],
      rationale: 'Half-written thoughts',
    });

    render(<TeamRoom view={washingtonDeciding()} />);
    expect((screen.getByTestId('rationale') as HTMLTextAreaElement).value).toBe(
      'Half-written thoughts',
    );
    expect(
      (screen.getByTestId('card-offer-intelligence-compact') as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('ignores a persisted draft of an earlier move', () => {
    const view = washingtonDeciding();
    writeDraft(view.exercise.id, 'washington', { kind: 'hold', rationale: 'Old move' }, 0);
    render(<TeamRoom view={view} />);
    expect((screen.getByTestId('rationale') as HTMLTextAreaElement).value).toBe('');
    expect(
      (screen.getByRole('radio', { name: 'Play action cards' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('forgets the local draft once the team has decided', () => {
    const view = viewAt('washington', 'adjudication', 1);
    writeDraft(view.exercise.id, 'washington', { kind: 'hold', rationale: 'Moot now' }, 1);
    render(<TeamRoom view={view} />);
    expect(screen.queryByTestId('decision-form')).toBeNull();
    expect(screen.getByTestId('submitted-decision').textContent).toContain(
      'RATIONALE<washington> 1',
    );
    expect(localDraft(view.exercise.id)).toBeUndefined();
  });

  it('shares the draft with the team once typing rests for 600 ms', () => {
    vi.useFakeTimers();
    render(<TeamRoom view={washingtonMemberDeciding()} />);
    type('rationale', 'W');
    act(() => vi.advanceTimersByTime(300));
    type('rationale', 'We should');
    act(() => vi.advanceTimersByTime(599));
    expect(sent(send.mock.calls, 'team.updateDraft')).toHaveLength(0);
    act(() => vi.advanceTimersByTime(1));
    const drafts = sent(send.mock.calls, 'team.updateDraft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.draft).toMatchObject({ kind: 'actions', rationale: 'We should' });
  });

  it('adopts a teammate’s draft and says who last edited it', () => {
    const view = washingtonMemberDeciding();
    const { rerender } = render(<TeamRoom view={view} />);
    expect(screen.getByTestId('team-draft').textContent).toContain(
      'Not shared with your team yet.',
    );

    const next = washingtonMemberDeciding();
    next.drafts = [
      {
        team: 'washington',
        move: 1,
        playerId: 'p-ana',
        at: next.exercise.serverTime ?? 0,
        draft: { kind: 'actions', cards: ['impose-security-tariffs'], rationale: 'Ana’s idea' },
      },
    ];
    rerender(<TeamRoom view={next} />);
    expect((screen.getByTestId('rationale') as HTMLTextAreaElement).value).toBe('Ana’s idea');
    expect((screen.getByTestId('card-impose-security-tariffs') as HTMLInputElement).checked).toBe(
      true,
    );
    const status = screen.getByTestId('team-draft').textContent;
    expect(status).toContain('Last edited by Ana Lead');
    expect(status).toContain('1 action card: Impose security tariffs');
    // What is on screen is what a reload restores.
    expect(localDraft(next.exercise.id)?.draft.rationale).toBe('Ana’s idea');
  });

  it('keeps the member’s unsent edits when a teammate’s draft arrives', () => {
    vi.useFakeTimers();
    const view = washingtonMemberDeciding();
    const { rerender } = render(<TeamRoom view={view} />);
    type('rationale', 'Mine, not sent yet');
    const next = washingtonMemberDeciding();
    next.drafts = [
      {
        team: 'washington',
        move: 1,
        playerId: 'p-ana',
        at: next.exercise.serverTime ?? 0,
        draft: { kind: 'hold', rationale: 'Theirs' },
      },
    ];
    rerender(<TeamRoom view={next} />);
    expect((screen.getByTestId('rationale') as HTMLTextAreaElement).value).toBe(
      'Mine, not sent yet',
    );
    expect(
      within(screen.getByTestId('team-draft')).getByText(/Last edited by Ana Lead/),
    ).toBeDefined();
  });
});
