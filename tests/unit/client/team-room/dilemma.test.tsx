// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { TeamRoom } from '../../../../client/src/screens/team-room/team-room';
import { applied, dilemmaView, resetStore, sent, startRoomTests } from './room-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const send = vi.mocked(sendCommand);

describe('the dilemma', () => {
  beforeAll(startRoomTests);
  beforeEach(() => {
    resetStore();
    send.mockReset();
    send.mockResolvedValue(applied);
  });
  afterEach(cleanup);

  it('lets the lead of the team concerned choose an option', async () => {
    const view = dilemmaView('mexico-city');
    render(<TeamRoom view={view} />);
    const dilemma = screen.getByTestId('dilemma');
    expect(dilemma.textContent).toContain('The line is crossed');
    expect(dilemma.textContent).toContain('Do you present it as a joint action');
    expect(screen.getByTestId('what-now').textContent).toContain('you, as lead, make the choice');

    const options = view.ending?.dilemma?.options ?? [];
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) {
      expect(within(dilemma).getByTestId(`dilemma-option-${option.id}`)).toBeDefined();
    }
    const first = options[0];
    if (first === undefined) throw new Error('expected an option');
    // The answer cannot be changed: the lead is asked once, and may step back.
    fireEvent.click(screen.getByRole('button', { name: `Choose: ${first.label.en}` }));
    const dialog = screen.getByTestId('dilemma-confirm');
    expect(dialog.textContent).toContain(`Answer “${first.label.en}”?`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Not yet' }));
    expect(sent(send.mock.calls, 'team.chooseDilemmaOption')).toEqual([]);
    expect(screen.queryByTestId('dilemma-confirm')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Choose: ${first.label.en}` }));
    const again = screen.getByTestId('dilemma-confirm');
    await act(async () =>
      fireEvent.click(within(again).getByRole('button', { name: 'Give this answer' })),
    );
    expect(sent(send.mock.calls, 'team.chooseDilemmaOption')).toEqual([
      { type: 'team.chooseDilemmaOption', option: first.id },
    ]);
  });

  it('shows the other teams who must choose, without buttons', () => {
    render(<TeamRoom view={dilemmaView('washington')} />);
    const dilemma = screen.getByTestId('dilemma');
    expect(dilemma.textContent).toContain('Mexico City must choose how to respond.');
    expect(within(dilemma).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByTestId('what-now').textContent).toContain(
      'Waiting for Mexico City to choose how to respond.',
    );
  });

  it('tells a member of the team that its lead chooses', () => {
    const view = dilemmaView('mexico-city');
    if (view.team === null) throw new Error('expected a team view');
    view.team.isLead = false;
    view.roster = view.roster.map((entry) =>
      entry.team === 'mexico-city' ? { ...entry, id: 'p-other', name: 'Luz' } : entry,
    );
    render(<TeamRoom view={view} />);
    const dilemma = screen.getByTestId('dilemma');
    expect(dilemma.textContent).toContain('your lead, Luz, makes the choice');
    expect(within(dilemma).queryAllByRole('button')).toHaveLength(0);
  });
});
