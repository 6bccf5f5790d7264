// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ExerciseView } from '@borderline/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectToExercise } from '../../../../client/src/connection/connection';
import ProjectorPage from '../../../../client/src/screens/projector/projector-page';
import { takeSeat } from '../../../../client/src/state/actions';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { initialView } from '../../../../client/src/state/view-slice';
import { startDomTests } from '../hotwash/hotwash-fixtures';
import { viewAt } from '../support/game-views';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const KEY = 'k'.repeat(43);
const PROJECTOR_TOKEN = 't'.repeat(43);

interface Request {
  method: string;
  path: string;
  key: string | null;
}

/** A fake server for the two routes the page calls; every request is kept. */
function fakeServer(answers: { seat: () => Response }) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    const key = new Headers(init?.headers).get('x-facilitator-key');
    requests.push({ method, path, key });
    if (method === 'POST' && path.endsWith('/projector')) return answers.seat();
    if (method === 'GET')
      return Response.json({
        exerciseId: path.split('/').at(-1),
        scenarioId: 'us-mexico-2026',
        title: 'T',
        joinCode: 'K7MRQ4',
        status: 'active',
        phase: 'lobby',
        move: 0,
        locked: false,
        createdAt: 0,
        roster: [],
        seats: {},
      });
    return Response.json({ error: { code: 'not-found', message: 'no' } }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

/** The server's view reaching the store, as the socket would put it there. */
function receive(view: ExerciseView) {
  act(() => useExerciseStore.setState({ view: { current: view, receivedAt: Date.now() } }));
}

describe('the projector page', () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    useExerciseStore.setState({ session: { current: null, saved: {} }, view: initialView });
    vi.mocked(connectToExercise).mockClear();
  });
  afterEach(cleanup);
  afterAll(() => vi.unstubAllGlobals());

  it('explains where the projector view is opened from when the browser has no seat', () => {
    const requests = fakeServer({ seat: () => Response.json({}) });
    render(<ProjectorPage exerciseId="ex-123456" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This browser cannot show the projector view.',
    );
    expect(screen.getByRole('link', { name: 'Go to the facilitator’s console' })).toBeDefined();
    expect(screen.queryByTestId('projector')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('in the facilitator’s browser, takes the projector seat with the key and shows the observer’s view', async () => {
    const lobby = viewAt('observer', 'lobby');
    const exerciseId = lobby.exercise.id;
    const requests = fakeServer({
      seat: () =>
        Response.json(
          { exerciseId, playerId: 'p-projector', token: PROJECTOR_TOKEN },
          { status: 201 },
        ),
    });
    takeSeat({ exerciseId, role: 'facilitator', key: KEY, playerId: null });
    render(<ProjectorPage exerciseId={exerciseId} />);
    expect(screen.getByRole('status').textContent).toBe('Taking the projector’s seat…');

    await vi.waitFor(() =>
      expect(useExerciseStore.getState().session.saved[`${exerciseId}:player`]).toEqual({
        exerciseId,
        role: 'player',
        token: PROJECTOR_TOKEN,
        playerId: 'p-projector',
      }),
    );
    expect(requests[0]).toEqual({
      method: 'POST',
      path: `/api/exercises/${exerciseId}/projector`,
      key: KEY,
    });
    await vi.waitFor(() =>
      expect(vi.mocked(connectToExercise)).toHaveBeenCalledWith({
        exerciseId,
        role: 'player',
        token: PROJECTOR_TOKEN,
      }),
    );

    receive(lobby);
    const projector = screen.getByTestId('projector');
    expect(projector.getAttribute('data-phase')).toBe('lobby');
    // In the lobby the page asks for the join code with the key, and shows it.
    expect((await screen.findByTestId('projector-join-code')).textContent).toContain('K7MRQ4');
    expect(requests[1]).toEqual({ method: 'GET', path: `/api/exercises/${exerciseId}`, key: KEY });
  });

  it('says why when the server refuses the seat, and tries again on request', async () => {
    let refuse = true;
    const requests = fakeServer({
      seat: () =>
        refuse
          ? Response.json(
              { error: { code: 'unauthorized', message: 'This key does not open it.' } },
              { status: 401 },
            )
          : Response.json({ exerciseId: 'ex-123456', playerId: 'p-1', token: PROJECTOR_TOKEN }),
    });
    takeSeat({ exerciseId: 'ex-123456', role: 'facilitator', key: KEY, playerId: null });
    render(<ProjectorPage exerciseId="ex-123456" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The server said: This key does not open it.',
    );
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() =>
      expect(useExerciseStore.getState().session.saved['ex-123456:player']).toBeDefined(),
    );
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(2);
  });

  it('uses an observer seat this browser already holds, without asking the server', () => {
    const requests = fakeServer({ seat: () => Response.json({}) });
    const view = viewAt('observer', 'results', 1);
    const exerciseId = view.exercise.id;
    takeSeat({ exerciseId, role: 'player', token: PROJECTOR_TOKEN, playerId: 'p-observer' });
    render(<ProjectorPage exerciseId={exerciseId} />);
    receive(view);
    expect(screen.getByTestId('projector-results').textContent).toContain('Results: Move 1');
    expect(requests).toEqual([]);
  });

  it('refuses to put a team member’s seat on the projector: its view holds the team’s secrets', () => {
    fakeServer({ seat: () => Response.json({}) });
    const view = viewAt('washington', 'results', 1);
    const exerciseId = view.exercise.id;
    takeSeat({ exerciseId, role: 'facilitator', key: KEY, playerId: null });
    takeSeat({ exerciseId, role: 'player', token: PROJECTOR_TOKEN, playerId: 'p-washington' });
    const { container } = render(<ProjectorPage exerciseId={exerciseId} />);
    receive(view);
    expect(screen.queryByTestId('projector')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain(
      'This browser holds a seat in a team: Washington.',
    );
    const text = container.textContent ?? '';
    expect(text).not.toContain(view.team?.secretBriefing.en);
    expect(text).not.toContain('RATIONALE<washington>');
  });
});
