import {
  buildReport,
  REPORT_SECTIONS,
  reportSectionTitles,
  reportToMarkdown,
  type ExerciseView,
  type Language,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { atDecisions, control, inputOf } from '../projection/synthetic-state';
import { reportGame, scenario, SEEDS } from './support/report-games';

const headings = (markdown: string, level: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith(`${level} `))
    .map((line) => line.slice(level.length + 1));

describe.each(['en', 'es'] as const)('the Markdown report (%s)', (language: Language) => {
  const { view, exercise } = reportGame(SEEDS.dilemma);
  const report = buildReport(view);
  const markdown = reportToMarkdown(report, language);
  const local = (text: { en: string; es?: string | undefined }) => text[language] ?? text.en;

  it('has every section heading, in order, under the report’s title', () => {
    const titles = reportSectionTitles(language);
    expect(headings(markdown, '##')).toEqual(REPORT_SECTIONS.map((section) => titles[section]));
    expect(headings(markdown, '#')).toEqual([
      `${language === 'en' ? 'After-action report' : 'Informe posterior a la acción'}: ${local(scenario.title)}`,
    ]);
  });

  it('says why objectives were met in its language, naming tracks, never their ids', () => {
    const whys = report.objectives.flatMap((score) => score.objectives.map((o) => o.why));
    const parts = (trace: (typeof whys)[number]): (typeof whys)[number][] => [
      trace,
      ...trace.children.flatMap(parts),
    ];
    const tracks = whys
      .flatMap(parts)
      .flatMap((part) => (part.fact?.type === 'track' ? [part.fact.track] : []));
    expect(tracks.length).toBeGreaterThan(0);
    for (const id of new Set(tracks)) {
      const track = scenario.tracks.find((candidate) => candidate.id === id);
      if (track === undefined) throw new Error(`no track ${id}`);
      expect(markdown).toContain(`${local(track.name)} ${language === 'en' ? 'is' : 'está en'} `);
      // The engine's sentence ("bilateral-trust is 0 (needs at most 0)") stays out of the export.
      expect(markdown).not.toMatch(new RegExp(`${id} is -?\\d+ \\(needs`));
    }
  });

  it('names every released inject with its article line', () => {
    const escape = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
    for (const release of exercise.context.injects) {
      const card = scenario.injects.find((candidate) => candidate.id === release.inject);
      if (card === undefined) throw new Error(`no card ${release.inject}`);
      expect(markdown).toContain(`**${escape(local(card.title))}**`);
      expect(markdown).toContain(`${language === 'en' ? 'line' : 'línea'} ${card.source.line}`);
    }
  });

  const sectionOf = (section: (typeof REPORT_SECTIONS)[number]) =>
    markdown
      .split(/^## /m)
      .find((part) => part.startsWith(reportSectionTitles(language)[section])) ?? '';

  it('gives each move of the full log its heading, and each team’s decisions', () => {
    const log = sectionOf('log');
    const moves = headings(log, '###').filter((line) =>
      line.startsWith(language === 'en' ? 'Move ' : 'Ronda '),
    );
    expect(moves).toHaveLength(report.timeline.length);
    expect(log.match(/^- \*\*(Washington|Mexico City|Ciudad de México)\*\* \(/gm)?.length).toBe(
      report.timeline.flatMap((move) =>
        move.decisions.filter((d) => d.team === 'washington' || d.team === 'mexico-city'),
      ).length,
    );
  });

  it('opens with the lessons and ends with the appendices, the timeline, tracks and log first', () => {
    const titles = reportSectionTitles(language);
    const order = headings(markdown, '##');
    expect(order.slice(0, 4)).toEqual(
      ['attainment', 'improvementPlan', 'decisionPoints', 'whatIf'].map(
        (section) => titles[section as (typeof REPORT_SECTIONS)[number]],
      ),
    );
    const appendix = language === 'en' ? 'Appendix' : 'Anexo';
    expect(order.slice(4, 7)).toEqual([
      `${appendix} A: ${language === 'en' ? 'The timeline' : 'La cronología'}`,
      `${appendix} B: ${language === 'en' ? 'Tracks move by move' : 'Indicadores ronda por ronda'}`,
      `${appendix} C: ${language === 'en' ? 'The full log, move by move' : 'El registro completo, ronda por ronda'}`,
    ]);
    expect(order.slice(4).every((title) => title.startsWith(`${appendix} `))).toBe(true);
    expect(order.slice(0, 4).some((title) => title.startsWith(appendix))).toBe(false);
    // The brief timeline: one line per move.
    expect(sectionOf('timeline').match(/^- \*\*/gm)).toHaveLength(report.timeline.length);
  });

  it('has the participation table, one row per person, as its last appendix', () => {
    const titles = reportSectionTitles(language);
    const sections = markdown.split(/^## /m);
    const participation = sectionOf('participation');
    const rows = participation.trimEnd().split('\n').slice(-report.participation.length);
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(
      report.participation.map((entry) => `| ${entry.name ?? ''}`),
    );
    expect(sections.at(-1)?.startsWith(titles.participation)).toBe(true);
  });

  it('tells the key decisions as decisions, and the turning points with the tracks', () => {
    const decisions = sectionOf('decisionPoints');
    expect(report.decisionPoints.decisions.length).toBeGreaterThan(0);
    expect(headings(decisions, '###').slice(0, -1)).toEqual(
      report.decisionPoints.decisions.map(
        (d) =>
          `${language === 'en' ? 'Move' : 'Ronda'} ${d.move}: ${local(report.teams.find((t) => t.id === d.team)?.name ?? { en: d.team })}`,
      ),
    );
    expect(decisions.match(/^- \*\*(Also open|También disponibles)\*\*: /gm)).toHaveLength(
      report.decisionPoints.decisions.length,
    );
    // The tracks' appendix says how the turning points are chosen; the summary lists them.
    const tracks = sectionOf('tracks');
    expect(tracks).toContain(language === 'en' ? '### Turning points' : '### Puntos de inflexión');
    expect(tracks.match(/^\d\. /gm)).toBeNull();
  });

  it('opens with a one-page summary: the ending, the tracks, each team, the turning points', () => {
    const summary = markdown.slice(0, markdown.indexOf('\n## '));
    const ending = report.summary.ending;
    expect(ending?.title).not.toBeNull();
    expect(summary).toContain(local(ending?.title ?? { en: '' }));
    // The tracks that moved most, value by value from the start.
    const [largest] = report.summary.largestChanges;
    const track = report.tracks.find((candidate) => candidate.id === largest?.track);
    expect(track).toBeDefined();
    expect(summary).toContain(`${local(track?.name ?? { en: '' })} ${largest?.from} → `);
    // One line per team: its key decision's card and its objectives met.
    const teamLines = summary.match(/^- \*\*.+$/gm) ?? [];
    expect(teamLines).toHaveLength(report.teams.length);
    report.teams.forEach((team, index) => {
      const line = teamLines[index] ?? '';
      expect(line.startsWith(`- **${local(team.name)}**: `)).toBe(true);
      const score = report.summary.objectives.find((entry) => entry.team === team.id);
      expect(line).toContain(
        language === 'en'
          ? `objectives met: ${score?.met} of ${score?.total}`
          : `objetivos cumplidos: ${score?.met} de ${score?.total}`,
      );
      const decision = report.decisionPoints.decisions.find((entry) => entry.team === team.id);
      if (decision !== undefined) {
        expect(line).toContain(
          language === 'en' ? `move ${decision.move}` : `ronda ${decision.move}`,
        );
        const cards = decision.actions.flatMap((action) =>
          action.card === null ? [] : [local(action.card.name)],
        );
        expect(cards.some((card) => line.includes(card))).toBe(true);
      }
    });
    // The three biggest turning points, one line each, in the summary and nowhere else.
    const points = summary.match(/^\d\. .+$/gm) ?? [];
    expect(points).toHaveLength(report.summary.turningPoints.length);
    expect(report.summary.turningPoints.length).toBe(3);
    report.summary.turningPoints.forEach((point, index) => {
      expect(points[index]).toContain(`${language === 'en' ? 'Move' : 'Ronda'} ${point.move}: `);
    });
  });
});

describe('what people wrote, in Markdown', () => {
  it('is escaped: no raw HTML, no heading, no broken table from a rationale or a note', () => {
    const view: ExerciseView = structuredClone(reportGame(SEEDS.rupture).view);
    const decision = view.decisions[0];
    if (decision === undefined) throw new Error('no decision');
    decision.rationale = '<script>alert(1)</script>\n# Not a heading | *bold* [link](x)';
    view.narrative[0] = { move: 0, phase: 'results', at: 1, text: 'a | b\n## fake section' };
    const markdown = reportToMarkdown(buildReport(view), 'en');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain(
      '\\<script\\>alert(1)\\</script\\> \\# Not a heading \\| \\*bold\\*',
    );
    expect(markdown).not.toMatch(/^#+ Not a heading/m);
    expect(markdown).not.toMatch(/^## fake section/m);
    expect(headings(markdown, '##')).toHaveLength(REPORT_SECTIONS.length);
  });

  it('falls back to English where the scenario lacks a Spanish text', () => {
    const view: ExerciseView = structuredClone(reportGame(SEEDS.rupture).view);
    const inject = view.injects[0];
    if (inject === undefined) throw new Error('no inject');
    inject.title = { en: 'Only in English' };
    const markdown = reportToMarkdown(buildReport(view), 'es');
    expect(markdown).toContain('**Only in English**');
    expect(markdown).toContain('## Anexo C: El registro completo, ronda por ronda');
  });
});

describe('the Markdown report’s participants', () => {
  // The synthetic game has the cartels played by a bot, its name stored in English.
  const report = buildReport(project(inputOf(atDecisions().context), control));

  it.each(['en', 'es'] as const)(
    'names a bot by its team in the export’s language (%s)',
    (language) => {
      const markdown = reportToMarkdown(report, language);
      const teamName = language === 'en' ? 'The Cartels' : 'Los cárteles';
      expect(markdown).toContain(`Bot (${teamName}) (`);
      if (language === 'es') expect(markdown).not.toContain('Bot (The Cartels)');
    },
  );
});
