// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Ack, CommandReceipt } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandButton } from '../../../../client/src/components/command-button';
import { sendCommand } from '../../../../client/src/connection/connection';
import { applied, sentCommands, startDomTests } from '../hotwash/hotwash-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const pauseButton = () => screen.getByTestId('pause') as HTMLButtonElement;

describe('a button that sends one command', () => {
  beforeAll(startDomTests);
  beforeEach(() => vi.mocked(sendCommand).mockReset());
  afterEach(cleanup);

  it('sends its command, waiting disabled until the server answers', async () => {
    let answer: (ack: Ack<CommandReceipt>) => void = () => undefined;
    vi.mocked(sendCommand).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(
      <CommandButton command={{ type: 'facilitator.pause' }} testId="pause" nextAction="pause">
        Pause
      </CommandButton>,
    );
    expect(pauseButton().getAttribute('data-next-action')).toBe('pause');
    fireEvent.click(pauseButton());
    expect(sentCommands(vi.mocked(sendCommand).mock.calls)).toEqual([
      { type: 'facilitator.pause' },
    ]);
    expect(pauseButton().disabled).toBe(true);
    await act(async () => answer(applied));
    expect(pauseButton().disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the refusal below itself, and stays disabled where told', async () => {
    vi.mocked(sendCommand).mockResolvedValue({
      ok: false,
      error: { code: 'refused', message: 'The exercise is already paused.' },
    });
    const page = render(
      <CommandButton command={{ type: 'facilitator.pause' }} testId="pause">
        Pause
      </CommandButton>,
    );
    await act(async () => fireEvent.click(pauseButton()));
    expect(screen.getByRole('alert').textContent).toBe(
      'Not possible now: The exercise is already paused.',
    );
    expect(pauseButton().nextElementSibling).toBe(screen.getByRole('alert'));
    page.rerender(
      <CommandButton command={{ type: 'facilitator.pause' }} testId="pause" disabled>
        Pause
      </CommandButton>,
    );
    expect(pauseButton().disabled).toBe(true);
  });
});
