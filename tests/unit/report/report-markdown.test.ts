import {
  buildReport,
  REPORT_SECTIONS,
  reportSectionTitles,
  reportToMarkdown,
  type ExerciseView,
  type Language,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
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

  it('gives each move of the timeline its heading, and each team’s decisions', () => {
    const moves = headings(markdown, '###').filter((line) =>
      line.startsWith(language === 'en' ? 'Move ' : 'Ronda '),
    );
    expect(moves).toHaveLength(report.timeline.length);
    expect(
      markdown.match(/^- \*\*(Washington|Mexico City|Ciudad de México)\*\* \(/gm)?.length,
    ).toBe(
      report.timeline.flatMap((move) =>
        move.decisions.filter((d) => d.team === 'washington' || d.team === 'mexico-city'),
      ).length,
    );
  });

  it('has the participation table, one row per person, and the timeline last', () => {
    const titles = reportSectionTitles(language);
    const sections = markdown.split(/^## /m);
    const participation = sections.find((part) => part.startsWith(titles.participation)) ?? '';
    const rows = participation.trimEnd().split('\n').slice(-report.participation.length);
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(
      report.participation.map((entry) => `| ${entry.name ?? ''}`),
    );
    expect(sections.at(-1)?.startsWith(titles.timeline)).toBe(true);
  });

  it('names the turning points and each team’s key decisions in its summary', () => {
    const titles = reportSectionTitles(language);
    const summary = markdown.split(/^## /m).find((part) => part.startsWith(titles.summary)) ?? '';
    const points = summary.match(/^\d\. /gm) ?? [];
    expect(points).toHaveLength(report.summary.turningPoints.length);
    expect(report.summary.turningPoints.length).toBeGreaterThan(0);
    for (const entry of report.teams) expect(summary).toContain(`- **${local(entry.name)}**:`);
    expect(summary).toContain(language === 'en' ? '### Turning points' : '### Puntos de inflexión');
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
    expect(markdown).toContain('## Anexo: la cronología, ronda por ronda');
  });
});
