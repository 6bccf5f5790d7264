// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { RatingsGrid } from '../../../../client/src/screens/assessment/ratings-grid';
import { viewAt } from '../support/game-views';
import { applied, sentCommands, startDomTests } from '../hotwash/hotwash-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

function ratedView() {
  const view = viewAt('facilitator', 'hotwash');
  if (view.control === null) throw new Error('expected Control’s desk');
  view.control.ratings = [
    {
      team: 'mexico-city',
      objective: 'securitization',
      level: 'proficient',
      note: 'Named the new instruments in its rationale.',
      at: 1,
    },
  ];
  return view;
}

describe('Control’s ratings grid', () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
  });
  afterEach(cleanup);

  it('shows each team’s level by the rubric’s name and rates a cell', async () => {
    render(<RatingsGrid view={ratedView()} />);
    const rated = screen.getByTestId('rating-mexico-city-securitization') as HTMLSelectElement;
    expect(rated.value).toBe('proficient');
    expect(rated.selectedOptions[0]?.textContent).toBe('3. Proficient');
    expect(screen.getByTestId('ratings').textContent).toContain('1 of 12 rated');
    const cell = screen.getByTestId('rating-washington-escalation-awareness') as HTMLSelectElement;
    await act(async () => fireEvent.change(cell, { target: { value: 'developing' } }));
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      {
        type: 'assessment.rateTeam',
        team: 'washington',
        objective: 'escalation-awareness',
        level: 'developing',
      },
    ]);
  });

  it('offers no rating for a team only bots play, and says why', () => {
    const view = ratedView();
    view.seats = { ...view.seats, cartels: 'bot' };
    render(<RatingsGrid view={view} />);
    expect(screen.queryByTestId('rating-cartels-securitization')).toBeNull();
    const cell = screen.getByTestId('ratings').querySelector('td[data-team="cartels"]');
    expect(cell?.textContent).toBe('Not rated: played by bots');
    // Only the people's teams count: 2 teams × 4 objectives.
    expect(screen.getByTestId('ratings').textContent).toContain('1 of 8 rated');
  });

  it('says the ratings and notes reach the players only through a shared report', () => {
    render(<RatingsGrid view={ratedView()} />);
    const intro = screen.getByTestId('ratings').textContent ?? '';
    expect(intro).not.toContain('Only you see the ratings and notes.');
    expect(intro).toContain('after-action report, which the players read only if you share it');
    const es = i18next.getFixedT('es')('assessment.intro', { rated: 1, total: 12 });
    expect(es).not.toContain('Solo usted ve las calificaciones y las notas.');
    expect(es).toContain('que los participantes leen solo si usted lo comparte');
  });

  it('opens a note on demand and keeps the level when the note is saved', async () => {
    render(<RatingsGrid view={ratedView()} />);
    expect(screen.queryByTestId('rating-note')).toBeNull();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /note on Mexico City, objective 1/ })),
    );
    const text = screen.getByLabelText(/Evaluator note/) as HTMLTextAreaElement;
    expect(text.value).toBe('Named the new instruments in its rationale.');
    await act(async () => fireEvent.change(text, { target: { value: 'Revised.' } }));
    await act(async () => fireEvent.click(screen.getByText('Save note')));
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      {
        type: 'assessment.rateTeam',
        team: 'mexico-city',
        objective: 'securitization',
        level: 'proficient',
        note: 'Revised.',
      },
    ]);
  });
});
