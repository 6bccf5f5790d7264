// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { refusalError, type ReplayTimelineResponse } from '@borderline/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import ReplayPage from '../../../../client/src/screens/replay/replay-page';
import { chooseLanguage, takeSeat } from '../../../../client/src/state/actions';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { seatKey } from '../../../../client/src/state/session-slice';
import { CONTROL_READER, ReplayRefusal, type ReplayReader } from '../../../../server/src/exercises';
import {
  CountingSecrets,
  makeHarness,
  type Harness,
} from '../../../support/exercise-service-harness';
import { mark, playOriginal, usMexico, type OriginalGame } from '../../exercises/replay-game';

interface Call {
  method: string;
  path: string;
  key: string | null;
  token: string | null;
  body: unknown;
}

/** Carla's seat token, as this browser would hold it (the fake server knows it as hers). */
const CARLA_TOKEN = 't'.repeat(43);

/**
 * The replay page against a fake server that answers from a real ended
 * exercise (the first scenario, played through the service): its timeline,
 * the projected view of any step for any point of view, and real forks.
 */
describe('the replay page', () => {
  let harness: Harness;
  let game: OriginalGame;
  let timeline: ReplayTimelineResponse;
  let calls: Call[] = [];

  beforeAll(() => {
    harness = makeHarness({
      scenarios: [usMexico],
      secrets: new CountingSecrets(2026, ['ABCDEF', 'FRKAAA', 'FRKBBB']),
    });
    game = playOriginal(harness.service, harness.clock, 2030);
    timeline = harness.service.replayTimeline(game.exerciseId, CONTROL_READER);
    const carla: ReplayReader = { kind: 'player', playerId: game.carla, team: 'mexico-city' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(String(input), 'http://replay.test');
        const method = init?.method ?? 'GET';
        const key = new Headers(init?.headers).get('x-facilitator-key');
        const token = new Headers(init?.headers).get('x-seat-token');
        const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
        calls.push({ method, path: url.pathname + url.search, key, token, body });
        const [, , , id, route, step] = url.pathname.split('/');
        if (id === 'still-running') {
          return Response.json(
            { error: { code: 'refused', message: 'This exercise has not ended.' } },
            { status: 409 },
          );
        }
        const reader =
          key === game.facilitatorKey ? CONTROL_READER : token === CARLA_TOKEN ? carla : null;
        if (id !== game.exerciseId || reader === null) {
          return Response.json(
            { error: { code: 'unauthorized', message: 'No.' } },
            { status: 401 },
          );
        }
        if (method === 'POST' && route === 'fork') {
          const move = (body as { move: number }).move;
          const forked = harness.service.forkExercise(game.exerciseId, move);
          return Response.json(
            {
              exerciseId: forked.exerciseId,
              joinCode: forked.joinCode,
              facilitatorKey: forked.facilitatorKey,
              joinUrl: `http://replay.test/join/${forked.joinCode}`,
              facilitatorUrl: `http://replay.test/control/${forked.exerciseId}#key=${forked.facilitatorKey}`,
              forkedFrom: forked.forkedFrom,
              sharedEvents: forked.sharedEvents,
            },
            { status: 201 },
          );
        }
        if (method === 'PUT' && route === 'replay-secrets') {
          const { revealed } = body as { revealed: boolean };
          harness.service.setSecretsRevealed(game.exerciseId, revealed);
          return Response.json({ revealed, ended: true });
        }
        if (step === undefined) {
          return Response.json(harness.service.replayTimeline(game.exerciseId, reader));
        }
        const as = url.searchParams.get('as') ?? 'control';
        try {
          return Response.json(
            harness.service.replayView(game.exerciseId, reader, Number(step), as),
          );
        } catch (error) {
          if (!(error instanceof ReplayRefusal)) throw error;
          return Response.json({ error: refusalError(error.code, error.message) }, { status: 403 });
        }
      }),
    );
    chooseLanguage('en');
    initI18n();
  });
  beforeEach(() => {
    calls = [];
    harness.service.setSecretsRevealed(game.exerciseId, false);
    history.replaceState(null, '', `/replay/${game.exerciseId}`);
    useExerciseStore.setState({ session: { current: null, saved: {} } });
  });
  afterEach(cleanup);
  afterAll(() => {
    vi.unstubAllGlobals();
    harness.service.stop();
    harness.store.close();
  });

  const holdKey = () =>
    takeSeat({
      exerciseId: game.exerciseId,
      role: 'facilitator',
      key: game.facilitatorKey,
      playerId: null,
    });
  const caption = () => screen.getByTestId('replay-caption').textContent ?? '';
  const slider = () => screen.getByRole('slider', { name: 'Step' }) as HTMLInputElement;
  const last = () => timeline.steps.length - 1;
  const stepOf = (phase: string, move: number) =>
    timeline.phases.find((span) => span.phase === phase && span.move === move)?.first ?? -1;
  const shows = async (step: number) => {
    await waitFor(() => expect(slider().value).toBe(String(step)));
    await waitFor(() => expect(screen.queryByText('Loading this step…')).toBeNull());
  };
  const open = async () => {
    render(<ReplayPage exerciseId={game.exerciseId} />);
    await screen.findByRole('slider', { name: 'Step' });
    await shows(0);
  };

  /** Carla (Mexico City) opens the last step with a link that asks for Washington's eyes. */
  const openAsCarlaAskingForWashington = async () => {
    takeSeat({
      exerciseId: game.exerciseId,
      role: 'player',
      token: CARLA_TOKEN,
      playerId: game.carla,
    });
    history.replaceState(null, '', `/replay/${game.exerciseId}?step=${last()}&as=washington`);
    render(<ReplayPage exerciseId={game.exerciseId} />);
    await screen.findByRole('slider', { name: 'Step' });
    await shows(last());
  };

  it('says so when this browser holds no seat in the exercise, and asks the server nothing', () => {
    render(<ReplayPage exerciseId={game.exerciseId} />);
    expect(
      screen.getByRole('heading', { name: 'No seat in this exercise in this browser' }),
    ).toBeDefined();
    expect(screen.getByRole('alert').textContent).toMatch(/open the facilitator link/);
    expect(calls).toEqual([]);
  });

  it('lets a player replay through their own team’s eyes or the public’s, with their seat', async () => {
    await openAsCarlaAskingForWashington();
    // Washington's eyes are not hers: she starts with her own team's.
    expect(caption()).toContain('Seen by Mexico City');
    const seenBy = screen.getByRole('combobox', { name: 'Seen by' }) as HTMLSelectElement;
    expect([...seenBy.options].map((option) => option.value)).toEqual(['mexico-city', 'observer']);
    expect(screen.getByText(/through your team’s eyes/)).toBeDefined();
    expect(screen.getByText(mark.rationale('mexico-city', 2))).toBeDefined();
    expect(screen.queryByText(mark.rationale('washington', 2))).toBeNull();
    // Neither the fork nor Control's setting is hers.
    expect(screen.queryByTestId('fork-button')).toBeNull();
    expect(screen.queryByTestId('replay-secrets')).toBeNull();
    expect(calls.every((call) => call.token === CARLA_TOKEN && call.key === null)).toBe(true);
    expect(calls.at(-1)?.path).toBe(
      `/api/exercises/${game.exerciseId}/replay/${last()}?as=mexico-city`,
    );

    fireEvent.change(seenBy, { target: { value: 'observer' } });
    await waitFor(() => expect(caption()).toContain('Seen by An observer'));
    await shows(last());
    expect(screen.queryByText(mark.rationale('mexico-city', 2))).toBeNull();
  });

  it('lets Control reveal every team’s secrets to the players, who then may pick any team', async () => {
    holdKey();
    await open();
    const reveal = screen.getByRole('checkbox', {
      name: 'Reveal every team’s secrets to the players in this replay',
    }) as HTMLInputElement;
    expect(reveal.checked).toBe(false);
    fireEvent.click(reveal);
    await waitFor(() => expect(reveal.checked).toBe(true));
    expect(calls.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/api/exercises/${game.exerciseId}/replay-secrets`,
      key: game.facilitatorKey,
      body: { revealed: true },
    });
    expect(screen.getByText(/may replay the exercise through any team’s eyes/)).toBeDefined();
    cleanup();

    // Now in Carla's browser.
    useExerciseStore.setState({ session: { current: null, saved: {} } });
    await openAsCarlaAskingForWashington();
    expect(caption()).toContain('Seen by Washington');
    expect(screen.getByText(mark.rationale('washington', 2))).toBeDefined();
    expect(screen.getByText(/Control has revealed every team’s secrets/)).toBeDefined();
  });

  it('opens at the start, asking with the key in its header', async () => {
    holdKey();
    await open();
    expect(slider().max).toBe(String(last()));
    expect(screen.getByTestId('replay-position').textContent).toBe(`Step 0 of ${last()}`);
    expect(caption()).toMatch(/^Step 0: The exercise was created/);
    expect(caption()).toContain('Seen by Control (everything)');
    expect(screen.getByTestId('phase').textContent).toBe('Lobby');
    expect(calls.map((call) => [call.method, call.path, call.key])).toEqual([
      ['GET', `/api/exercises/${game.exerciseId}/replay`, game.facilitatorKey],
      ['GET', `/api/exercises/${game.exerciseId}/replay/0?as=control`, game.facilitatorKey],
    ]);
    expect(location.search).toBe('?step=0&as=control');
  });

  it('steps by step, phase and move with its buttons', async () => {
    holdKey();
    await open();
    const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
    expect(
      (screen.getByRole('button', { name: 'Previous step' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    press('Next step');
    await shows(1);
    expect(caption()).toMatch(/^Step 1: Control started the exercise/);
    expect(screen.getByTestId('phase').textContent).toBe('Briefing');

    press('Next move');
    const practice = timeline.forkPoints[0]?.step ?? -1;
    await shows(practice);
    expect(caption()).toMatch(/Control opened move 0/);
    expect(screen.getByText('Practice move')).toBeDefined();

    press('Next phase');
    await shows(stepOf('deliberation', 0));
    expect(screen.getByTestId('phase').textContent).toBe('Deliberation');
    press('Previous phase');
    await shows(practice);
    press('Next move');
    await shows(stepOf('injects', 1));
    press('Previous move');
    await shows(practice);
  });

  it('is driven by the keyboard too', async () => {
    holdKey();
    await open();
    fireEvent.keyDown(slider(), { key: 'End' });
    await shows(last());
    expect(caption()).toMatch(/Control closed the hotwash/);
    expect(screen.getByTestId('phase').textContent).toBe('Ended');
    fireEvent.keyDown(slider(), { key: 'Home' });
    await shows(0);
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    await shows(1);
    fireEvent.keyDown(slider(), { key: 'ArrowRight', shiftKey: true });
    await shows(stepOf('injects', 0));
    fireEvent.keyDown(slider(), { key: 'PageDown' });
    await shows(stepOf('injects', 1));
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    await shows(stepOf('injects', 1) - 1);
    // A list keeps its own arrows.
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Seen by' }), { key: 'ArrowRight' });
    expect(slider().value).toBe(String(stepOf('injects', 1) - 1));
    // After a click on the page's background the focus is on the body: the keys still step.
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    await shows(stepOf('injects', 1) - 2);
  });

  it('shows the world through a team’s eyes, without what it could not see', async () => {
    holdKey();
    const reviewed = stepOf('adjudication', 2);
    history.replaceState(null, '', `/replay/${game.exerciseId}?step=${reviewed}&as=control`);
    render(<ReplayPage exerciseId={game.exerciseId} />);
    await screen.findByRole('slider', { name: 'Step' });
    await shows(reviewed);
    expect(screen.getByText(mark.rationale('mexico-city', 2))).toBeDefined();
    expect(screen.getByRole('heading', { name: /Results under Control’s review/ })).toBeDefined();

    fireEvent.change(screen.getByRole('combobox', { name: 'Seen by' }), {
      target: { value: 'washington' },
    });
    await waitFor(() => expect(caption()).toContain('Seen by Washington'));
    await shows(reviewed);
    expect(screen.getByText(mark.rationale('washington', 2))).toBeDefined();
    expect(screen.queryByText(mark.rationale('mexico-city', 2))).toBeNull();
    expect(screen.queryByRole('heading', { name: /Results under Control’s review/ })).toBeNull();
    expect(calls.at(-1)?.path).toBe(
      `/api/exercises/${game.exerciseId}/replay/${reviewed}?as=washington`,
    );
    expect(location.search).toBe(`?step=${reviewed}&as=washington`);
  });

  it('forks a new exercise from the move shown, and keeps its key', async () => {
    holdKey();
    const opened = stepOf('deliberation', 2);
    history.replaceState(null, '', `/replay/${game.exerciseId}?step=${opened}`);
    render(<ReplayPage exerciseId={game.exerciseId} />);
    await screen.findByRole('slider', { name: 'Step' });
    await shows(opened);
    fireEvent.click(screen.getByRole('button', { name: 'Fork from this move' }));
    const code = await screen.findByTestId('fork-join-code');
    const fork = calls.find((call) => call.method === 'POST');
    expect(fork).toMatchObject({
      path: `/api/exercises/${game.exerciseId}/fork`,
      key: game.facilitatorKey,
      body: { move: 2 },
    });
    const forkId = harness.service
      .exerciseIds()
      .find((id) => harness.service.forkOrigin(id)?.exerciseId === game.exerciseId);
    expect(forkId).toBeDefined();
    const seat = useExerciseStore.getState().session.saved[seatKey(forkId ?? '', 'facilitator')];
    expect(seat?.role).toBe('facilitator');
    const key = seat?.role === 'facilitator' ? seat.key : '';
    expect(code.textContent).toBe(harness.service.info(forkId ?? '').joinCode);
    expect(screen.getByTestId('fork-console-link').getAttribute('href')).toBe(
      `/control/${forkId}#key=${key}`,
    );
    expect(screen.getByText('The fork is ready: a new exercise from move 2.')).toBeDefined();
  });

  it('explains why an exercise still running cannot be replayed', async () => {
    takeSeat({
      exerciseId: 'still-running',
      role: 'facilitator',
      key: 'k'.repeat(43),
      playerId: null,
    });
    render(<ReplayPage exerciseId="still-running" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This exercise has not ended yet. The replay opens once Control closes the hotwash.',
    );
    expect(screen.getByRole('link', { name: 'Back to the facilitator console' })).toBeDefined();
  });

  it('speaks Spanish when the page does', async () => {
    holdKey();
    await open();
    act(() => chooseLanguage('es'));
    expect(caption()).toMatch(/^Paso 0: Se creó el ejercicio/);
    expect(screen.getByRole('button', { name: 'Paso siguiente' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Bifurcar desde esta ronda' })).toBeDefined();
    act(() => chooseLanguage('en'));
  });
});
