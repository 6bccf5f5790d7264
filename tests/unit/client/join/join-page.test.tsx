// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { summarizeScenario, type JoinInfoResponse, type JoinResponse } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import JoinPage from '../../../../client/src/screens/join/join-page';
import { chooseLanguage, takeSeat } from '../../../../client/src/state/actions';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { scenario } from '../support/game-views';
import { fakeServer, renderAt, type FakeRoute } from '../start/render-at';

const info: JoinInfoResponse = {
  exerciseId: 'x7Kp2mQ9aB',
  scenarioId: 'us-mexico-2026',
  title: 'Borderline: Washington, Mexico City and the Cartels, 2026',
  locked: false,
  started: false,
  teams: [
    { id: 'washington', name: 'Washington', seat: 'human', players: 2 },
    { id: 'mexico-city', name: 'Mexico City', seat: 'empty', players: 0 },
    { id: 'cartels', name: 'The Cartels', seat: 'bot', players: 0 },
  ],
};

const joined: JoinResponse = {
  exerciseId: 'x7Kp2mQ9aB',
  playerId: 'p-4f2a',
  token: 'Vb6yQ0sN3wXk9LmA2cRt7uHe5JdPz8Gf',
};

const catalogue: FakeRoute = () => ({
  status: 200,
  body: { scenarios: [summarizeScenario(scenario)] },
});

function serve(answer: Partial<JoinInfoResponse> = {}, join?: FakeRoute) {
  return fakeServer({
    'GET /api/scenarios': catalogue,
    'GET /api/join/K7MRQ4': () => ({ status: 200, body: { ...info, ...answer } }),
    'POST /api/join': join ?? (() => ({ status: 201, body: joined })),
  });
}

function teamRadio(value: string): HTMLInputElement {
  const radio = document.querySelector<HTMLInputElement>(`input[name="team"][value="${value}"]`);
  if (radio === null) throw new Error(`no radio for ${value}`);
  return radio;
}

async function openJoinPage(code = 'k7mrq4') {
  const view = renderAt(`/join/${code}`, <JoinPage code={code} />);
  await screen.findByTestId('join-name');
  return view;
}

const posts = (requests: { method: string; body: unknown }[]) =>
  requests.filter((request) => request.method === 'POST');

describe('the join page', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  beforeEach(() => {
    useExerciseStore.setState({ session: { current: null, saved: {} } });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    chooseLanguage('en');
  });

  it('looks the code up and lists the teams, how many are in each, and the bot', async () => {
    const server = serve();
    await openJoinPage();
    expect(server.requests.some((request) => request.path === '/api/join/K7MRQ4')).toBe(true);
    expect(
      screen.getByRole('heading', {
        name: 'Borderline: Washington, Mexico City and the Cartels, 2026',
      }),
    ).toBeDefined();
    expect(screen.getByText('Join code K7MRQ4')).toBeDefined();
    const group = screen.getByRole('group', { name: 'Your team' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      'washington',
      'mexico-city',
      'cartels',
      'observer',
    ]);
    expect(screen.getByRole('radio', { name: 'Washington' })).toBe(teamRadio('washington'));
    expect(screen.getByText('2 players so far')).toBeDefined();
    expect(screen.getByText('0 players so far')).toBeDefined();
    // A bot plays the Cartels: not joinable, and the reason is written, not only greyed out.
    expect(teamRadio('cartels').disabled).toBe(true);
    expect(screen.getByText('Played by a bot: it cannot be joined.')).toBeDefined();
    expect(teamRadio('mexico-city').disabled).toBe(false);
    expect(screen.getByRole('radio', { name: 'Observer' })).toBe(teamRadio('observer'));
    expect(screen.queryByTestId('join-continue')).toBeNull();
    expect(screen.queryByText(/already started/)).toBeNull();
  });

  it('asks for a name and a team before sending anything', async () => {
    const server = serve();
    await openJoinPage();
    fireEvent.click(screen.getByTestId('join-submit'));
    expect(screen.getByText('Type your name.')).toBeDefined();
    expect(screen.getByTestId('join-name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('join-name'));

    fireEvent.change(screen.getByTestId('join-name'), { target: { value: 'x'.repeat(41) } });
    expect(screen.getByText('A name has at most 40 characters; this one has 41.')).toBeDefined();

    fireEvent.change(screen.getByTestId('join-name'), { target: { value: '   Ana  ' } });
    expect(screen.queryByText(/A name has at most/)).toBeNull();
    fireEvent.click(screen.getByTestId('join-submit'));
    expect(screen.getByText('Choose a team, or join as an observer.')).toBeDefined();
    expect(document.activeElement).toBe(teamRadio('washington'));
    expect(posts(server.requests)).toEqual([]);
  });

  it('joins the chosen team, keeps the seat and opens the player page', async () => {
    const server = serve();
    const view = await openJoinPage();
    fireEvent.change(screen.getByTestId('join-name'), { target: { value: '  Ana ' } });
    fireEvent.click(teamRadio('mexico-city'));
    fireEvent.click(screen.getByTestId('join-submit'));
    await vi.waitFor(() => expect(view.history.at(-1)).toBe('/play/x7Kp2mQ9aB'));
    expect(posts(server.requests)).toEqual([
      {
        method: 'POST',
        path: '/api/join',
        body: { joinCode: 'K7MRQ4', name: 'Ana', team: 'mexico-city' },
      },
    ]);
    expect(useExerciseStore.getState().session.saved['x7Kp2mQ9aB:player']).toEqual({
      exerciseId: 'x7Kp2mQ9aB',
      role: 'player',
      token: joined.token,
      playerId: 'p-4f2a',
    });
  });

  it('joins the observers with team null', async () => {
    const server = serve();
    const view = await openJoinPage();
    fireEvent.change(screen.getByTestId('join-name'), { target: { value: 'Evaluator' } });
    fireEvent.click(teamRadio('observer'));
    fireEvent.click(screen.getByTestId('join-submit'));
    await vi.waitFor(() => expect(view.history.at(-1)).toBe('/play/x7Kp2mQ9aB'));
    expect(posts(server.requests)[0]?.body).toEqual({
      joinCode: 'K7MRQ4',
      name: 'Evaluator',
      team: null,
    });
  });

  it('shows the server’s refusal next to the button and stays', async () => {
    const view = await (async () => {
      serve({}, () => ({
        status: 409,
        body: { error: { code: 'refused', message: 'The name "Ana" is taken in this exercise.' } },
      }));
      return openJoinPage();
    })();
    fireEvent.change(screen.getByTestId('join-name'), { target: { value: 'Ana' } });
    fireEvent.click(teamRadio('washington'));
    fireEvent.click(screen.getByTestId('join-submit'));
    const alert = await screen.findByText(/is taken in this exercise/);
    expect(alert.textContent).toBe('Not possible now: The name "Ana" is taken in this exercise.');
    expect(view.history).toEqual(['/join/k7mrq4']);
    expect(useExerciseStore.getState().session.saved).toEqual({});
  });

  it('says clearly when no exercise has the code, and lets the player type another', async () => {
    fakeServer({ 'GET /api/scenarios': catalogue });
    const view = renderAt('/join/K7MRQ4', <JoinPage code="K7MRQ4" />);
    const alert = await screen.findByText(/There is no exercise with the code K7MRQ4/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('join-name')).toBeNull();
    fireEvent.change(screen.getByTestId('join-code-input'), { target: { value: 'abcdef' } });
    fireEvent.click(screen.getByTestId('join-code-submit'));
    expect(view.history.at(-1)).toBe('/join/ABCDEF');
  });

  it('says the exercise is locked, offers no form, and checks again on request', async () => {
    let locked = true;
    fakeServer({
      'GET /api/scenarios': catalogue,
      'GET /api/join/K7MRQ4': () => ({ status: 200, body: { ...info, locked } }),
    });
    renderAt('/join/K7MRQ4', <JoinPage code="K7MRQ4" />);
    expect((await screen.findByText(/Control has locked this exercise/)).getAttribute('role')).toBe(
      'alert',
    );
    expect(screen.queryByTestId('join-name')).toBeNull();
    locked = false;
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByTestId('join-name')).toBeDefined();
    expect(screen.queryByText(/Control has locked this exercise/)).toBeNull();
  });

  it('warns that the exercise has already started', async () => {
    serve({ started: true });
    await openJoinPage();
    expect(
      screen.getByText('This exercise has already started: you join it in the middle of play.'),
    ).toBeDefined();
  });

  it('offers to continue as before when this browser already holds a seat', async () => {
    serve();
    takeSeat({
      exerciseId: 'x7Kp2mQ9aB',
      role: 'player',
      token: joined.token,
      playerId: 'p-4f2a',
    });
    const view = await openJoinPage();
    const resume = screen.getByTestId('join-continue');
    expect(resume.textContent).toBe('Continue as before');
    expect(resume.getAttribute('href')).toBe('/play/x7Kp2mQ9aB');
    fireEvent.click(resume);
    expect(view.history.at(-1)).toBe('/play/x7Kp2mQ9aB');
  });

  it('says when the address holds no valid code, without asking the server', async () => {
    const server = serve();
    renderAt('/join/K7MRQ0', <JoinPage code="K7MRQ0" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'This address does not hold a valid join code.',
    );
    expect(screen.getByTestId<HTMLInputElement>('join-code-input').value).toBe('K7MRQ0');
    expect(server.requests.filter((request) => request.path.startsWith('/api/join'))).toEqual([]);
  });

  it('names the exercise and the teams in the reader’s language', async () => {
    chooseLanguage('es');
    serve();
    await openJoinPage();
    expect(
      await screen.findByRole('heading', {
        name: 'Borderline: Washington, Ciudad de México y los cárteles, 2026',
      }),
    ).toBeDefined();
    expect(screen.getByRole('radio', { name: 'Ciudad de México' })).toBe(teamRadio('mexico-city'));
    expect(screen.getByText('Lo juega un bot: no se puede unir a él.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Unirse al ejercicio' })).toBeDefined();
  });
});
