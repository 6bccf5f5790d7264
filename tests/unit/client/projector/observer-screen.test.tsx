// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ObserverScreen } from '../../../../client/src/screens/projector/observer-screen';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { secretsOf, startDomTests } from '../hotwash/hotwash-fixtures';
import { viewAt } from '../support/game-views';

describe('the observer’s own screen', () => {
  beforeAll(startDomTests);
  afterEach(cleanup);

  it('shows the title, the move, the phase and the tracks', () => {
    const view = viewAt('observer', 'results', 1);
    render(<ObserverScreen view={view} />);
    const root = screen.getByTestId('observer');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(view.exercise.title.en);
    expect(screen.getByTestId('phase').textContent).toBe('Results');
    expect(root.textContent).toContain('Move 1');

    const tracks = screen.getByTestId('projector-tracks');
    for (const track of view.scenario.tracks) {
      expect(tracks.textContent).toContain(track.name.en);
      expect(within(tracks).getByTestId(`track-value-${track.id}`).textContent).toContain(
        String(view.tracks.current[track.id]),
      );
    }
  });

  it('shows the public injects newest first: this move’s cards whole, earlier ones by title', () => {
    const view = viewAt('observer', 'results', 1);
    render(<ObserverScreen view={view} />);
    const injects = screen.getByTestId('projector-injects');
    const cards = [...injects.querySelectorAll('article[data-inject]')].map((card) =>
      card.getAttribute('data-inject'),
    );
    const thisMove = view.injects
      .filter((inject) => inject.release.move === 1)
      // In order of release, newest first: cards released together share a time, so not by time.
      .reverse()
      .map((inject) => inject.id);
    expect(cards).toEqual(thisMove);
    expect(cards.length).toBeGreaterThan(0);
    const earlier = view.injects.filter((inject) => inject.release.move === 0);
    expect(injects.textContent).toContain(`${earlier.length} earlier developments`);
    for (const inject of earlier) expect(injects.textContent).toContain(inject.title.en);
  });

  it('shows every team’s public statement, newest first, with the team’s name', () => {
    const view = viewAt('observer', 'results', 1);
    render(<ObserverScreen view={view} />);
    const statements = screen.getByTestId('projector-statements');
    const quotes = [...statements.querySelectorAll('blockquote')].map((quote) => quote.textContent);
    expect(quotes.slice(0, 4)).toEqual([
      '“STATEMENT<cartels,1>”',
      '“STATEMENT<mexico-city,1>”',
      '“STATEMENT<washington,1>”',
      '“STATEMENT<cartels,0>”',
    ]);
    expect(quotes).toHaveLength(6);
    const first = statements.querySelector('li');
    expect(first?.textContent).toContain('Cartels');
    expect(first?.textContent).toContain('Move 1');
    expect(statements.querySelectorAll('li')[5]?.textContent).toContain('Practice move');
  });

  it('shows the results of the move just adjudicated', () => {
    const view = viewAt('observer', 'results', 1);
    render(<ObserverScreen view={view} />);
    const results = screen.getByTestId('projector-results');
    expect(results.textContent).toContain('Results: Move 1');
    const shown = [...results.querySelectorAll('[data-result]')].map((item) =>
      item.getAttribute('data-result'),
    );
    expect(shown).toEqual(view.adjudications.at(-1)?.results.map((result) => result.id));
  });

  it('never shows a secret: nothing of what only Control or one team may read', () => {
    for (const phase of ['deliberation', 'decisions', 'results'] as const) {
      const observer = viewAt('observer', phase, 1);
      const secrets = secretsOf(viewAt('facilitator', phase, 1)).filter(
        // A covert card an outcome revealed is public by then.
        (secret) => !observer.scenario.cards.some((card) => card.name.en === secret),
      );
      expect(secrets.some((secret) => secret.startsWith('RATIONALE<'))).toBe(true);
      const { container, unmount } = render(<ObserverScreen view={observer} />);
      const text = container.textContent ?? '';
      for (const secret of secrets) expect(text, `${phase}: ${secret}`).not.toContain(secret);
      unmount();
    }
  });

  it('in the lobby: who joined, and where the join code comes from', () => {
    const view = viewAt('observer', 'lobby');
    render(<ObserverScreen view={view} />);
    expect(screen.queryByTestId('projector-join-code')).toBeNull();
    expect(screen.getByText(/players have joined a team|player has joined a team/)).toBeDefined();
    expect(
      screen.getByText('Ask Control for the join code, then open the join page.'),
    ).toBeDefined();
  });

  it('at the end: the ending and every team’s score', () => {
    const view = viewAt('observer', 'hotwash');
    render(<ObserverScreen view={view} />);
    expect(screen.getByRole('heading', { name: 'How it ended: Rupture' })).toBeDefined();
    const scores = screen.getByTestId('projector-scores');
    const score = view.scores?.find((candidate) => candidate.team === 'washington');
    const met = score?.objectives.filter((objective) => objective.met).length;
    expect(scores.textContent).toContain(
      `Washington: ${score?.earned} of ${score?.possible} points; ${met} of ${score?.objectives.length} objectives met`,
    );
    expect(screen.getByTestId('projector-tracks')).toBeDefined();
    // The room follows the debrief's stages on the screen: the one Control opened, large.
    const debrief = screen.getByRole('region', { name: 'The hotwash, in four stages' });
    const stages = within(debrief).getAllByRole('listitem');
    expect(stages.slice(0, 4).map((item) => item.textContent)).toEqual([
      'What happened',
      'Why it happened',
      'What it means for the real relationship',
      'What each of us takes away',
    ]);
    expect(stages[0]?.getAttribute('aria-current')).toBe('step');
    expect(within(debrief).getByRole('heading', { level: 3 }).textContent).toBe(
      'Step 1 of 4: What happened',
    );
  });

  it('in the hotwash, shows the stage Control opens as soon as the view says so', () => {
    const view = viewAt('observer', 'hotwash');
    const page = render(<ObserverScreen view={view} />);
    view.exercise.debriefStage = 'meaning';
    page.rerender(<ObserverScreen view={structuredClone(view)} />);
    const stage = screen.getByTestId('observer-debrief-stage');
    expect(stage.getAttribute('data-stage')).toBe('meaning');
    expect(within(stage).getByRole('heading', { level: 3 }).textContent).toBe(
      'Step 3 of 4: What it means for the real relationship',
    );
    // The scenario's guide for the stage, first question first, and never Control's notes.
    const asked = within(stage).getAllByTestId('guide-question');
    expect(asked.map((item) => item.dataset.question)).toEqual(
      view.debrief?.meaning.guide.map((question) => question.id),
    );
    expect(asked[0]?.textContent).toContain('what does "cooperation" now mean to Washington');
    expect(within(stage).queryAllByTestId('guide-notes')).toHaveLength(0);
    expect(stage.textContent).not.toContain(
      'Which pressures in the game exist in the real relationship, and which do not?',
    );
    expect(screen.getByText('What happened').getAttribute('aria-current')).toBeNull();
  });

  it('speaks Spanish, with the scenario’s own translations', () => {
    const view = viewAt('observer', 'results', 1);
    render(<ObserverScreen view={view} />);
    act(() => chooseLanguage('es'));
    expect(screen.getByTestId('projector-statements').textContent).toContain(
      'Declaraciones públicas',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(view.exercise.title.es);
    act(() => chooseLanguage('en'));
  });
});
