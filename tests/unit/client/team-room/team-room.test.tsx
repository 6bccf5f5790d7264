// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamRoom } from '../../../../client/src/screens/team-room/team-room';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { scenario, viewAt } from '../support/game-views';
import { resetStore, startRoomTests, washingtonDeciding } from './room-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

describe('the team room', () => {
  beforeAll(startRoomTests);
  beforeEach(resetStore);
  afterEach(cleanup);

  it('shows the team’s public and secret briefing, its role and its objectives', () => {
    const view = washingtonDeciding();
    render(<TeamRoom view={view} />);
    const washington = view.scenario.teams.find((team) => team.id === 'washington');
    const briefing = screen.getByTestId('team-briefing');
    expect(within(briefing).getByRole('heading', { name: 'Your team: Washington' })).toBeDefined();
    expect(briefing.textContent).toContain(washington?.publicBriefing.en);
    expect(briefing.textContent).toContain(washington?.role.en);

    const secret = screen.getByTestId('secret-briefing');
    expect(secret.textContent).toContain(view.team?.secretBriefing.en);
    expect(secret.textContent).toContain('Only your team sees this');

    const objectives = within(screen.getByTestId('objectives')).getAllByRole('listitem');
    expect(objectives).toHaveLength(view.team?.objectives.length ?? -1);
    const secretOnes = objectives.filter((item) => item.textContent?.startsWith('Secret'));
    expect(secretOnes.map((item) => item.getAttribute('data-visibility'))).toEqual([
      'secret',
      'secret',
    ]);
    expect(secretOnes[1]?.textContent).toContain('Keep coercion credible');
  });

  it('shows the tracks with their current values and history', () => {
    const view = washingtonDeciding();
    render(<TeamRoom view={view} />);
    for (const track of view.scenario.tracks) {
      expect(screen.getByTestId(`track-value-${track.id}`).textContent).toContain(
        String(view.tracks.current[track.id]),
      );
    }
    expect(screen.getByText('History of Bilateral trust')).toBeDefined();
  });

  it('lists the developments newest first and marks those of this move as new', () => {
    const view = washingtonDeciding();
    render(<TeamRoom view={view} />);
    const feed = screen.getByTestId('inject-feed');
    const shown = [...feed.querySelectorAll('article[data-inject]')].map((article) =>
      article.getAttribute('data-inject'),
    );
    expect(shown).toEqual(view.injects.map((inject) => inject.id).reverse());
    expect(shown.length).toBeGreaterThan(2);

    const fresh = view.injects.filter((inject) => inject.release.move === 1).map((i) => i.id);
    const marked = [...feed.querySelectorAll('li[data-new="true"] article')].map((article) =>
      article.getAttribute('data-inject'),
    );
    expect(marked.sort()).toEqual([...fresh].sort());
    expect(within(feed).getAllByText('New')).toHaveLength(fresh.length);
    // The practice move's cards are not new any more.
    expect(
      feed.querySelector('li[data-new="false"] article[data-inject="six-cartels-designated"]'),
    ).not.toBeNull();
  });

  it('tells the team whose turn it is in plain words', () => {
    render(<TeamRoom view={washingtonDeciding()} />);
    expect(screen.getByTestId('what-now').textContent).toContain(
      'Your team’s turn: choose your decision with your team, then submit it.',
    );
    expect(screen.getByTestId('decision-form')).toBeDefined();
    cleanup();

    render(<TeamRoom view={viewAt('mexico-city', 'decisions', 1)} />);
    expect(screen.getByTestId('what-now').textContent).toContain(
      'Waiting for Washington to decide. Your turn comes after: keep reading your options and drafting your decision.',
    );
    // Mexico City drafts while it waits, but cannot submit before its turn, and is told why.
    expect(screen.getByTestId('decision-form')).toBeDefined();
    expect(screen.getByTestId('submit-wait').textContent).toBe(
      'You can submit when your turn opens; your team decides after Washington.',
    );
    expect(screen.getByText('deciding now')).toBeDefined();
  });

  it('shows the decisions taken before the team’s turn, with their public statements', () => {
    const view = viewAt('cartels', 'decisions', 1);
    // The recorded game reaches the Cartels' turn after the two others decided.
    view.decisions = viewAt('cartels', 'adjudication', 1).decisions.filter(
      (decision) => decision.team !== 'cartels',
    );
    view.exercise.turn.current = 'cartels';
    view.exercise.turn.pending = ['cartels'];
    view.exercise.turn.teams = [
      { team: 'washington', state: 'decided' },
      { team: 'mexico-city', state: 'decided' },
      { team: 'cartels', state: 'deciding' },
    ];
    render(<TeamRoom view={view} />);
    const section = screen.getByRole('region', { name: 'Decisions of move 1' });
    const washington = section.querySelector('article[data-team="washington"]');
    const played = view.decisions
      .find((decision) => decision.team === 'washington')
      ?.actions.flatMap((action) => (action.card === null ? [] : [action.card]));
    expect(played?.length).toBeGreaterThan(0);
    for (const card of played ?? []) {
      const name = scenario.actions.find((candidate) => candidate.id === card)?.name.en ?? card;
      expect(washington?.textContent).toContain(name);
    }
    expect(washington?.textContent).toContain('STATEMENT<washington,1>');
    // Another team's rationale never shows (the server leaves it out).
    expect(washington?.textContent).not.toContain('RATIONALE');
    expect(screen.getByTestId('decision-form')).toBeDefined();
  });

  it('says what to do in each phase', () => {
    const cases: [Parameters<typeof viewAt>, string][] = [
      [['washington', 'briefing', 0], 'Read your team’s briefing and objectives.'],
      [['washington', 'injects', 1], 'Read the new developments, and your team’s action cards'],
      [['washington', 'deliberation', 1], 'start drafting your decision together'],
      [['washington', 'adjudication', 1], 'Control is reviewing the results.'],
      [['washington', 'results', 1], 'Read the results of the move'],
    ];
    for (const [at, words] of cases) {
      render(<TeamRoom view={viewAt(...at)} />);
      expect(screen.getByTestId('what-now').textContent).toContain(words);
      cleanup();
    }
  });

  it('names what follows the briefing from the format: the practice move only if it plays one', () => {
    const practice = viewAt('washington', 'briefing', 0);
    render(<TeamRoom view={practice} />);
    expect(screen.getByTestId('what-now').textContent).toContain('The practice move starts next.');
    cleanup();
    // The class format plays moves 1 and 3: no practice move.
    const classFormat = { ...practice, exercise: { ...practice.exercise, playedMoves: [1, 3] } };
    render(<TeamRoom view={classFormat} />);
    expect(screen.getByTestId('what-now').textContent).toContain('Move 1 starts next.');
    expect(screen.getByTestId('what-now').textContent).not.toContain('practice');
    act(() => chooseLanguage('es'));
    expect(screen.getByTestId('what-now').textContent).toContain('Después empieza la ronda 1.');
    act(() => chooseLanguage('en'));
  });

  it('speaks Spanish, with the scenario’s own translations', () => {
    const view = washingtonDeciding();
    render(<TeamRoom view={view} />);
    act(() => chooseLanguage('es'));
    expect(screen.getByRole('heading', { name: 'Su equipo: Washington' })).toBeDefined();
    expect(screen.getByTestId('secret-briefing').textContent).toContain(
      view.team?.secretBriefing.es,
    );
    expect(screen.getByTestId('what-now').textContent).toContain('Turno de su equipo');
    act(() => chooseLanguage('en'));
  });
});
