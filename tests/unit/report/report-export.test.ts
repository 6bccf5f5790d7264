import { buildReport, ReportExport } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { rebuildReport } from '../../../server/src/report/rebuild-report';
import { reportExport } from '../../../server/src/report/report-material';
import { ReportSourceError } from '../../../server/src/report/stored-material';
import { reportGame, scenario, SEEDS } from './support/report-games';

describe.each(Object.entries(SEEDS))('the JSON export (%s)', (_name, seed) => {
  const game = reportGame(seed);
  const exported = reportExport(game.material, 1_767_300_000_000);
  const json: unknown = JSON.parse(JSON.stringify(exported));

  it('carries the full log and the report computed from the view', () => {
    expect(exported.log.entries).toHaveLength(game.input.log.length);
    expect(exported.log.seed).toBe(seed);
    expect(exported.report).toStrictEqual(buildReport(game.view));
    expect(exported.exportedAt).toBe(1_767_300_000_000);
  });

  it('re-imports to the same report: parsed by its schema, and rebuilt from the log', () => {
    const parsed = ReportExport.parse(json);
    expect(parsed.report).toStrictEqual(exported.report);
    expect(rebuildReport(json, [scenario])).toStrictEqual(exported.report);
  });
});

describe('a re-imported export', () => {
  const game = reportGame(SEEDS.rupture);
  const exported = reportExport(game.material, 0);

  it('is rebuilt from its log, not copied: an edited rationale shows in the rebuilt report', () => {
    const edited = structuredClone(exported);
    const entry = edited.log.entries.find((e) => e.event.type === 'team.submitDecision');
    const event = entry?.event as { decision: { rationale: string } } | undefined;
    if (event === undefined) throw new Error('no decision in the log');
    event.decision.rationale = 'Edited after the fact';
    const rebuilt = rebuildReport(edited, [scenario]);
    const rationales = rebuilt.timeline.flatMap((m) => m.decisions.map((d) => d.rationale));
    expect(rationales).toContain('Edited after the fact');
    expect(rebuilt).not.toStrictEqual(exported.report);
  });

  it('refuses a file that is not an export, naming what is wrong', () => {
    const broken = { ...structuredClone(exported), log: { ...exported.log, seed: 'seven' } };
    expect(() => rebuildReport(broken, [scenario])).toThrow(ReportSourceError);
    expect(() => rebuildReport(broken, [scenario])).toThrow(/log\.seed/);
  });

  it('refuses a log the engine would not replay, and an unknown scenario', () => {
    const shuffled = structuredClone(exported);
    shuffled.log.entries.reverse();
    expect(() => rebuildReport(shuffled, [scenario])).toThrow(/does not replay/);
    expect(() => rebuildReport(exported, [])).toThrow(/us-mexico-2026 v1, which is not installed/);
  });
});
