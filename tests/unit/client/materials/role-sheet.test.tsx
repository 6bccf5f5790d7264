// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ExerciseView, LocalizedText } from '@borderline/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GlossaryProvider } from '../../../../client/src/components/glossary-context';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { roleSheetOf } from '../../../../client/src/screens/materials/role-sheet-model';
import { RoleSheetPage } from '../../../../client/src/screens/materials/role-sheet-page';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { scenario, viewAt, type ViewFor } from '../support/game-views';

const TEAMS = ['washington', 'mexico-city', 'cartels'] as const;

const both = (text: LocalizedText): string[] => [
  text.en,
  ...(text.es === undefined ? [] : [text.es]),
];

/** What team `team` keeps from the other teams: its secret briefing, secret objectives, covert cards. */
function secretsOf(team: string): { text: string; what: string }[] {
  const spec = scenario.teams.find((candidate) => candidate.id === team);
  if (spec === undefined) throw new Error(`no team ${team}`);
  return [
    ...both(spec.secretBriefing).map((text) => ({ text, what: `${team}'s secret briefing` })),
    ...spec.objectives
      .filter((objective) => objective.visibility === 'secret')
      .flatMap((objective) =>
        both(objective.text).map((text) => ({ text, what: `${team}'s secret objective` })),
      ),
    ...scenario.actions
      .filter((card) => card.team === team && card.visibility === 'covert')
      .flatMap((card) =>
        both(card.description).map((text) => ({ text, what: `${team}'s covert card ${card.id}` })),
      ),
  ];
}

/** What only Control reads: what each inject expects of the teams, the endings' conditions' words. */
const controlSecrets = scenario.injects.flatMap((inject) =>
  inject.expectedActions.flatMap((expected) =>
    both(expected.text).map((text) => ({ text, what: `inject ${inject.id}'s expected action` })),
  ),
);

/** Prose as it appears inside a JSON payload (quotes and line breaks escaped). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

function leaks(payload: string, needles: { text: string; what: string }[]): string[] {
  return needles.filter((needle) => payload.includes(needle.text)).map((needle) => needle.what);
}

function leaksInJson(payload: string, needles: { text: string; what: string }[]): string[] {
  return leaks(
    payload,
    needles.map((needle) => ({ ...needle, text: inJson(needle.text) })),
  );
}

function renderSheet(view: ExerciseView, control: boolean): HTMLElement {
  render(
    <GlossaryProvider value={{ glossary: view.scenario.glossary, hrefOf: (id) => `#${id}` }}>
      <RoleSheetPage view={view} control={control} />
    </GlossaryProvider>,
  );
  return screen.getByTestId('role-sheet');
}

describe('the role sheets', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(() => {
    cleanup();
    chooseLanguage('en');
  });

  for (const team of TEAMS) {
    it(`gives ${team} its own secrets and never another team's or Control's`, () => {
      for (const [phase, move] of [
        ['lobby', undefined],
        ['deliberation', 1],
        ['results', 2],
      ] as const) {
        const view = viewAt(team, phase, move);
        const sheet = roleSheetOf(view);
        expect(sheet?.kind).toBe('team');
        expect(sheet?.teams.map((entry) => entry.id)).toEqual([team]);
        const payload = JSON.stringify(sheet);
        const others = TEAMS.filter((other) => other !== team).flatMap(secretsOf);
        expect(leaksInJson(payload, others), `${phase}`).toEqual([]);
        expect(leaksInJson(payload, controlSecrets), `${phase}`).toEqual([]);
        // Its own secrets are there: the sheet is the team's to keep.
        expect(leaksInJson(payload, secretsOf(team)).length).toBe(secretsOf(team).length);
      }
    });
  }

  it('renders a team sheet whose page text holds no other team secret', () => {
    const view = viewAt('mexico-city', 'deliberation', 1);
    const root = renderSheet(view, false);
    const text = root.textContent ?? '';
    const others = ['washington', 'cartels'].flatMap(secretsOf);
    expect(leaks(text, others)).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Role sheet: Mexico City');
    const own = scenario.teams.find((entry) => entry.id === 'mexico-city');
    expect(within(root).getByTestId('sheet-secret-briefing').textContent).toContain(
      own?.secretBriefing.en.slice(0, 60),
    );
    const cards = root.querySelectorAll('[data-card]');
    expect(cards.length).toBe(
      scenario.actions.filter((card) => card.team === 'mexico-city').length,
    );
    // The glossary and the sources, each a link to its address.
    expect(root.querySelectorAll('[data-term]').length).toBeGreaterThanOrEqual(
      scenario.glossary.length,
    );
    const article = within(root).getByTestId('source-article').querySelector('a');
    expect(article?.getAttribute('href')).toBe(scenario.source.url);
    const precedent = within(root).getByTestId('source-win-without-war-2025').querySelector('a');
    expect(precedent?.getAttribute('href')).toMatch(/^https:\/\/www\.winwithoutwaredfund\.org\//);
  });

  it("gives Control every team's secrets, on Control's sheet only", () => {
    const view = viewAt('facilitator', 'deliberation', 1);
    const sheet = roleSheetOf(view);
    expect(sheet?.kind).toBe('control');
    const payload = JSON.stringify(sheet);
    const all = TEAMS.flatMap(secretsOf);
    expect(leaksInJson(payload, all).length).toBe(all.length);
    const root = renderSheet(view, true);
    expect(root.querySelectorAll('[data-team]').length).toBe(3);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      "Control's sheet: every team",
    );
  });

  it('has no sheet for an observer, and says so', () => {
    const who: ViewFor = 'observer';
    const view = viewAt(who, 'deliberation', 1);
    expect(roleSheetOf(view)).toBeNull();
    render(<RoleSheetPage view={view} control={false} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No role sheet');
  });

  it('speaks Spanish on a Spanish screen', () => {
    chooseLanguage('es');
    const view = viewAt('cartels', 'deliberation', 1);
    renderSheet(view, false);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      `Hoja de rol: ${scenario.teams.find((team) => team.id === 'cartels')?.name.es}`,
    );
    expect(screen.getByRole('heading', { name: 'Glosario' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeDefined();
  });
});
