// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ExerciseView, RosterEntry } from '@borderline/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { PlayerLobby } from '../../../../client/src/screens/lobby/player-lobby';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { viewAt } from '../support/game-views';

function person(entry: Partial<RosterEntry> & { id: string; name: string }): RosterEntry {
  return { team: null, isLead: false, isBot: false, connected: true, ...entry };
}

function teamBlock(team: string): HTMLElement {
  return screen.getByTestId(`lobby-team-${team}`);
}

describe('the player lobby', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(() => {
    cleanup();
    chooseLanguage('en');
  });

  it('shows a team member the exercise, their seat, their team’s briefing and that Control starts it', () => {
    const view = viewAt('washington', 'lobby');
    render(<PlayerLobby view={view} />);
    const root = screen.getByTestId('player-lobby');
    expect(root.tagName).toBe('MAIN');
    // The status bar comes first.
    expect(within(root).getByTestId('phase').textContent).toBe('Lobby');
    expect(root.firstElementChild?.className).toBe('status-bar');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(view.exercise.title.en);
    expect(screen.getByText(view.scenario.summary.en)).toBeDefined();
    expect(screen.getByText('Waiting for Control to start the exercise.')).toBeDefined();

    const seat = screen.getByTestId('lobby-seat');
    expect(seat.textContent).toContain('You are Lead of washington.');
    expect(seat.textContent).toContain('Your team: Washington.');
    expect(seat.textContent).toContain('You lead your team: you submit its decisions.');

    const washington = view.scenario.teams.find((team) => team.id === 'washington');
    const briefing = screen.getByRole('region', { name: 'Your team’s briefing' });
    expect(briefing.textContent).toContain(washington?.publicBriefing.en);
    // The lobby shows the public briefing only; the secret one is for the team room.
    const secret = view.team?.secretBriefing.en ?? '';
    expect(secret).not.toBe('');
    expect(document.body.textContent).not.toContain(secret);
  });

  it('lists every team with who is there, who leads and who is connected', () => {
    const view = viewAt('washington', 'lobby');
    render(<PlayerLobby view={view} />);
    for (const team of view.scenario.teams) {
      const block = teamBlock(team.id);
      expect(within(block).getByRole('heading', { level: 3 }).textContent).toBe(team.name.en);
      expect(block.textContent).toContain('Played by people');
      const lead = view.roster.find((entry) => entry.team === team.id && entry.isLead);
      expect(lead).toBeDefined();
      const item = within(block)
        .getByText(lead?.name ?? '')
        .closest('li');
      expect(item?.textContent).toContain('lead');
      expect(item?.textContent).toContain('online');
    }
    // The reader is marked as such in their own team, and only there.
    expect(within(teamBlock('washington')).getByText('you')).toBeDefined();
    expect(within(teamBlock('cartels')).queryByText('you')).toBeNull();
    const observers = screen.getByTestId('lobby-observers');
    expect(observers.textContent).toContain('Evaluator');
  });

  it('shows bots, empty seats, players without the lead and people who dropped out', () => {
    const view: ExerciseView = viewAt('washington', 'lobby');
    view.seats = { washington: 'human', 'mexico-city': 'empty', cartels: 'bot' };
    view.roster = [
      person({ id: 'p-ana', name: 'Ana', team: 'washington', isLead: false, connected: false }),
      person({ id: 'p-washington', name: 'Lead of washington', team: 'washington', isLead: true }),
      person({
        id: 'bot:cartels',
        name: 'Bot (The Cartels)',
        team: 'cartels',
        isLead: true,
        isBot: true,
      }),
    ];
    render(<PlayerLobby view={view} />);
    const washington = within(teamBlock('washington')).getAllByRole('listitem');
    // Leads first.
    expect(washington.map((item) => item.getAttribute('data-player'))).toEqual([
      'p-washington',
      'p-ana',
    ]);
    expect(washington[1]?.textContent).toContain('offline');
    expect(washington[1]?.textContent).not.toContain('lead');

    expect(teamBlock('mexico-city').textContent).toContain('Nobody yet');
    expect(teamBlock('mexico-city').textContent).toContain('Nobody has joined this team yet.');

    const cartels = teamBlock('cartels');
    expect(cartels.textContent).toContain('Played by a bot');
    const bot = within(cartels).getByText('Bot (The Cartels)').closest('li');
    expect(bot?.textContent).toContain('bot');
    expect(screen.getByTestId('lobby-observers').textContent).toContain('No observers yet.');
  });

  it('tells a member who leads their team when it is someone else', () => {
    const view = viewAt('washington', 'lobby');
    if (view.team === null) throw new Error('a team view has its team');
    view.team.isLead = false;
    view.roster = view.roster.map((entry) =>
      entry.id === 'p-washington' ? { ...entry, isLead: false } : entry,
    );
    view.roster.push(person({ id: 'p-bo', name: 'Bo', team: 'washington', isLead: true }));
    render(<PlayerLobby view={view} />);
    expect(screen.getByTestId('lobby-seat').textContent).toContain(
      'Bo leads your team and submits its decisions.',
    );
  });

  it('shows an observer the public picture and no team briefing', () => {
    const view = viewAt('observer', 'lobby');
    render(<PlayerLobby view={view} />);
    expect(screen.getByTestId('player-lobby')).toBeDefined();
    const seat = screen.getByTestId('lobby-seat');
    expect(seat.textContent).toContain('You are Evaluator.');
    expect(seat.textContent).toContain('You are an observer');
    expect(screen.queryByRole('region', { name: 'Your team’s briefing' })).toBeNull();
    for (const team of view.scenario.teams) {
      expect(document.body.textContent).not.toContain(team.publicBriefing.en);
    }
    expect(within(screen.getByTestId('lobby-observers')).getByText('you')).toBeDefined();
    expect(screen.getAllByTestId(/^lobby-team-/)).toHaveLength(view.scenario.teams.length);
    expect(screen.getByText('Waiting for Control to start the exercise.')).toBeDefined();
  });

  it('reads in Spanish, the scenario’s texts included', () => {
    chooseLanguage('es');
    const view = viewAt('mexico-city', 'lobby');
    render(<PlayerLobby view={view} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(view.exercise.title.es);
    expect(screen.getByText('Esperando a que Control inicie el ejercicio.')).toBeDefined();
    expect(screen.getByTestId('lobby-seat').textContent).toContain('Su equipo: Ciudad de México.');
    const mexico = view.scenario.teams.find((team) => team.id === 'mexico-city');
    expect(document.body.textContent).toContain(mexico?.publicBriefing.es);
    expect(screen.getByTestId('phase').textContent).toBe('Sala de espera');
  });
});
