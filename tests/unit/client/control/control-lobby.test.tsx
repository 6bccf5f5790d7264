// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FACILITATOR_KEY_HEADER, type ExerciseView } from '@borderline/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { ControlLobby } from '../../../../client/src/screens/control/control-lobby';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { viewAt } from '../support/game-views';
import { applied, must, refused, sentCommands, startDomTests } from './control-fixtures';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

const KEY = 'k'.repeat(32);
const JOIN_CODE = 'K7MRQ4';

function summaryFor(view: ExerciseView) {
  return {
    exerciseId: view.exercise.id,
    scenarioId: view.exercise.scenarioId,
    title: view.exercise.title.en,
    joinCode: JOIN_CODE,
    status: 'active',
    phase: 'lobby',
    move: 0,
    locked: false,
    createdAt: 1_767_225_600_000,
    roster: view.roster,
    seats: view.seats,
  };
}

/** The lobby with the cartels' seat empty: its only player has left. */
function withEmptyCartels(view: ExerciseView): ExerciseView {
  return {
    ...view,
    roster: view.roster.filter((entry) => entry.team !== 'cartels'),
    seats: { ...view.seats, cartels: 'empty' },
  };
}

const sent = () => sentCommands(vi.mocked(sendCommand).mock.calls);

describe("Control's lobby", () => {
  const fetchMock = vi.fn();
  beforeAll(() => {
    startDomTests();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterAll(() => vi.unstubAllGlobals());
  beforeEach(() => {
    const view = viewAt('facilitator', 'lobby');
    fetchMock.mockReset();
    fetchMock.mockImplementation(async () => Response.json(summaryFor(view)));
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
    useExerciseStore.setState({
      session: {
        current: { exerciseId: view.exercise.id, role: 'facilitator', key: KEY, playerId: null },
        saved: {},
      },
    });
  });
  afterEach(cleanup);

  it('shows the join code fetched with the facilitator key, its link, a QR code and the projector link', async () => {
    const view = viewAt('facilitator', 'lobby');
    render(<ControlLobby view={view} />);
    expect(screen.getByTestId('control-lobby')).toBeDefined();
    expect(screen.getByTestId('phase').textContent).toBe('Lobby');
    expect((await screen.findByTestId('join-code')).textContent).toBe(JOIN_CODE);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/exercises/${view.exercise.id}`);
    expect((init.headers as Record<string, string>)[FACILITATOR_KEY_HEADER]).toBe(KEY);
    expect(screen.getByTestId('join-link').getAttribute('href')).toMatch(/\/join\/K7MRQ4$/);
    const qr = await screen.findByTestId('join-qr');
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(qr.getAttribute('alt')).toMatch(/QR code of the join link .*\/join\/K7MRQ4/);
    const projector = screen.getByTestId('projector-link');
    expect(projector.getAttribute('href')).toBe(`/screen/${view.exercise.id}`);
    expect(projector.getAttribute('target')).toBe('_blank');
    expect(projector.textContent).toContain('Open the projector view');
  });

  it('says so when the join code cannot be fetched, and tries again on request', async () => {
    fetchMock.mockImplementationOnce(async () =>
      Response.json(
        {
          error: {
            code: 'unauthorized',
            message: 'This facilitator key does not open this exercise.',
          },
        },
        { status: 401 },
      ),
    );
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This facilitator key does not open this exercise.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('join-code')).textContent).toBe(JOIN_CODE);
  });

  it('says apart whether the projector is connected; it is not among the players', () => {
    const view = viewAt('facilitator', 'lobby');
    const desk = must(view.control, 'the desk');
    const players = view.roster.length;
    const { rerender } = render(<ControlLobby view={view} />);
    expect(screen.queryByTestId('projector-status')).toBeNull();
    const projected = (connected: boolean): ExerciseView => ({
      ...view,
      control: { ...desk, projectors: [{ id: 'p-screen', connected }] },
    });
    rerender(<ControlLobby view={projected(true)} />);
    expect(screen.getByTestId('projector-status').textContent).toContain(
      'The projector view is open and connected.',
    );
    rerender(<ControlLobby view={projected(false)} />);
    expect(screen.getByTestId('projector-status').textContent).toContain('is not connected now');
    expect(screen.queryByRole('button', { name: /Remove Projector/ })).toBeNull();
    expect(document.querySelectorAll('tr[data-testid^="player-"]')).toHaveLength(players);
  });

  it('lists every player with team, role and connection', () => {
    const view = viewAt('facilitator', 'lobby');
    view.roster[1] = { ...must(view.roster[1], 'a second player'), connected: false };
    render(<ControlLobby view={view} />);
    const rows = screen.getAllByTestId(/^player-/);
    expect(rows).toHaveLength(view.roster.length);
    const washington = within(screen.getByTestId('player-p-washington'));
    expect(washington.getByText('Lead of washington')).toBeDefined();
    expect(washington.getByRole('cell', { name: 'Washington' })).toBeDefined();
    expect(washington.getByText('Lead')).toBeDefined();
    expect(washington.getByText('Connected')).toBeDefined();
    expect(
      within(screen.getByTestId('player-p-mexico-city')).getByText('Not connected'),
    ).toBeDefined();
    expect(within(screen.getByTestId('player-p-observer')).getByText('Observer')).toBeDefined();
  });

  it('moves a player to another team or to the observers', async () => {
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    const select = screen.getByTestId('move-p-washington') as HTMLSelectElement;
    expect(select.value).toBe('washington');
    expect([...select.options].map((option) => option.value)).toEqual([
      'washington',
      'mexico-city',
      'cartels',
      'observer',
    ]);
    await act(async () => {
      fireEvent.change(select, { target: { value: 'observer' } });
    });
    await act(async () => {
      fireEvent.change(screen.getByTestId('move-p-observer'), { target: { value: 'cartels' } });
    });
    expect(sent()).toEqual([
      { type: 'lobby.movePlayer', player: 'p-washington', team: null },
      { type: 'lobby.movePlayer', player: 'p-observer', team: 'cartels' },
    ]);
  });

  it('makes a member the lead, never an observer or the lead already', async () => {
    const view = viewAt('facilitator', 'lobby');
    view.roster.push({
      id: 'p-ana',
      name: 'Ana',
      team: 'washington',
      isLead: false,
      isBot: false,
      connected: true,
    });
    render(<ControlLobby view={view} />);
    expect((screen.getByTestId('make-lead-p-washington') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('make-lead-p-observer') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByTestId('make-lead-p-ana'));
    });
    expect(sent()).toEqual([{ type: 'lobby.makeLead', player: 'p-ana' }]);
  });

  it('removes a player only after a confirmation, and can be cancelled', async () => {
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    fireEvent.click(screen.getByTestId('remove-p-cartels'));
    expect(sent()).toEqual([]);
    expect(screen.getByText(/Remove Lead of cartels from the exercise\?/)).toBeDefined();
    fireEvent.click(screen.getByTestId('remove-cancel-p-cartels'));
    expect(screen.queryByTestId('remove-confirm-p-cartels')).toBeNull();
    fireEvent.click(screen.getByTestId('remove-p-cartels'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('remove-confirm-p-cartels'));
    });
    expect(sent()).toEqual([{ type: 'lobby.removePlayer', player: 'p-cartels' }]);
  });

  it('shows a refusal next to the control that caused it', async () => {
    vi.mocked(sendCommand).mockResolvedValue(
      refused('That player is not (or no longer) in this exercise.'),
    );
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('remove-p-cartels'));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('remove-confirm-p-cartels'));
    });
    const row = within(screen.getByTestId('player-p-cartels'));
    expect(row.getByRole('alert').textContent).toContain(
      'Not possible now: That player is not (or no longer) in this exercise.',
    );
    // The confirmation stays open, to try again.
    expect(row.getByTestId('remove-confirm-p-cartels')).toBeDefined();
  });

  it('gives an empty seat to a bot, and fills every empty seat at once', async () => {
    render(<ControlLobby view={withEmptyCartels(viewAt('facilitator', 'lobby'))} />);
    const washington = screen.getByTestId('seat-washington') as HTMLSelectElement;
    // People hold Washington's seat: the server would refuse a bot there.
    expect(washington.querySelector<HTMLOptionElement>('option[value="bot"]')?.disabled).toBe(true);
    expect(screen.getByText('Empty: nobody plays this team yet')).toBeDefined();
    await act(async () => {
      fireEvent.change(screen.getByTestId('seat-cartels'), { target: { value: 'bot' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('fill-bots'));
    });
    expect(sent()).toEqual([
      { type: 'lobby.setSeat', team: 'cartels', kind: 'bot' },
      { type: 'lobby.setSeat', team: 'cartels', kind: 'bot' },
    ]);
  });

  it('opens a bot seat to people again', async () => {
    const view = viewAt('facilitator', 'lobby');
    const botted: ExerciseView = {
      ...withEmptyCartels(view),
      seats: { ...view.seats, cartels: 'bot' },
    };
    render(<ControlLobby view={botted} />);
    expect((screen.getByTestId('seat-cartels') as HTMLSelectElement).value).toBe('bot');
    await act(async () => {
      fireEvent.change(screen.getByTestId('seat-cartels'), { target: { value: 'human' } });
    });
    expect(sent()).toEqual([{ type: 'lobby.setSeat', team: 'cartels', kind: 'human' }]);
  });

  it('locks the lobby', async () => {
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    const lock = screen.getByTestId('lock-lobby') as HTMLInputElement;
    expect(lock.checked).toBe(false);
    expect(screen.getByLabelText('Lock the lobby')).toBe(lock);
    await act(async () => {
      fireEvent.click(lock);
    });
    expect(sent()).toEqual([{ type: 'lobby.setLocked', locked: true }]);
  });

  it('keeps showing the choice while the server has not answered, and drops it on a refusal', async () => {
    let answer: (ack: Awaited<ReturnType<typeof sendCommand>>) => void = () => undefined;
    vi.mocked(sendCommand).mockImplementation(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    const lock = screen.getByTestId('lock-lobby') as HTMLInputElement;
    fireEvent.click(lock);
    expect(lock.checked).toBe(true);
    expect(screen.getByText(/Locked: nobody new can join/)).toBeDefined();
    await act(async () => answer(refused('Too many actions in a short time.')));
    expect(lock.checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toContain('Too many actions in a short time.');
  });

  it('follows the server once its view has the new value', async () => {
    const view = viewAt('facilitator', 'lobby');
    const { rerender } = render(<ControlLobby view={view} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('move-p-observer'), { target: { value: 'cartels' } });
    });
    expect((screen.getByTestId('move-p-observer') as HTMLSelectElement).value).toBe('cartels');
    const moved: ExerciseView = {
      ...view,
      roster: view.roster.map((entry) =>
        entry.id === 'p-observer' ? { ...entry, team: 'cartels' } : entry,
      ),
    };
    rerender(<ControlLobby view={moved} />);
    expect((screen.getByTestId('move-p-observer') as HTMLSelectElement).value).toBe('cartels');
    // Another Control moves the player back: the server's word wins.
    rerender(<ControlLobby view={view} />);
    expect((screen.getByTestId('move-p-observer') as HTMLSelectElement).value).toBe('observer');
  });

  it('shows the format played, and offers no practice skip for a format without one', async () => {
    const view = viewAt('facilitator', 'lobby');
    render(<ControlLobby view={view} />);
    expect(screen.getByTestId('exercise-format').textContent).toBe(
      'Full exercise (3 hours): 180 minutes in all · The practice move, then moves 1, 2, 3, 4 and 5 · Teams decide in turn, one after another',
    );
    expect(screen.getByTestId('skip-practice')).toBeDefined();
    cleanup();

    view.exercise.config = {
      ...view.exercise.config,
      format: 'class-50',
      moves: [1, 3],
      decisionMode: 'simultaneous',
    };
    view.exercise.playedMoves = [1, 3];
    view.exercise.practiceSkippable = false;
    view.exercise.turn.mode = 'simultaneous';
    view.scenario.format = { id: 'class-50', name: { en: 'Class (50 minutes)' }, minutes: 50 };
    render(<ControlLobby view={view} />);
    expect(screen.getByTestId('exercise-format').textContent).toBe(
      'Class (50 minutes): 50 minutes in all · Moves 1 and 3 · All teams decide at the same time',
    );
    expect(screen.queryByTestId('skip-practice')).toBeNull();
    expect(screen.getByTestId('no-practice').textContent).toBe(
      'No practice move to skip: this format starts with a scored move.',
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId('start-exercise'));
    });
    expect(sent()).toEqual([{ type: 'facilitator.start', skipPractice: false }]);
  });

  it('starts the exercise, with the practice move unless Control skips it', async () => {
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    const skip = screen.getByTestId('skip-practice') as HTMLInputElement;
    expect(skip.checked).toBe(false);
    await act(async () => {
      fireEvent.click(screen.getByTestId('start-exercise'));
    });
    fireEvent.click(skip);
    await act(async () => {
      fireEvent.click(screen.getByTestId('start-exercise'));
    });
    expect(sent()).toEqual([
      { type: 'facilitator.start', skipPractice: false },
      { type: 'facilitator.start', skipPractice: true },
    ]);
  });

  it('does not start while a team has neither players nor a bot, and says which', () => {
    render(<ControlLobby view={withEmptyCartels(viewAt('facilitator', 'lobby'))} />);
    const start = screen.getByTestId('start-exercise') as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    const why = document.getElementById(start.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toContain('Nobody plays for the Cartels yet');
  });

  it('opens a fork on its lobby: the code, the seats, and a resume held to the start check', async () => {
    const lobby = viewAt('facilitator', 'lobby');
    const fork: ExerciseView = {
      ...withEmptyCartels(lobby),
      exercise: {
        ...lobby.exercise,
        move: 2,
        practice: false,
        practiceSkippable: false,
        tags: ['lobby', 'fork-lobby'],
      },
    };
    const { rerender } = render(<ControlLobby view={fork} />);
    expect(screen.getByTestId('fork-lobby-notice').textContent).toContain(
      'its world stands as it did when move 2 opened',
    );
    expect((await screen.findByTestId('join-code')).textContent).toBe(JOIN_CODE);
    expect(await screen.findByTestId('join-qr')).toBeDefined();
    expect(screen.queryByTestId('skip-practice')).toBeNull();
    expect(screen.queryByTestId('no-practice')).toBeNull();
    const resume = screen.getByTestId('start-exercise') as HTMLButtonElement;
    expect(resume.textContent).toBe('Resume play at move 2');
    expect(resume.disabled).toBe(true);
    const why = document.getElementById(resume.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toContain('Nobody plays for the Cartels yet');
    expect(why?.textContent).toContain('before resuming');

    rerender(<ControlLobby view={{ ...fork, seats: lobby.seats, roster: lobby.roster }} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('start-exercise'));
    });
    expect(sent()).toEqual([{ type: 'facilitator.start', skipPractice: false }]);
  });

  it('speaks Spanish', async () => {
    const { chooseLanguage } = await import('../../../../client/src/state/actions');
    act(() => chooseLanguage('es'));
    render(<ControlLobby view={viewAt('facilitator', 'lobby')} />);
    expect(screen.getByRole('button', { name: 'Iniciar el ejercicio' })).toBeDefined();
    expect(screen.getByText('Abrir la vista del proyector')).toBeDefined();
    await waitFor(() => expect(screen.getByTestId('join-code').textContent).toBe(JOIN_CODE));
    act(() => chooseLanguage('en'));
  });
});
