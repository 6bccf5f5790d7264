// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamRoom } from '../../../../client/src/screens/team-room/team-room';
import { viewAt } from '../support/game-views';
import { resetStore, startRoomTests } from './room-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

describe('the results of a move', () => {
  beforeAll(startRoomTests);
  beforeEach(resetStore);
  afterEach(cleanup);

  it('explains each action: odds, roll, outcome and track changes', () => {
    render(<TeamRoom view={viewAt('washington', 'results', 1)} />);
    const results = screen.getByTestId('results');

    const signal = within(results).getByTestId('result-m1-washington-0');
    expect(signal.textContent).toContain('Washington: Signal force on the border');
    expect(signal.textContent).toContain('Chance of success: 70% (base 70)');
    expect(signal.textContent).toContain('Rolled 13 against 70%: success.');
    expect(signal.textContent).toContain('Escalation 2 → 3');
    expect(signal.textContent).toContain('Fentanyl flow 7 → 6');

    // A modifier whose condition did not hold is shown as such.
    const indict = within(results).getByTestId('result-m1-washington-1');
    expect(indict.textContent).toContain('50% (base 50)');
    expect(indict.textContent).toContain(
      'Did not apply this time: +20 if: Mexican financial intelligence corroborates the case.',
    );
    expect(indict.textContent).toContain('Bilateral trust 5 → 4');

    const protest = within(results).getByTestId('result-m1-mexico-city-0');
    expect(protest.textContent).toContain('Rolled 69 against 45%: failure.');
    expect(protest.getAttribute('data-outcome')).toBe('failure');
  });

  it('shows Control’s account, what the move set off and the net change, newest move first', () => {
    render(<TeamRoom view={viewAt('washington', 'results', 1)} />);
    const results = screen.getByTestId('results');
    const moves = [...results.querySelectorAll('details')];
    expect(moves.map((details) => details.querySelector('h3')?.textContent)).toEqual([
      'Results of move 1',
      'Results of the practice move',
    ]);
    expect(moves.map((details) => details.open)).toEqual([true, false]);

    const current = moves[0] as HTMLElement;
    expect(current.textContent).toContain('NARRATIVE-IN-REVIEW<1>');
    expect(current.textContent).not.toContain('NARRATIVE-IN-REVIEW<0>');
    const released = current.querySelector('[data-inject="politicians-arrested-in-us"]');
    expect(released?.textContent).toContain('set off by Washington: Indict Mexican politicians');
    const condition = current.querySelector('[data-inject="status-quo-unacceptable"]');
    expect(condition?.textContent).toContain('the state of the world set it off');
    expect(condition?.textContent).toContain('Escalation 3 → 4');
    expect(current.textContent).toContain('What changed in the world');
    expect(current.textContent).toContain('Bilateral trust 5 → 3');
  });

  it('shows Control’s override and its reason', () => {
    const view = viewAt('washington', 'results', 1);
    const result = view.adjudications[1]?.results[0];
    if (result === undefined) throw new Error('expected a result');
    result.override = { outcome: 'failure', reason: 'The border was already saturated.' };
    result.outcome = 'failure';
    render(<TeamRoom view={view} />);
    const item = screen.getByTestId(`result-${result.id}`);
    expect(item.textContent).toContain(
      'Control decided the outcome instead: failure. Reason: The border was already saturated.',
    );
  });

  it('tells how the play ended when an adjudication reached an ending', () => {
    const view = viewAt('washington', 'results', 2);
    render(<TeamRoom view={view} />);
    const current = screen.getByTestId('results').querySelector('details[open]');
    expect(current?.textContent).toContain('This move ended the exercise early');
  });
});
