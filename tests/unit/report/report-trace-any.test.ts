import {
  buildReport,
  listedTraceChildren,
  tracksSetByHand,
  type ReportTrace,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { reportGame, SEEDS } from './support/report-games';

const card = (id: string, holds: boolean): ReportTrace => ({
  holds,
  text: id,
  fact: {
    type: 'action',
    card: { id, name: { en: id } },
    outcome: 'any',
    thisMove: false,
  },
  children: [],
});

const anyOf = (children: ReportTrace[]): ReportTrace => ({
  holds: children.some((child) => child.holds),
  text: 'any',
  fact: { type: 'any' },
  children,
});

describe('an "at least one of these holds" in the report', () => {
  it('lists the parts that held when it held', () => {
    const held = card('overt-strike-deterred', true);
    expect(listedTraceChildren(anyOf([card('overt-strike', false), held]))).toEqual([held]);
  });

  it('lists every part when none held, each saying why not', () => {
    const parts = [card('overt-strike', false), card('joint-raid', false)];
    expect(listedTraceChildren(anyOf(parts))).toEqual(parts);
  });
});

describe('the tracks Control set by hand', () => {
  it('are none in a game without an adjustment, and each once when set', () => {
    const view = structuredClone(reportGame(SEEDS.dilemma).view);
    expect(tracksSetByHand(buildReport(view))).toEqual([]);
    if (view.control === null) throw new Error('expected Control’s desk');
    const reason = 'The table would not accept less.';
    for (const move of [1, 3])
      view.control.overrides.push({
        move,
        at: move,
        kind: 'track',
        target: 'escalation',
        from: 3,
        to: 6,
        reason,
      });
    expect(tracksSetByHand(buildReport(view))).toEqual(['escalation']);
  });
});
