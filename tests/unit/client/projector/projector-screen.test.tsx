// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProjectorScreen } from '../../../../client/src/screens/projector/projector-screen';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { secretsOf, startDomTests } from '../hotwash/hotwash-fixtures';
import { recordedPhases, scenario, viewAt } from '../support/game-views';

describe('the room’s projector screen', () => {
  beforeAll(startDomTests);
  afterEach(cleanup);

  it('in the lobby: the join code, its link and how the teams fill, without the world', () => {
    const view = viewAt('observer', 'lobby');
    render(<ProjectorScreen view={view} joinCode="K7MRQ4" />);
    expect(screen.getByTestId('projector-join-code').textContent).toContain('K7MRQ4');
    expect(screen.getByText(`${location.origin}/join/K7MRQ4`)).toBeDefined();
    expect(screen.queryByTestId('projector-world')).toBeNull();
    const lobby = screen.getByTestId('projector-lobby');
    for (const team of view.scenario.teams) expect(lobby.textContent).toContain(team.name.en);
  });

  it('without the code, says to ask Control for it', () => {
    render(<ProjectorScreen view={viewAt('observer', 'lobby')} joinCode={null} />);
    expect(screen.queryByTestId('projector-join-code')).toBeNull();
    expect(
      screen.getByText('Ask Control for the join code, then open the join page.'),
    ).toBeDefined();
  });

  it('draws the escalation ladder as rungs, the current one marked, and each track’s change', () => {
    const view = viewAt('observer', 'results', 2);
    render(<ProjectorScreen view={view} joinCode={null} />);
    const world = screen.getByTestId('projector-world');
    const ladder = view.scenario.tracks.find((track) => track.steps !== undefined);
    if (ladder === undefined) throw new Error('the scenario has a ladder');
    const rungs = world.querySelectorAll(`[data-track="${ladder.id}"] [data-rung]`);
    expect(rungs).toHaveLength(ladder.max - ladder.min + 1);
    const current = world.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-rung')).toBe(String(view.tracks.current[ladder.id]));
    // Changes are counted from the end of move 1.
    const before = view.tracks.history.find(
      (snapshot) => snapshot.label === 'after-move' && snapshot.move === 1,
    );
    for (const track of view.scenario.tracks) {
      const row = world.querySelector(`[data-track="${track.id}"]`);
      const delta = (view.tracks.current[track.id] ?? 0) - (before?.tracks[track.id] ?? 0);
      expect(row?.querySelector('[data-delta]')?.getAttribute('data-delta')).toBe(String(delta));
      expect(row?.textContent).toContain(track.name.en);
    }
    expect(world.textContent).toContain('since move 1');
  });

  it('shows the newest public card whole and the earlier ones by title only', () => {
    const view = viewAt('observer', 'deliberation', 1);
    // Cards released together (a move's opening, a short format's gaps) share their time.
    const at = view.injects[0]?.release.at ?? 0;
    view.injects = view.injects.map((inject) => ({
      ...inject,
      release: { ...inject.release, at },
    }));
    render(<ProjectorScreen view={view} joinCode={null} />);
    const injects = screen.getByTestId('projector-injects');
    // The view lists the cards in order of release: the newest is the last released, as the players read it.
    const shared = view.injects.filter((inject) => inject.audience === 'all').reverse();
    const [latest, ...earlier] = shared;
    expect(injects.querySelectorAll('article[data-inject]')).toHaveLength(1);
    expect(injects.querySelector('article')?.getAttribute('data-inject')).toBe(latest?.id);
    expect(injects.textContent).toContain(latest?.body.en);
    expect(earlier.length).toBeGreaterThan(0);
    for (const inject of earlier.slice(0, 4)) {
      expect(injects.textContent).toContain(inject.title.en);
      expect(injects.textContent).not.toContain(inject.body.en);
    }
  });

  it('during the decisions, says who decides and who waits', () => {
    const view = viewAt('observer', 'decisions', 1);
    render(<ProjectorScreen view={view} joinCode={null} />);
    const decisions = screen.getByTestId('projector-decisions');
    const states = view.exercise.turn.teams.map(({ team, state }) => [team, state]);
    expect(states.some(([, state]) => state === 'deciding')).toBe(true);
    expect(
      view.exercise.turn.teams.map(({ team }) => [
        team,
        decisions.querySelector(`[data-team="${team}"]`)?.getAttribute('data-state'),
      ]),
    ).toEqual(states);
  });

  it('once every team has decided, says so, and never what they decided', () => {
    const view = viewAt('observer', 'adjudication', 1);
    render(<ProjectorScreen view={view} joinCode={null} />);
    const decisions = screen.getByTestId('projector-decisions');
    for (const team of view.scenario.teams) {
      expect(decisions.querySelector(`[data-team="${team.id}"]`)?.getAttribute('data-state')).toBe(
        'decided',
      );
    }
    // What the teams chose, as Control knows it: none of it is on the screen.
    const control = viewAt('facilitator', 'adjudication', 1);
    const made = control.decisions.filter((decision) => decision.move === 1);
    expect(made.some((decision) => decision.statement !== null)).toBe(true);
    const text = screen.getByTestId('projector').textContent ?? '';
    for (const decision of made) {
      if (decision.statement !== null) expect(text).not.toContain(decision.statement);
      for (const action of decision.actions) {
        const card = control.control?.cards.find((candidate) => candidate.id === action.card);
        if (card !== undefined) expect(text).not.toContain(card.name.en);
      }
    }
  });

  it('shows the newest results only, one line per public action', () => {
    const view = viewAt('observer', 'results', 2);
    render(<ProjectorScreen view={view} joinCode={null} />);
    const results = screen.getByTestId('projector-results');
    expect(results.textContent).toContain('Results: Move 2');
    const latest = view.adjudications.at(-1);
    const shown = [...results.querySelectorAll('[data-result]')].map((item) =>
      item.getAttribute('data-result'),
    );
    expect(shown).toEqual(latest?.results.slice(0, 6).map((result) => result.id));
    expect(results.textContent).not.toContain('Results: Move 1');
    // With the teams' public statements of that move, and of no other.
    const said = view.decisions.filter((decision) => decision.statement !== null);
    expect(said.some((decision) => decision.move === 2)).toBe(true);
    for (const decision of said)
      if (decision.move === 2) expect(results.textContent).toContain(decision.statement);
      else expect(results.textContent).not.toContain(decision.statement);
  });

  it('in the hotwash the debrief’s stages, at the end the ending and the scores', () => {
    const hotwash = viewAt('observer', 'hotwash');
    const { unmount } = render(<ProjectorScreen view={hotwash} joinCode={null} />);
    const debrief = screen.getByRole('region', { name: 'The hotwash, in four stages' });
    // The four stages in order, the one Control opened large (the first, until it opens another).
    expect(within(debrief).getAllByRole('listitem').slice(0, 4)).toHaveLength(4);
    const stage = screen.getByTestId('projector-debrief-stage');
    expect(stage.getAttribute('data-stage')).toBe('what');
    // The same questions the hotwash and the observer's screen put to the group: with a
    // scenario guide, its first questions (as many as the room's screen holds), not the
    // generic prompts.
    const guide = hotwash.debrief?.what.guide ?? [];
    expect(guide.length).toBeGreaterThan(5);
    expect(
      within(stage)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(guide.slice(0, 5).map((question) => question.text.en));
    expect(within(debrief).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    // The guide's first questions, large; the rest (and the cards') on the people's screens.
    const asked = within(debrief).getAllByTestId('guide-question');
    expect(asked.map((item) => item.dataset.question)).toEqual(
      guide.slice(0, 5).map((question) => question.id),
    );
    expect(within(debrief).queryAllByTestId('guide-notes')).toHaveLength(0);
    // The stage's total, as every screen counts it; no count of cards, which differ by screen.
    expect(screen.getByTestId('guide-more').textContent).toBe(
      `All ${guide.length} questions of this stage are on your screens, with those of the cards each team received.`,
    );
    expect(screen.getByTestId('projector-world').textContent).toContain('since the start');
    unmount();
    const ended = { ...hotwash, exercise: { ...hotwash.exercise, phase: 'ended' as const } };
    render(<ProjectorScreen view={ended} joinCode={null} />);
    expect(screen.getByRole('heading', { name: 'Rupture' })).toBeDefined();
    const scores = screen.getByTestId('projector-scores');
    for (const score of hotwash.scores ?? [])
      expect(scores.querySelector(`[data-team="${score.team}"]`)?.textContent).toContain(
        `${score.earned} of ${score.possible} points`,
      );
  });

  it('in the hotwash and at the end, says what the dilemma’s team chose', () => {
    const hotwash = viewAt('observer', 'hotwash');
    const strike = scenario.endings.find((ending) => ending.dilemma !== undefined);
    const option = strike?.dilemma?.options[1];
    if (strike?.dilemma === undefined || option === undefined || hotwash.ending === null)
      throw new Error('expected an ending with a dilemma, and an ended game');
    const answered = {
      ...hotwash,
      ending: {
        ...hotwash.ending,
        title: strike.title,
        text: strike.text,
        dilemma: strike.dilemma,
        state: {
          ...hotwash.ending.state,
          dilemma: { team: strike.dilemma.team, option: option.id, changes: [] },
        },
      },
    };
    const { unmount } = render(<ProjectorScreen view={answered} joinCode={null} />);
    expect(screen.getByTestId('projector-debrief-ending').textContent).toBe(
      `${strike.title.en} · Mexico City: Chosen: ${option.label.en}.`,
    );
    unmount();
    const ended = { ...answered, exercise: { ...answered.exercise, phase: 'ended' as const } };
    render(<ProjectorScreen view={ended} joinCode={null} />);
    const ending = screen.getByTestId('projector-ending');
    expect(ending.textContent).toContain(`Mexico City: Chosen: ${option.label.en}.`);
    expect(ending.textContent).not.toMatch(/must now decide/);
  });

  it('never shows a secret in any phase of the game', () => {
    for (const { phase, move } of recordedPhases()) {
      const observer = viewAt('observer', phase, move);
      const secrets = secretsOf(viewAt('facilitator', phase, move)).filter(
        (secret) =>
          secret !== '' && !observer.scenario.cards.some((card) => card.name.en === secret),
      );
      const { container, unmount } = render(<ProjectorScreen view={observer} joinCode={null} />);
      const text = container.textContent ?? '';
      for (const secret of secrets)
        expect(text, `${phase} ${move}: ${secret}`).not.toContain(secret);
      unmount();
    }
  });

  it('speaks Spanish, with the scenario’s own translations', () => {
    const view = viewAt('observer', 'results', 2);
    render(<ProjectorScreen view={view} joinCode={null} />);
    act(() => chooseLanguage('es'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(view.exercise.title.es);
    expect(screen.getByTestId('projector-world').textContent).toContain('desde la ronda 1');
    expect(screen.getByTestId('projector-results').textContent).toContain('Resultados: Ronda 2');
    act(() => chooseLanguage('en'));
  });
});
