// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ForkExerciseResponse } from '@borderline/shared';
import { forkOverHttp, HttpError } from '@borderline/shared/http-client';
import type * as HttpClient from '@borderline/shared/http-client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhatIfFork } from '../../../../client/src/screens/what-if/what-if-fork';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { seatKey } from '../../../../client/src/state/session-slice';
import { startDomTests } from '../hotwash/hotwash-fixtures';

vi.mock('@borderline/shared/http-client', async (original) => ({
  ...(await original<typeof HttpClient>()),
  forkOverHttp: vi.fn(),
}));

const KEY = 'k'.repeat(32);
const FORK: ForkExerciseResponse = {
  exerciseId: 'ex-fork',
  joinCode: 'FORK42',
  facilitatorKey: 'f'.repeat(32),
  joinUrl: 'http://what-if.test/join/FORK42',
  facilitatorUrl: `http://what-if.test/control/ex-fork#key=${'f'.repeat(32)}`,
  forkedFrom: { exerciseId: 'ex-1', move: 2 },
  sharedEvents: 40,
};

const controlFork = (ended: boolean) => (
  <WhatIfFork exerciseId="ex-1" facilitatorKey={KEY} ended={ended} move={2} step={40} />
);

describe('a what-if branch played out for real', () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    chooseLanguage('en');
    vi.mocked(forkOverHttp).mockReset();
  });
  afterEach(cleanup);

  it('gives a player the replay of the move once ended, and nothing before', () => {
    const page = render(
      <WhatIfFork exerciseId="ex-1" facilitatorKey={null} ended={false} move={2} step={40} />,
    );
    expect(page.container.textContent).toBe('');
    page.rerender(<WhatIfFork exerciseId="ex-1" facilitatorKey={null} ended move={2} step={40} />);
    expect(screen.getByRole('link').getAttribute('href')).toBe('/replay/ex-1?step=40');
    expect(screen.queryByTestId('what-if-fork')).toBeNull();
  });

  it('lets Control fork from the move once ended, keeping the new key and linking its console', async () => {
    vi.mocked(forkOverHttp).mockResolvedValue(FORK);
    const page = render(controlFork(false));
    expect(screen.queryByTestId('what-if-fork')).toBeNull();
    page.rerender(controlFork(true));
    await act(async () => fireEvent.click(screen.getByTestId('what-if-fork')));
    expect(vi.mocked(forkOverHttp).mock.calls).toEqual([['', 'ex-1', KEY, 2]]);
    expect(screen.getByRole('status').textContent).toContain(
      'A new exercise starts from move 2: its join code is FORK42.',
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe(
      `/control/ex-fork#key=${FORK.facilitatorKey}`,
    );
    const seat = useExerciseStore.getState().session.saved[seatKey('ex-fork', 'facilitator')];
    expect(seat?.role === 'facilitator' ? seat.key : null).toBe(FORK.facilitatorKey);
  });

  it('says why a fork failed, in the reader’s language', async () => {
    vi.mocked(forkOverHttp).mockRejectedValue(
      new HttpError(409, 'refused', 'The exercise has not ended.'),
    );
    render(controlFork(true));
    await act(async () => fireEvent.click(screen.getByTestId('what-if-fork')));
    expect(screen.getByRole('alert').textContent).toBe(
      ' The new exercise could not be started: The exercise has not ended.',
    );
    expect((screen.getByTestId('what-if-fork') as HTMLButtonElement).disabled).toBe(false);
    cleanup();
    act(() => chooseLanguage('es'));
    render(controlFork(true));
    await act(async () => fireEvent.click(screen.getByTestId('what-if-fork')));
    const spanish = screen.getByRole('alert').textContent ?? '';
    expect(spanish).toMatch(/^ No se pudo crear el nuevo ejercicio: \S/);
    expect(spanish).not.toContain('The exercise has not ended.');
  });
});
