// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildReport,
  FACILITATOR_KEY_HEADER,
  REPORT_SECTIONS,
  reportSectionTitles,
  SEAT_TOKEN_HEADER,
  type Report,
} from '@borderline/shared';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import ReportPage from '../../../../client/src/screens/report/report-page';
import { chooseLanguage, forgetSeat, takeSeat } from '../../../../client/src/state/actions';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { initialView } from '../../../../client/src/state/view-slice';
import { lastView } from '../support/game-views';

// A player's report page keeps the seat's socket open: its view says whether the report is shared.
vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

/** The player's socket brings a view of the ended exercise, the report shared or not. */
function playerViewArrives(shared: boolean) {
  const view = lastView('washington');
  view.exercise.id = EXERCISE;
  view.exercise.reportShared = shared;
  view.exercise.reportReadable = shared;
  act(() => useExerciseStore.setState({ view: { current: view, receivedAt: Date.now() } }));
}

const EXERCISE = 'ex-test-1';
const KEY = 'facilitator-key-0123456789abcdef';
const TOKEN = 'seat-token-0123456789abcdefghij';

let report: Report;
let shared = false;
let answer: { status: number; body: unknown } | null = null;
const requests: { url: string; method: string; headers: Record<string, string>; body: unknown }[] =
  [];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The server's report routes, as far as the page uses them. */
function fakeServer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = String(input);
  const method = init?.method ?? 'GET';
  const headers = (init?.headers ?? {}) as Record<string, string>;
  const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
  requests.push({ url, method, headers, body });
  if (url.endsWith('/report-sharing')) {
    if (method === 'PUT') shared = (body as { shared: boolean }).shared;
    return Promise.resolve(json(200, { shared, ended: true }));
  }
  if (url.endsWith(`/api/exercises/${EXERCISE}/report`)) {
    if (answer !== null) return Promise.resolve(json(answer.status, answer.body));
    return Promise.resolve(json(200, report));
  }
  if (url.includes('/report.md')) return Promise.resolve(new Response('# Report\n'));
  return Promise.resolve(json(404, { error: { code: 'not-found', message: 'No route' } }));
}

beforeAll(() => {
  report = buildReport(lastView('facilitator'));
  chooseLanguage('en');
  initI18n();
});

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(fakeServer));
  requests.length = 0;
  shared = false;
  answer = null;
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  forgetSeat(EXERCISE, 'facilitator');
  forgetSeat(EXERCISE, 'player');
  useExerciseStore.setState({ view: initialView });
  act(() => chooseLanguage('en'));
});

const asControl = () =>
  takeSeat({ exerciseId: EXERCISE, role: 'facilitator', key: KEY, playerId: null });
const asPlayer = () =>
  takeSeat({ exerciseId: EXERCISE, role: 'player', token: TOKEN, playerId: 'p-washington' });

async function openReport() {
  render(<ReportPage exerciseId={EXERCISE} />);
  return screen.findByTestId('report');
}

describe('the report page', () => {
  it('shows every section, in order, and every released inject with its source line', async () => {
    asControl();
    const page = await openReport();
    const titles = reportSectionTitles('en');
    const headings = within(page)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Summary', ...REPORT_SECTIONS.map((section) => titles[section])]);
    const released = report.timeline.flatMap((move) => move.injects);
    expect(released.length).toBeGreaterThan(5);
    for (const inject of released) {
      const card = page.querySelector(`.report-inject[data-inject="${inject.id}"]`);
      expect(card?.querySelector('h5')?.textContent).toBe(inject.title.en);
      expect(card?.textContent).toContain(`line ${inject.citation.line}`);
      expect(card?.textContent).toContain(inject.citation.excerpt);
    }
    expect(requests[0]?.headers[FACILITATOR_KEY_HEADER]).toBe(KEY);
    expect(screen.getByTestId('report-ending').textContent).toContain('Rupture');
  });

  it('nests its markup as HTML allows: no list or block inside a paragraph, and React warns of none', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    asControl();
    const page = await openReport();
    // The ending's explanation is a nested list: the fixture's game has one to show.
    expect(report.decisionPoints.earlyEnding?.trace?.children.length).toBeGreaterThan(0);
    expect(page.querySelector('[data-testid="report-early-ending"] .report-trace')).not.toBeNull();
    const nesting = errors.mock.calls
      .map((call) => call.map(String).join(' '))
      .filter((message) => /descendant of|child of|validateDOMNesting/.test(message));
    errors.mockRestore();
    expect(nesting).toEqual([]);
    const blocks = 'ul, ol, div, p, table, section, h1, h2, h3, h4, h5, h6, blockquote';
    const wrapped = [...page.querySelectorAll('p')]
      .filter((paragraph) => paragraph.querySelector(blocks) !== null)
      .map((paragraph) => paragraph.textContent?.slice(0, 60));
    expect(wrapped).toEqual([]);
  });

  it('gives Control the sharing switch and the replay link', async () => {
    asControl();
    await openReport();
    const toggle = await screen.findByRole('checkbox', { name: 'Let players read this report' });
    await waitFor(() => expect(toggle).not.toHaveProperty('disabled', true));
    expect(toggle).toHaveProperty('checked', false);
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveProperty('checked', true));
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ shared: true });
    expect(screen.getByTestId('report-replay-link').getAttribute('href')).toBe(
      `/replay/${EXERCISE}`,
    );
  });

  it('draws every track’s chart with the page, as SVG, and gives the figures in one table', async () => {
    asControl();
    const page = await openReport();
    const charts = within(screen.getByTestId('report-charts')).getAllByRole('img');
    expect(charts).toHaveLength(report.tracks.length);
    expect(charts.every((chart) => chart.tagName.toLowerCase() === 'svg')).toBe(true);
    const points = report.trackHistory.filter((point) => !point.practice);
    const escalation = page.querySelector('svg[data-track="escalation"]');
    expect(escalation?.getAttribute('aria-label')).toBe('Chart of Escalation, move by move');
    expect(
      [...(escalation?.querySelectorAll('.report-chart-value') ?? [])].map((v) => v.textContent),
    ).toEqual(points.map((point) => String(point.values['escalation'])));
    const rows = screen.getByTestId('report-track-table').querySelectorAll('tbody tr');
    expect([...rows].map((row) => row.getAttribute('data-track'))).toEqual(
      report.tracks.map((track) => track.id),
    );
    expect(page.querySelector('canvas')).toBeNull();
  });

  it('opens with a one-page summary, then the lessons by objective, the plan and the key decisions as decisions', async () => {
    asControl();
    const page = await openReport();
    const sections = [...page.querySelectorAll('.report-section')];
    expect(sections[0]).toBe(page.querySelector('#report-attainment'));
    expect(sections.map((section) => section.id)).toEqual(
      REPORT_SECTIONS.map((section) => `report-${section}`),
    );
    // The one-page summary stands under the title, before the lessons: how it ended, the
    // tracks' charts, a line per team (its key decision and objectives met), the turning points.
    const summary = screen.getByTestId('report-summary');
    expect(page.querySelector('.report-head + #report-summary')).toBe(summary);
    expect(summary.compareDocumentPosition(sections[0] as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(summary).getByTestId('report-ending').textContent).toContain(
      report.summary.ending?.title?.en ?? '–',
    );
    expect(within(summary).getAllByRole('img')).toHaveLength(report.tracks.length);
    const teamLines = within(summary).getByTestId('report-summary-teams').querySelectorAll('li');
    expect([...teamLines].map((line) => line.getAttribute('data-team'))).toEqual(
      report.teams.map((team) => team.id),
    );
    report.teams.forEach((team, index) => {
      const line = teamLines[index]?.textContent ?? '';
      const score = report.summary.objectives.find((entry) => entry.team === team.id);
      expect(line).toContain(`objectives met: ${score?.met} of ${score?.total}`);
      const decision = report.decisionPoints.decisions.find((entry) => entry.team === team.id);
      if (decision !== undefined) {
        expect(line).toContain(`key decision in move ${decision.move}`);
        const cards = decision.actions.flatMap((action) => action.card?.name.en ?? []);
        expect(cards.some((card) => line.includes(card))).toBe(true);
      }
    });
    const objectives = page.querySelectorAll('#report-attainment .report-learning');
    expect([...objectives].map((node) => node.getAttribute('data-objective'))).toEqual(
      report.attainment.objectives.map((objective) => objective.id),
    );
    const decisions = page.querySelectorAll('#report-decisionPoints .report-key-decision');
    expect(decisions).toHaveLength(report.decisionPoints.decisions.length);
    expect(report.decisionPoints.decisions.length).toBeGreaterThan(0);
    report.decisionPoints.decisions.forEach((decision, index) => {
      const node = decisions[index];
      expect(node?.getAttribute('data-team')).toBe(decision.team);
      const open = node?.querySelector('[data-testid="report-decision-alternatives"]')?.textContent;
      for (const card of decision.alternatives) expect(open).toContain(card.name.en);
    });
    // Each team's objectives, met or missed, in their appendix.
    for (const score of report.objectives) {
      const card = page.querySelector(
        `#report-objectives .report-team-score[data-team="${score.team}"]`,
      );
      expect(card?.querySelectorAll('tbody tr')).toHaveLength(score.objectives.length);
      expect(card?.querySelectorAll('tbody tr[data-met="true"]').length).toBe(
        score.objectives.filter((objective) => objective.met).length,
      );
    }
    // The turning points, with the tracks they moved.
    const turning = within(screen.getByTestId('report-turning-points')).getAllByRole('listitem');
    expect(turning).toHaveLength(report.summary.turningPoints.length);
    const [first] = report.summary.turningPoints;
    expect(first).toBeDefined();
    expect(turning[0]?.textContent).toContain(`Move ${first?.move}`);
    expect(summary.contains(screen.getByTestId('report-turning-points'))).toBe(true);
    expect(page.querySelector('#report-tracks [data-testid="report-charts"]')).toBeNull();
    const last = page.querySelector('#report-participation');
    expect(page.querySelectorAll('.report-section')[REPORT_SECTIONS.length - 1]).toBe(last);
  });

  it('shows Control’s ratings and the improvement plan they call for', async () => {
    const view = structuredClone(lastView('facilitator'));
    if (view.control === null) throw new Error('no control view');
    view.control.ratings = [
      {
        team: 'cartels',
        objective: 'securitization',
        level: 'beginning',
        note: 'Missed it.',
        at: 1,
      },
      { team: 'washington', objective: 'securitization', level: 'exemplary', note: null, at: 2 },
    ];
    const plain = report;
    report = buildReport(view);
    try {
      asControl();
      const page = await openReport();
      const evidence = page.querySelector('#report-attainment [data-objective="securitization"]');
      expect(evidence?.textContent).toContain('Exemplary (4 of 4): Washington');
      expect(evidence?.textContent).toContain('Beginning (1 of 4): The Cartels');
      const rows = screen.getByTestId('report-improvement-plan').querySelectorAll('tbody tr');
      expect([...rows].map((row) => row.getAttribute('data-owner'))).toEqual(['cartels']);
      expect(rows[0]?.textContent).toContain('Rated Beginning: “Missed it.”');
      expect(rows[0]?.textContent).toContain('Aim for Developing: ');
      expect(screen.getByTestId('report-evaluator-notes').textContent).toContain('Missed it.');
    } finally {
      report = plain;
    }
  });

  it('prints at once: the charts are already there', async () => {
    asControl();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('downloads the Markdown in the reader’s language with the credentials in a header', async () => {
    asControl();
    const createObjectURL = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const download = requests.find((request) => request.url.includes('report.md'));
    expect(download?.url).toBe(`/api/exercises/${EXERCISE}/report.md?language=en`);
    expect(download?.headers[FACILITATOR_KEY_HEADER]).toBe(KEY);
  });

  it('reads the report with a player’s seat token, without Control’s tools', async () => {
    asPlayer();
    playerViewArrives(true);
    await openReport();
    expect(requests[0]?.headers[SEAT_TOKEN_HEADER]).toBe(TOKEN);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByTestId('report-replay-link')).toBeNull();
  });

  it('tells a player the report is not shared yet, shows it once shared, and asks for it only then', async () => {
    asPlayer();
    render(<ReportPage exerciseId={EXERCISE} />);
    expect(screen.getByRole('status').textContent).toBe('Preparing the report…');
    playerViewArrives(false);
    const waiting = screen.getByTestId('report-waiting');
    expect(waiting.textContent).toBe(
      'Control has not shared the report yet. This page shows it as soon as Control does: there is no need to reload.',
    );
    expect(screen.getByRole('link', { name: 'Back to the hotwash' }).getAttribute('href')).toBe(
      `/play/${EXERCISE}`,
    );
    expect(screen.queryByTestId('report-problem')).toBeNull();
    expect(requests.filter((request) => request.url.endsWith('/report'))).toEqual([]);
    // Control shares it: the view says so, and the report comes without a reload.
    playerViewArrives(true);
    await screen.findByTestId('report');
    expect(requests.filter((request) => request.url.endsWith('/report'))).toHaveLength(1);
    // Control stops sharing: the page says so again.
    playerViewArrives(false);
    expect(screen.getByTestId('report-waiting')).toBeDefined();
    expect(screen.queryByTestId('report')).toBeNull();
  });

  it('tells a browser without a seat what to do', () => {
    forgetSeat(EXERCISE, 'player');
    render(<ReportPage exerciseId={EXERCISE} />);
    expect(screen.getByTestId('report-problem').getAttribute('data-failure')).toBe('noSeat');
  });

  it('speaks Spanish, the scenario’s texts included', async () => {
    asControl();
    act(() => chooseLanguage('es'));
    const page = await openReport();
    const titles = reportSectionTitles('es');
    expect(
      within(page)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Resumen', ...REPORT_SECTIONS.map((section) => titles[section])]);
    const inject = report.timeline[1]?.injects[0];
    expect(inject?.title.es).toBeDefined();
    expect(page.querySelector(`[data-inject="${inject?.id}"] h5`)?.textContent).toBe(
      inject?.title.es,
    );
    expect(page.textContent).toContain('Informe posterior a la acción');
    expect(page.textContent).toContain('Puntos de inflexión');
    expect(page.textContent).toContain('Decisiones clave');
    expect(page.textContent).toContain('Lecciones, objetivo por objetivo');
    expect(page.textContent).toContain('Anexo A: La cronología');
    const point = report.summary.turningPoints[0];
    expect(screen.getByTestId('report-turning-points').textContent).toContain(
      `Ronda ${point?.move}`,
    );
    expect(page.querySelector('svg[data-track="escalation"]')?.getAttribute('aria-label')).toBe(
      'Gráfico de Escalada, ronda por ronda',
    );
    expect(page.textContent).not.toContain('Executive summary');
  });
});
