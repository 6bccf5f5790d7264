// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { KnowledgeCheckResults } from '@borderline/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeResults } from '../../../../client/src/screens/knowledge-check/knowledge-results';
import { startDomTests } from '../hotwash/hotwash-fixtures';
import { viewAt } from '../support/game-views';

/** No player of the team took that sitting. */
const NOBODY = { correct: 0, total: 0, players: 0 };
/** The team's one player took it. */
const sat = (correct: number, total: number) => ({ correct, total, players: 1 });

/** Two players took the first sitting, one of them the debrief's too. */
const RESULTS: KnowledgeCheckResults = {
  players: [
    {
      player: 'p-washington',
      team: 'washington',
      before: { correct: 3, total: 8 },
      after: { correct: 7, total: 8 },
    },
    { player: 'p-mexico-city', team: 'mexico-city', before: { correct: 5, total: 8 }, after: null },
  ],
  teams: [
    { team: 'washington', before: sat(3, 8), after: sat(7, 8) },
    { team: 'cartels', before: NOBODY, after: NOBODY },
  ],
  questions: [],
};

/** Each body row of a table, as the texts of its cells. */
const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('Control’s knowledge check results', () => {
  beforeAll(startDomTests);
  afterEach(cleanup);

  it('tables each player’s and each team’s scores before and after', () => {
    const view = viewAt('facilitator', 'hotwash');
    if (view.knowledgeCheck === null) throw new Error('expected the knowledge check');
    view.knowledgeCheck.results = RESULTS;
    render(<KnowledgeResults view={view} />);
    const [players, teams] = within(screen.getByTestId('knowledge-results')).getAllByRole('table');
    if (players === undefined || teams === undefined) throw new Error('expected two tables');
    expect(rowsOf(players)).toEqual([
      ['Player', 'Team', 'Before', 'After'],
      ['Lead of washington', 'Washington', '3 of 8', '7 of 8'],
      ['Lead of mexico-city', 'Mexico City', '5 of 8', 'not taken'],
    ]);
    expect(rowsOf(teams)).toEqual([
      ['Team', 'Before', 'After'],
      ['Washington', '38%', '88%'],
      ['The Cartels', '–', '–'],
    ]);
  });
});
