// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ExerciseView } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { TeamRoom } from '../../../../client/src/screens/team-room/team-room';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { viewAt } from '../support/game-views';
import { oddsLine } from './odds-line';
import { applied, resetStore, sent, startRoomTests } from './room-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const send = vi.mocked(sendCommand);

/** `who`'s view in `phase` of move 1, with no shared draft yet. */
function at(who: 'washington' | 'mexico-city', phase: 'injects' | 'deliberation'): ExerciseView {
  const view = viewAt(who, phase, 1);
  view.drafts = [];
  return view;
}

const cardOf = (id: string) => document.querySelector(`[data-card="${id}"]`) as HTMLElement;

describe('the team room before the team’s turn', () => {
  beforeAll(startRoomTests);
  beforeEach(() => {
    resetStore();
    send.mockReset();
    send.mockResolvedValue(applied);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    act(() => chooseLanguage('en'));
  });

  it('shows the whole hand to read while the developments come in, with nothing to tick', () => {
    const view = at('washington', 'injects');
    render(<TeamRoom view={view} />);
    expect(screen.getByTestId('what-now').textContent).toContain(
      'Read the new developments, and your team’s action cards under “Decision”',
    );
    // The developments come first; the hand is one tab away, where the line says.
    const sections = within(screen.getByRole('tablist', { name: 'Sections of the team room' }));
    expect(sections.getByRole('tab', { selected: true }).textContent).toBe('Developments');
    fireEvent.click(sections.getByRole('tab', { name: 'Decision' }));
    const hand = screen.getByTestId('hand-preview');
    expect(within(hand).getByRole('heading', { name: 'Your team’s action cards' })).toBeDefined();
    const shown = [...hand.querySelectorAll('[data-card]')].map((card) =>
      card.getAttribute('data-card'),
    );
    expect(shown).toEqual(view.team?.cards.map((card) => card.id));
    // Read-only: no checkbox, no form, no submit button.
    expect(within(hand).queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByTestId('decision-form')).toBeNull();
    expect(screen.queryByTestId('submit-decision')).toBeNull();

    const sanctions = cardOf('sanction-financial-networks');
    expect(sanctions.textContent).toContain('Treasury sanctions on financial networks');
    expect(sanctions.textContent).toContain('Treasury targets the money');
    expect(sanctions.textContent).toContain('Public');
    expect(sanctions.textContent).toContain(oddsLine('sanction-financial-networks'));
    expect(sanctions.textContent).toContain('+20: Mexico');
    expect(sanctions.textContent).toContain('If it succeeds');
    expect(sanctions.textContent).toContain('Cartel capability: down by 1');
    expect(sanctions.textContent).toContain('If it fails');

    const tariffs = cardOf('impose-security-tariffs');
    expect(tariffs.textContent).toContain('Cost, whatever the outcome');
    expect(tariffs.textContent).toContain('Trade integration: down by 1');
    expect(tariffs.textContent).toContain('Plays used in the exercise: 0 of 2; 2 left');

    // Whether its conditions hold now, for a card that has some.
    const drone = view.team?.cards.find((card) => card.id === 'covert-drone-strike');
    expect(drone?.prerequisitesMet).toBe(false);
    // What it waits for shows at a glance; its details point there.
    expect(cardOf('covert-drone-strike').querySelector('.tr-card-block')?.textContent).toMatch(
      /^Not available now:Needs Escalation at least 4, “.+” \(now 2, “.+”\)$/,
    );
    expect(screen.getByTestId('prerequisites-covert-drone-strike').textContent).toBe(
      'Not met now: what it waits for is listed above.',
    );
    expect(cardOf('covert-drone-strike').getAttribute('data-visibility')).toBe('covert');
    expect(cardOf('covert-drone-strike').textContent).toContain('Covert');
  });

  it('opens the shared draft in deliberation, and explains why the decision waits', () => {
    vi.useFakeTimers();
    render(<TeamRoom view={at('mexico-city', 'deliberation')} />);
    expect(screen.getByTestId('what-now').textContent).toContain(
      'Read your options under “Decision” and start drafting your decision together',
    );
    // The decision section comes first in deliberation: its tab is the one open.
    const panels = [...document.querySelectorAll('.tr-main > [role="tabpanel"]')];
    expect(panels.map((panel) => panel.hasAttribute('hidden'))).toEqual([false, true, true]);
    expect(panels[0]?.querySelector(':scope > section')?.id).toBe('decisions');
    const sections = within(screen.getByRole('tablist', { name: 'Sections of the team room' }));
    expect(sections.getByRole('tab', { selected: true }).textContent).toBe('Decision');
    expect(
      screen.getByText('Once the decisions open, teams decide in turn, in this order:'),
    ).toBeDefined();
    expect(document.querySelectorAll('.tr-turns li[data-turn="upcoming"]')).toHaveLength(3);

    const form = screen.getByTestId('decision-form');
    const card = within(form).getAllByRole('checkbox')[0] as HTMLInputElement;
    expect(card.disabled).toBe(false);
    fireEvent.click(card);
    fireEvent.change(screen.getByTestId('rationale'), { target: { value: 'Hold the line' } });
    act(() => vi.advanceTimersByTime(600));
    const drafts = sent(send.mock.calls, 'team.updateDraft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.draft).toMatchObject({ kind: 'actions', rationale: 'Hold the line' });
    expect(drafts[0]?.draft?.cards).toHaveLength(1);

    // The draft is complete, but the lead cannot submit before the turn, and reads why.
    const submit = screen.getByTestId<HTMLButtonElement>('submit-decision');
    expect(submit.disabled).toBe(true);
    const wait = screen.getByTestId('submit-wait');
    expect(wait.textContent).toBe(
      'You can submit when your turn opens; your team decides after Washington.',
    );
    expect(submit.getAttribute('aria-describedby')).toContain(wait.id);
    fireEvent.submit(form);
    expect(sent(send.mock.calls, 'team.submitDecision')).toEqual([]);
  });

  it('tells the first team it decides first, and simultaneous teams that they decide together', () => {
    render(<TeamRoom view={at('washington', 'deliberation')} />);
    expect(screen.getByTestId('submit-wait').textContent).toBe(
      'You can submit when your turn opens; your team decides first, once Control closes the deliberation.',
    );
    cleanup();

    const view = at('mexico-city', 'deliberation');
    view.exercise.turn.mode = 'simultaneous';
    render(<TeamRoom view={view} />);
    const together =
      'You can submit when Control opens the decisions; every team decides at the same time.';
    expect(screen.getByTestId('submit-wait').textContent).toBe(together);
    // Said once, in the sticky bar that stays in view, not again in the form.
    expect(screen.getAllByText(together)).toHaveLength(1);
    expect(
      screen.getByTestId('decision-action-bar').contains(screen.getByTestId('submit-wait')),
    ).toBe(true);
  });

  it('keeps the draft through the opening of the turn, and then lets the lead submit', () => {
    const deliberation = at('mexico-city', 'deliberation');
    const { rerender } = render(<TeamRoom view={deliberation} />);
    fireEvent.click(document.getElementById('decision-kind-hold') as HTMLElement);
    fireEvent.change(screen.getByTestId('rationale'), { target: { value: 'Wait and see' } });

    const turn = viewAt('mexico-city', 'decisions', 1);
    turn.drafts = [];
    turn.exercise.turn.current = 'mexico-city';
    turn.exercise.turn.pending = ['mexico-city', 'cartels'];
    turn.exercise.turn.teams = [
      { team: 'washington', state: 'decided' },
      { team: 'mexico-city', state: 'deciding' },
      { team: 'cartels', state: 'waiting' },
    ];
    rerender(<TeamRoom view={turn} />);
    expect(screen.getByTestId<HTMLTextAreaElement>('rationale').value).toBe('Wait and see');
    expect(screen.queryByTestId('submit-wait')).toBeNull();
    expect(screen.getByTestId<HTMLButtonElement>('submit-decision').disabled).toBe(false);
  });

  it('speaks Spanish', () => {
    render(<TeamRoom view={at('mexico-city', 'deliberation')} />);
    act(() => chooseLanguage('es'));
    expect(screen.getByTestId('submit-wait').textContent).toBe(
      'Podrán enviarla cuando se abra su turno, después del de Washington.',
    );
    // A locked card says what it waits for in Spanish too, with the track's Spanish name.
    cleanup();
    render(<TeamRoom view={at('washington', 'deliberation')} />);
    const locked = [...document.querySelectorAll('.tr-card-block')].map(
      (block) => block.textContent ?? '',
    );
    expect(locked.length).toBeGreaterThan(0);
    for (const words of locked) expect(words).toMatch(/^No disponible ahora:Requiere /);
    expect(locked.join(' ')).toContain('Requiere Integración comercial de como máximo 6 (ahora 7)');
    expect(locked.join(' ')).toContain('Requiere Escalada de al menos 4, «');
  });
});
