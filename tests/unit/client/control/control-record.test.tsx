// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ControlConsole } from '../../../../client/src/screens/control/control-console';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { viewAt } from '../support/game-views';
import { controlOf, must, openTab, startDomTests } from './control-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

/** The record Control keeps an eye on: the log, the overrides and who takes part. */
describe("Control's console: log, overrides and participation", () => {
  beforeAll(startDomTests);
  afterEach(cleanup);

  it('lists the log newest first, in words: time, move, phase, who and what', () => {
    const view = viewAt('facilitator', 'results', 2);
    render(<ControlConsole view={view} />);
    openTab('log');
    const log = within(screen.getByTestId('control-log'));
    const entries = view.control?.log ?? [];
    expect(log.getByRole('heading').textContent).toBe(`Log (${entries.length} events)`);
    const rows = screen.getByTestId('control-log').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(Math.min(entries.length, 50));
    const seqs = [...rows].map((row) => Number(row.getAttribute('data-seq')));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[0]).toBe(entries[entries.length - 1]?.seq);
    // The newest: Control published move 2's results.
    const newest = must(rows[0], 'a log row');
    // In words only: the engine's event names are not shown.
    expect(newest.textContent).not.toContain('facilitator.publishAdjudication');
    expect(newest.textContent).toContain('Published the results of move 2');
    expect(newest.textContent).toContain('Control');
    expect(newest.textContent).toContain('Adjudication');
    const decision = [...rows].find(
      (row) => row.getAttribute('data-event') === 'team.submitDecision',
    );
    expect(decision?.textContent).toMatch(/Washington|Mexico City|The Cartels/);
    expect(decision?.textContent).toMatch(/Played |Held/);
    const odds = [...rows].find(
      (row) => row.getAttribute('data-event') === 'facilitator.setFreeformOdds',
    );
    expect(odds?.textContent).toContain(
      'Set the odds of Mexico City’s free-form action to 60%: Plausible.',
    );
  });

  it('shows the whole log on request', () => {
    const view = viewAt('facilitator', 'results', 2);
    const many = Array.from({ length: 60 }, (_, index) => ({
      ...must(controlOf(view).log[0], 'a log entry'),
      seq: 1000 + index,
      event: { type: 'facilitator.pause', at: 1 },
    }));
    controlOf(view).log.push(...many);
    render(<ControlConsole view={view} />);
    openTab('log');
    const log = screen.getByTestId('control-log');
    expect(log.querySelectorAll('tbody tr')).toHaveLength(50);
    fireEvent.click(
      within(log).getByRole('button', { name: `Show all ${controlOf(view).log.length} events` }),
    );
    expect(log.querySelectorAll('tbody tr')).toHaveLength(controlOf(view).log.length);
  });

  it('keeps the history of overrides with their reasons', () => {
    render(<ControlConsole view={viewAt('facilitator', 'results', 2)} />);
    openTab('log');
    const overrides = screen.getByTestId('overrides');
    const row = overrides.querySelector('tbody tr');
    expect(row?.textContent).toContain('Free-form odds');
    expect(row?.textContent).toContain('Mexico City’s free-form action');
    expect(row?.textContent).not.toContain('m2-mexico-city-0');
    expect(row?.textContent).toContain('— → 60%');
    expect(row?.textContent).toContain('Plausible.');
    cleanup();
    render(<ControlConsole view={viewAt('facilitator', 'injects', 1)} />);
    expect(screen.getByTestId('overrides').textContent).toContain(
      'Control has changed nothing the engine proposed.',
    );
  });

  it('counts participation per player, and says nobody is left out when each plays alone', () => {
    const view = viewAt('facilitator', 'decisions', 1);
    const participation = controlOf(view).participation;
    participation['p-cartels'] = { messages: 0, drafts: 0, decisions: 0, reflections: 0 };
    participation['p-washington'] = { messages: 7, drafts: 3, decisions: 1, reflections: 0 };
    render(<ControlConsole view={view} />);
    const table = screen.getByTestId('participation');
    const row = (id: string) => table.querySelector(`tr[data-participant="${id}"]`);
    expect(row('p-washington')?.textContent).toBe(
      'Lead of washingtonWashington731Alone in the team',
    );
    // Nobody to be left out by: a team of one has not started yet.
    expect(row('p-cartels')?.getAttribute('data-flag')).toBe('not-yet');
    expect(row('p-cartels')?.textContent).toContain('Not yet');
    // An observer is not expected to speak.
    expect(row('p-observer')?.getAttribute('data-flag')).toBe('observer');
    expect(row('p-observer')?.textContent).toContain('Observers');
    const summary = screen.getByTestId('participation-summary').textContent;
    expect(summary).toContain('Nobody is left out and nobody carries a team.');
    expect(summary).toContain('1 person has not taken part yet.');
  });

  it('flags one player carrying a team of several, and the one it leaves out', () => {
    const view = viewAt('facilitator', 'decisions', 1);
    view.roster.push({
      id: 'p-ana',
      name: 'Ana',
      team: 'washington',
      isLead: false,
      isBot: false,
      connected: true,
    });
    controlOf(view).participation['p-washington'] = {
      messages: 18,
      drafts: 2,
      decisions: 0,
      reflections: 0,
    };
    controlOf(view).participation['p-ana'] = {
      messages: 1,
      drafts: 0,
      decisions: 0,
      reflections: 0,
    };
    render(<ControlConsole view={view} />);
    const table = screen.getByTestId('participation');
    expect(table.querySelector('tr[data-participant="p-washington"]')?.textContent).toContain(
      'Carries the team (95% of its activity)',
    );
    // One message in twenty: left out.
    expect(table.querySelector('tr[data-participant="p-ana"]')?.getAttribute('data-flag')).toBe(
      'left-out',
    );
    expect(screen.getByTestId('participation-summary').textContent).toContain(
      'Left out: Ana (Washington).',
    );
  });

  it('speaks Spanish', () => {
    act(() => chooseLanguage('es'));
    render(<ControlConsole view={viewAt('facilitator', 'injects', 1)} />);
    expect(screen.getByTestId('advance').textContent).toBe('Abrir la deliberación (10 min)');
    openTab('participation');
    expect(within(screen.getByTestId('participation')).getByRole('heading').textContent).toBe(
      'Participación',
    );
    expect(screen.getByTestId('release-overdose-figures').textContent).toBe(
      'Publicar ahora: «Otra vez las cifras»',
    );
    act(() => chooseLanguage('en'));
  });
});
