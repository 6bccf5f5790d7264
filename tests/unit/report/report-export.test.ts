import { buildReport, ReportExport } from '@borderline/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { rebuildReport } from '../../../server/src/report/rebuild-report';
import { reportExport } from '../../../server/src/report/report-material';
import { ReportSourceError } from '../../../server/src/report/stored-material';
import { installedScenarios } from '../../support/in-process-server';
import { reportGame, scenario, SEEDS } from './support/report-games';
import { playSeminarGame } from './support/seminar-game';

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

describe('the export of a rated seminar', () => {
  const game = playSeminarGame();
  afterAll(() => game.harness.service.stop());
  const exported = reportExport(game.material, 0);
  const json: unknown = JSON.parse(JSON.stringify(exported));

  it('carries Control’s ratings, which the log does not hold, so the rebuilt report has them', () => {
    expect(exported.version).toBe(3);
    expect(exported.ratings.map((r) => [r.team, r.objective, r.level, r.note])).toEqual(
      game.ratings.map((r) => [r.team, r.objective, r.level, r.note ?? null]),
    );
    const rebuilt = rebuildReport(json, installedScenarios());
    expect(rebuilt).toStrictEqual(exported.report);
    expect(rebuilt.attainment.objectives.every((o) => o.ratings.length === 3)).toBe(true);
    expect(rebuilt.improvementPlan.length).toBeGreaterThan(0);
  });

  it('reads an export made before version 3: no ratings, a report of an older shape', () => {
    const older = structuredClone(json) as Record<string, unknown>;
    delete older.ratings;
    older.version = 2;
    older.report = { format: 'borderline-report', version: 2, learning: [] };
    const rebuilt = rebuildReport(older, installedScenarios());
    expect(rebuilt.version).toBe(3);
    expect(rebuilt.attainment.objectives.every((o) => o.ratings.length === 0)).toBe(true);
    expect(rebuilt.timeline).toStrictEqual(exported.report.timeline);
  });
});
