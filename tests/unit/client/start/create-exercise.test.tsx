// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CreateExerciseResponse, ScenarioSummary } from '@borderline/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { StartPage } from '../../../../client/src/screens/start/start-page';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { scenarioSummary } from '../client-fixtures';
import { fakeServer, renderAt, type FakeRoute } from './render-at';

/** A second scenario, without a practice move, with other default times. */
const quickScenario: ScenarioSummary = {
  ...scenarioSummary,
  id: 'quick-crisis',
  summary: { en: 'One capital hurries.', es: 'Una capital se apresura.' },
  title: { en: 'A Quick Crisis', es: 'Una crisis rápida' },
  timing: { briefingMinutes: 3, deliberationMinutes: 7, decisionMinutes: 2, hotwashMinutes: 9 },
  hasPracticeMove: false,
  // A scenario that lists no format plays every move with its own times.
  formats: [],
};

const created: CreateExerciseResponse = {
  exerciseId: 'x7Kp2mQ9aB',
  joinCode: 'K7MRQ4',
  facilitatorKey: '3nVx0Qd7kP2sLr9Wm4Tz8yBc1HgJ5aEf',
  joinUrl: 'http://192.168.1.20:3000/join/K7MRQ4',
  facilitatorUrl:
    'http://192.168.1.20:3000/control/x7Kp2mQ9aB#key=3nVx0Qd7kP2sLr9Wm4Tz8yBc1HgJ5aEf',
};

const list: FakeRoute = () => ({
  status: 200,
  body: { scenarios: [scenarioSummary, quickScenario] },
});

function timing(key: string): HTMLInputElement {
  return screen.getByTestId(`timing-${key}`);
}

async function showForm() {
  const view = renderAt('/', <StartPage />);
  await screen.findByTestId('create-exercise');
  return view;
}

describe('creating an exercise on the start page', () => {
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
  });

  it('chooses the first scenario and fills in its own phase lengths', async () => {
    fakeServer({ 'GET /api/scenarios': list });
    await showForm();
    const first = screen.getByTestId<HTMLInputElement>('scenario-test-crisis');
    expect(first.checked).toBe(true);
    expect(first.type).toBe('radio');
    expect(screen.getByTestId<HTMLInputElement>('scenario-quick-crisis').checked).toBe(false);
    // The first format is chosen, and its times are the defaults.
    expect(screen.getByTestId<HTMLInputElement>('format-whole').checked).toBe(true);
    expect(screen.getByTestId<HTMLInputElement>('format-short').checked).toBe(false);
    expect(timing('briefingMinutes').value).toBe('10');
    expect(timing('deliberationMinutes').value).toBe('10');
    expect(timing('decisionMinutes').value).toBe('5');
    expect(timing('hotwashMinutes').value).toBe('20');
    expect(
      screen.getByText(/These are the defaults of the format “The whole crisis”/),
    ).toBeDefined();
    expect(timing('decisionMinutes').min).toBe('1');
    expect(timing('decisionMinutes').max).toBe('240');
    // Every card's summary is there to read before choosing.
    expect(screen.getByText('Two capitals argue.')).toBeDefined();
    expect(screen.getByText('One capital hurries.')).toBeDefined();
    expect(
      screen.getByRole('radio', { name: /Choose this scenario: A Quick Crisis/ }),
    ).toBeDefined();
  });

  it('takes the other scenario’s defaults when another is chosen, and knows it has no practice move', async () => {
    fakeServer({ 'GET /api/scenarios': list });
    await showForm();
    fireEvent.change(timing('hotwashMinutes'), { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('scenario-quick-crisis'));
    expect(screen.getByTestId<HTMLInputElement>('scenario-quick-crisis').checked).toBe(true);
    expect(timing('briefingMinutes').value).toBe('3');
    expect(timing('deliberationMinutes').value).toBe('7');
    expect(timing('decisionMinutes').value).toBe('2');
    expect(timing('hotwashMinutes').value).toBe('9');
    const skip = screen.getByTestId<HTMLInputElement>('skip-practice');
    expect(skip.disabled).toBe(true);
    expect(screen.getByText('This scenario has no practice move.')).toBeDefined();
  });

  it('shows each format as a choice: its total time, the moves it plays, how teams decide', async () => {
    fakeServer({ 'GET /api/scenarios': list });
    await showForm();
    const whole = screen.getByRole('radio', { name: 'The whole crisis' });
    const short = screen.getByRole('radio', { name: 'A short class' });
    expect(whole.getAttribute('name')).toBe('format');
    expect(screen.getByTestId('format-minutes-whole').textContent).toBe('90 min');
    expect(screen.getByTestId('format-minutes-short').textContent).toBe('45 min');
    const facts = (input: HTMLElement) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
    expect(facts(whole)).toContain('90 min');
    expect(facts(whole)).toContain('The practice move, then moves 1, 2 and 3');
    expect(facts(whole)).toContain('Teams decide in turn, one after another');
    expect(facts(whole)).toContain('The practice move and three moves.');
    expect(facts(short)).toContain('Moves 1 and 3');
    expect(facts(short)).toContain('All teams decide at the same time');
    // The scenario card gives the formats' lengths, not one duration.
    expect(screen.getByTestId('scenario-durations-test-crisis').textContent).toBe(
      '90 or 45 minutes',
    );
    expect(screen.getByTestId('timing-total').textContent).toContain(
      'Total: 90 minutes, as the format plans.',
    );
  });

  it('resets the times to the chosen format’s, and offers the practice skip only where there is one', async () => {
    fakeServer({ 'GET /api/scenarios': list });
    await showForm();
    fireEvent.click(screen.getByTestId('skip-practice'));
    fireEvent.change(timing('hotwashMinutes'), { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('format-short'));
    expect(screen.getByTestId<HTMLInputElement>('format-short').checked).toBe(true);
    expect(timing('briefingMinutes').value).toBe('5');
    expect(timing('deliberationMinutes').value).toBe('8');
    expect(timing('decisionMinutes').value).toBe('4');
    expect(timing('hotwashMinutes').value).toBe('12');
    const skip = screen.getByTestId<HTMLInputElement>('skip-practice');
    expect(skip.disabled).toBe(true);
    expect(skip.checked).toBe(false);
    expect(
      screen.getByText('Not available: the format “A short class” plays no practice move.'),
    ).toBeDefined();
    expect(screen.queryByTestId('timing-reset')).toBeNull();
  });

  it('shows the running total as the phase lengths change, and puts the format’s back', async () => {
    fakeServer({ 'GET /api/scenarios': list });
    await showForm();
    const total = () => screen.getByTestId('timing-total').textContent;
    // 10 + 4 moves × (15 + 5 × 1 team + 0) + 20.
    fireEvent.change(timing('deliberationMinutes'), { target: { value: '15' } });
    expect(total()).toContain('Total with these settings: 110 minutes (the format plans 90).');
    // Without the practice move: 3 moves.
    fireEvent.click(screen.getByTestId('skip-practice'));
    expect(total()).toContain('Total with these settings: 90 minutes (the format plans 90).');
    fireEvent.change(timing('deliberationMinutes'), { target: { value: '' } });
    expect(total()).toContain('The total shows again once every time is valid.');
    fireEvent.click(screen.getByTestId('timing-reset'));
    expect(timing('deliberationMinutes').value).toBe('10');
    // Simultaneous: one decision window per move, whatever the number of teams.
    fireEvent.click(screen.getByTestId('format-short'));
    fireEvent.change(timing('decisionMinutes'), { target: { value: '10' } });
    expect(total()).toContain('Total with these settings: 57 minutes (the format plans 45).');
  });

  it('refuses minutes outside 1..240 next to the field and sends nothing', async () => {
    const server = fakeServer({ 'GET /api/scenarios': list });
    await showForm();
    for (const wrong of ['0', '241', '2.5', '']) {
      fireEvent.change(timing('deliberationMinutes'), { target: { value: wrong } });
      expect(timing('deliberationMinutes').getAttribute('aria-invalid')).toBe('true');
      const errorId = timing('deliberationMinutes').getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(errorId)?.textContent).toBe(
        'Enter whole minutes from 1 to 240.',
      );
    }
    fireEvent.click(screen.getByTestId('create-submit'));
    expect(await screen.findByText('Correct the marked fields first.')).toBeDefined();
    expect(document.activeElement).toBe(timing('deliberationMinutes'));
    expect(server.requests.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(timing('deliberationMinutes'), { target: { value: '240' } });
    expect(timing('deliberationMinutes').getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText('Enter whole minutes from 1 to 240.')).toBeNull();
  });

  it('sends the chosen format with its times, and no practice skip for a format without one', async () => {
    const server = fakeServer({
      'GET /api/scenarios': list,
      'POST /api/exercises': () => ({ status: 201, body: created }),
    });
    await showForm();
    fireEvent.click(screen.getByTestId('format-short'));
    fireEvent.click(screen.getByTestId('create-submit'));
    expect(await screen.findByTestId('join-code')).toBeDefined();
    const posts = server.requests.filter((request) => request.method === 'POST');
    expect(posts.map((post) => post.body)).toEqual([
      {
        scenarioId: 'test-crisis',
        settings: {
          format: 'short',
          timing: {
            briefingMinutes: 5,
            deliberationMinutes: 8,
            decisionMinutes: 4,
            hotwashMinutes: 12,
          },
          skipPractice: false,
          language: 'en',
        },
      },
    ]);
  });

  it('sends the scenario, the times, the practice choice and the page language, and takes Control’s seat', async () => {
    const server = fakeServer({
      'GET /api/scenarios': list,
      'POST /api/exercises': () => ({ status: 201, body: created }),
    });
    await showForm();
    fireEvent.change(timing('deliberationMinutes'), { target: { value: '20' } });
    fireEvent.change(timing('decisionMinutes'), { target: { value: ' 15' } });
    fireEvent.click(screen.getByTestId('skip-practice'));
    fireEvent.click(screen.getByTestId('create-submit'));

    expect(await screen.findByTestId('join-code')).toBeDefined();
    const posts = server.requests.filter((request) => request.method === 'POST');
    expect(posts).toEqual([
      {
        method: 'POST',
        path: '/api/exercises',
        body: {
          scenarioId: 'test-crisis',
          settings: {
            format: 'whole',
            timing: {
              briefingMinutes: 10,
              deliberationMinutes: 20,
              decisionMinutes: 15,
              hotwashMinutes: 20,
            },
            skipPractice: true,
            language: 'en',
          },
        },
      },
    ]);
    expect(useExerciseStore.getState().session.saved['x7Kp2mQ9aB:facilitator']).toEqual({
      exerciseId: 'x7Kp2mQ9aB',
      role: 'facilitator',
      key: created.facilitatorKey,
      playerId: null,
    });
  });

  it('shows the server’s refusal next to the button, in words and with its message', async () => {
    fakeServer({
      'GET /api/scenarios': list,
      'POST /api/exercises': () => ({
        status: 429,
        body: { error: { code: 'rate-limited', message: 'Too many exercises from this address.' } },
      }),
    });
    await showForm();
    fireEvent.click(screen.getByTestId('create-submit'));
    const alert = await screen.findByText(/Too many exercises from this address/);
    expect(alert.textContent).toBe(
      'Too many actions in a short time; wait a moment and try again: Too many exercises from this address.',
    );
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId<HTMLButtonElement>('create-submit').disabled).toBe(false);
    expect(screen.queryByTestId('join-code')).toBeNull();
    expect(useExerciseStore.getState().session.saved).toEqual({});
  });

  it('says so when the network fails', async () => {
    fakeServer({ 'GET /api/scenarios': list });
    const failing = vi.fn(async (input: string | URL | Request) => {
      if (String(input).includes('/api/scenarios'))
        return Response.json({ scenarios: [scenarioSummary] });
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', failing);
    await showForm();
    fireEvent.click(screen.getByTestId('create-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The connection failed: Failed to fetch',
    );
  });

  describe('once created', () => {
    async function createOne() {
      fakeServer({
        'GET /api/scenarios': list,
        'POST /api/exercises': () => ({ status: 201, body: created }),
      });
      const view = await showForm();
      fireEvent.click(screen.getByTestId('create-submit'));
      await screen.findByTestId('join-code');
      return view;
    }

    it('shows the code large, the join link, its QR code and the private facilitator link', async () => {
      await createOne();
      expect(screen.getByTestId('join-code').textContent).toBe('K7MRQ4');
      expect(screen.getByTestId('join-link').getAttribute('href')).toBe(created.joinUrl);
      expect(screen.getByTestId('facilitator-link').getAttribute('href')).toBe(
        created.facilitatorUrl,
      );
      const qr = await screen.findByTestId<HTMLImageElement>('join-qr');
      expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
      expect(qr.getAttribute('alt')).toBe(`QR code of the join link ${created.joinUrl}`);
      expect(screen.getByText(/Show this part on the projector/)).toBeDefined();
      const facilitator = screen.getByRole('region', {
        name: 'For you only: the facilitator link',
      });
      expect(
        within(facilitator).getByText('Keep this private: whoever has it controls the exercise.'),
      ).toBeDefined();
      // The key is only in the facilitator's part, never in the players'.
      const players = screen.getByRole('region', { name: 'For the players' });
      expect(players.innerHTML).not.toContain(created.facilitatorKey);
      expect(screen.queryByTestId('create-exercise')).toBeNull();
    });

    it('opens the console by client-side navigation: the seat is already in the store', async () => {
      const view = await createOne();
      const open = screen.getByTestId('open-console');
      expect(open.getAttribute('href')).toBe('/control/x7Kp2mQ9aB');
      fireEvent.click(open);
      expect(view.history.at(-1)).toBe('/control/x7Kp2mQ9aB');
    });

    it('copies the links, and says it did', async () => {
      const writeText = vi.fn(async () => undefined);
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
      await createOne();
      fireEvent.click(screen.getByRole('button', { name: 'Copy the join link' }));
      expect(await screen.findByText('Copied.')).toBeDefined();
      expect(writeText).toHaveBeenCalledWith(created.joinUrl);
      fireEvent.click(screen.getByRole('button', { name: 'Copy the facilitator link' }));
      await waitFor(() => expect(writeText).toHaveBeenCalledWith(created.facilitatorUrl));
    });

    it('goes back to the form for another exercise', async () => {
      await createOne();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Create another exercise' }));
      });
      expect(screen.getByTestId('create-exercise')).toBeDefined();
      expect(screen.queryByTestId('join-code')).toBeNull();
    });
  });
});
