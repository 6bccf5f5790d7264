// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nameInSentence } from '@borderline/shared';
import { TeamRoom } from '../../../../client/src/screens/team-room/team-room';
import { scenario, viewAt } from '../support/game-views';
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

  it('folds the move’s situation once its results are out, so they come first', () => {
    render(<TeamRoom view={viewAt('washington', 'results', 1)} />);
    const folded = screen.getByTestId('situation-folded');
    expect(folded.tagName).toBe('DETAILS');
    expect(folded.hasAttribute('open')).toBe(false);
    expect(within(folded).getByRole('heading', { level: 2 }).textContent).toMatch(/^Move 1: /);
    cleanup();
    render(<TeamRoom view={viewAt('washington', 'deliberation', 1)} />);
    expect(screen.queryByTestId('situation-folded')).toBeNull();
  });

  it('explains each action: odds, roll, outcome and track changes', () => {
    const view = viewAt('washington', 'results', 1);
    render(<TeamRoom view={view} />);
    const results = screen.getByTestId('results');
    const adjudication = view.adjudications.find((candidate) => candidate.move === 1);
    expect(adjudication?.results.length).toBeGreaterThan(0);
    for (const result of adjudication?.results ?? []) {
      const item = within(results).getByTestId(`result-${result.id}`);
      const team = scenario.teams.find((candidate) => candidate.id === result.team)?.name.en;
      const card = scenario.actions.find((candidate) => candidate.id === result.card)?.name.en;
      if (card !== undefined) expect(item.textContent).toContain(`${team}: ${card}`);
      expect(item.getAttribute('data-outcome')).toBe(result.outcome);
      if (result.odds !== null) {
        const { total, base } = result.odds;
        expect(item.textContent).toContain(`Chance of success: ${total}% (base ${base}`);
        expect(item.textContent).toContain(
          `Rolled ${result.roll} against ${total}%: ${result.outcome}.`,
        );
        // A modifier whose condition did not hold is shown as such.
        for (const modifier of result.odds.modifiers.filter((m) => !m.applies)) {
          const delta = modifier.delta > 0 ? `+${modifier.delta}` : `−${-modifier.delta}`;
          expect(item.textContent).toContain(
            `Did not apply this time: ${delta} if: ${modifier.reason.en}`,
          );
        }
      }
      for (const change of [...result.costs, ...result.effects]) {
        const track = scenario.tracks.find((candidate) => candidate.id === change.track)?.name.en;
        expect(item.textContent).toContain(`${track} ${change.from} → ${change.to}`);
      }
    }
  });

  it('shows Control’s account, what the move set off and the net change, newest move first', () => {
    const view = viewAt('washington', 'results', 1);
    render(<TeamRoom view={view} />);
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
    const adjudication = view.adjudications.find((candidate) => candidate.move === 1);
    for (const release of adjudication?.injects ?? []) {
      const item = current.querySelector(`[data-inject="${release.inject}"]`);
      const cause = release.cause;
      if (cause?.kind === 'action' && cause.card !== null) {
        const team = scenario.teams.find((t) => t.id === cause.team)?.name.en;
        const card = scenario.actions.find((c) => c.id === cause.card)?.name.en;
        expect(item?.textContent).toContain(
          `set off by “${card}”, a card of ${nameInSentence(team ?? '', 'en')}`,
        );
      }
      if (release.cause?.kind === 'condition') {
        expect(item?.textContent).toContain('the state of the world set it off');
      }
      for (const change of release.changes) {
        const track = scenario.tracks.find((candidate) => candidate.id === change.track)?.name.en;
        expect(item?.textContent).toContain(`${track} ${change.from} → ${change.to}`);
      }
    }
    expect(current.textContent).toContain('What changed in the world');
    const before = adjudication?.tracksBefore['bilateral-trust'];
    const after = adjudication?.tracksAfter['bilateral-trust'];
    if (before !== after)
      expect(current.textContent).toContain(`Bilateral trust ${before} → ${after}`);
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

describe('the world’s own dynamics in the results', () => {
  beforeAll(startRoomTests);
  beforeEach(resetStore);
  afterEach(cleanup);

  it('says how the world moved by itself after a move, and why', () => {
    const view = viewAt('washington', 'results', 1);
    const adjudication = view.adjudications.find((candidate) => candidate.move === 1);
    if (adjudication === undefined) throw new Error('expected move 1 results');
    // The recorded game may or may not trigger one: give move 1 a dynamic of the scenario.
    const dynamic = scenario.dynamics[0];
    if (dynamic === undefined) throw new Error('expected a dynamic');
    adjudication.dynamics = [
      {
        dynamic: dynamic.id,
        text: dynamic.text,
        changes: [{ track: 'fentanyl-flow', from: 4, to: 5, delta: 1, clamped: false }],
      },
    ];
    render(<TeamRoom view={view} />);
    const current = screen.getByTestId('results').querySelector('details[open]') as HTMLElement;
    expect(current.textContent).toContain('How the world moved by itself');
    expect(current.textContent).toContain(dynamic.text.en.replace(/\s+/g, ' ').slice(0, 40));
    expect(current.textContent).toContain('Fentanyl flow 4 → 5');
  });

  it('lists what happened in the order it happened: actions, what they set off, the world’s own moves', () => {
    const view = viewAt('washington', 'results', 1);
    const adjudication = view.adjudications.find((candidate) => candidate.move === 1);
    const dynamic = scenario.dynamics[0];
    if (adjudication === undefined || dynamic === undefined)
      throw new Error('expected move 1 results');
    expect(adjudication.injects.length).toBeGreaterThan(0);
    adjudication.dynamics = [
      {
        dynamic: dynamic.id,
        text: dynamic.text,
        changes: [{ track: 'bilateral-trust', from: 3, to: 4, delta: 1, clamped: false }],
      },
    ];
    render(<TeamRoom view={view} />);
    const current = screen.getByTestId('results').querySelector('details[open]') as HTMLElement;
    const headings = [...current.querySelectorAll('h4')].map((heading) => heading.textContent);
    const at = (heading: string) => headings.indexOf(heading);
    expect(at('Each action, explained')).toBeGreaterThanOrEqual(0);
    expect(at('Developments this set off')).toBeGreaterThan(at('Each action, explained'));
    expect(at('How the world moved by itself')).toBeGreaterThan(at('Developments this set off'));
  });
});
