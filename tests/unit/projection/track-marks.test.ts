import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { Condition, Recipient, TrackMark } from '@borderline/shared';
import { trackLeaning } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project, trackThresholds } from '../../../server/src/projection';
import { inJson, label } from './secrets';
import { playRecordedGame, recipientsOf } from './recorded-game';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const recipients = recipientsOf(scenario);

/** "objective washington/w-cut-the-flow fentanyl-flow atMost 4", to compare marks as text. */
const describeMark = (mark: TrackMark) =>
  mark.source.kind === 'objective'
    ? `objective ${mark.source.team}/${mark.source.objective} ${mark.track} ${mark.bound} ${mark.value}`
    : `ending ${mark.source.ending} ${mark.track} ${mark.bound} ${mark.value}`;

/** What the scenario says each recipient may have marked: computed here from the YAML, not by the projection. */
function expectedMarks(recipient: Recipient): string[] {
  const marks: string[] = [];
  for (const team of scenario.teams) {
    if (recipient.kind === 'team' && recipient.team !== team.id) continue;
    if (recipient.kind === 'observer') continue;
    for (const objective of team.objectives) {
      for (const threshold of trackThresholds(objective.target)) {
        marks.push(
          `objective ${team.id}/${objective.id} ${threshold.track} ${threshold.bound} ${threshold.value}`,
        );
      }
    }
  }
  for (const ending of scenario.endings.filter((candidate) => candidate.kind === 'early')) {
    if (recipient.kind !== 'facilitator' && ending.visibility !== 'public') continue;
    for (const threshold of trackThresholds(ending.condition)) {
      marks.push(`ending ${ending.id} ${threshold.track} ${threshold.bound} ${threshold.value}`);
    }
  }
  return marks.sort();
}

describe('track thresholds of a condition', () => {
  const track = (id: string, bounds: { atLeast?: number; atMost?: number }): Condition => ({
    type: 'track',
    track: id,
    ...bounds,
  });

  it('reads a range as its two bounds, each enough alone', () => {
    expect(trackThresholds(track('escalation', { atLeast: 3, atMost: 4 }))).toEqual([
      { track: 'escalation', bound: 'atLeast', value: 3, alone: true, fromMove: null },
      { track: 'escalation', bound: 'atMost', value: 4, alone: true, fromMove: null },
    ]);
  });

  it('says when a part of an "all" needs the others, and from which move it counts', () => {
    const rupture: Condition = {
      type: 'all',
      of: [track('trust', { atMost: 1 }), { type: 'move', atLeast: 2 }],
    };
    expect(trackThresholds(rupture)).toEqual([
      { track: 'trust', bound: 'atMost', value: 1, alone: true, fromMove: 2 },
    ]);
    const capture: Condition = {
      type: 'all',
      of: [track('protection', { atLeast: 9 }), track('capability', { atLeast: 8 })],
    };
    expect(trackThresholds(capture).map((threshold) => threshold.alone)).toEqual([false, false]);
  });

  it('keeps every part of an "any" alone, skips cards, and turns a "not" over', () => {
    const strike: Condition = {
      type: 'any',
      of: [track('escalation', { atLeast: 6 }), { type: 'action', action: 'strike' }],
    };
    expect(trackThresholds(strike)).toEqual([
      { track: 'escalation', bound: 'atLeast', value: 6, alone: true, fromMove: null },
    ]);
    expect(
      trackThresholds({ type: 'not', condition: track('trust', { atLeast: 3, atMost: 6 }) }),
    ).toEqual([
      { track: 'trust', bound: 'atMost', value: 2, alone: true, fromMove: null },
      { track: 'trust', bound: 'atLeast', value: 7, alone: true, fromMove: null },
    ]);
    expect(trackThresholds({ type: 'not', condition: strike })).toEqual([]);
  });
});

describe('thresholds marked on the gauges, per recipient, over a whole game', () => {
  it('sends each recipient exactly the thresholds it may know, at every step', () => {
    let steps = 0;
    playRecordedGame(scenario, 5, ({ input }) => {
      steps += 1;
      for (const recipient of recipients) {
        const view = project(input, recipient);
        const who = `${label(recipient)} at move ${input.context.move}, ${input.context.phase}`;
        expect(view.tracks.marks.map(describeMark).sort(), who).toEqual(expectedMarks(recipient));
      }
    });
    expect(steps).toBeGreaterThan(20);
  });

  it('never gives a team another team’s objective thresholds, public or secret, nor a secret ending’s', () => {
    let checked = 0;
    const secretEndings = scenario.endings.filter((ending) => ending.visibility !== 'public');
    playRecordedGame(scenario, 7, ({ input }) => {
      for (const recipient of recipients.filter((candidate) => candidate.kind !== 'facilitator')) {
        const view = project(input, recipient);
        const own = recipient.kind === 'team' ? recipient.team : null;
        const foreign = view.tracks.marks.filter(({ source }) =>
          source.kind === 'objective'
            ? source.team !== own
            : secretEndings.some((ending) => ending.id === source.ending),
        );
        expect(foreign.map(describeMark), label(recipient)).toEqual([]);
        // Nor another team's objective id anywhere in the marks, however it might be carried.
        const marks = JSON.stringify(view.tracks.marks);
        for (const team of scenario.teams.filter((candidate) => candidate.id !== own)) {
          for (const objective of team.objectives) {
            expect(
              marks.includes(`"${objective.id}"`),
              `${label(recipient)}: ${objective.id}`,
            ).toBe(false);
          }
        }
        for (const ending of secretEndings) {
          expect(marks.includes(inJson(ending.title.en))).toBe(false);
        }
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(60);
  });

  it('marks the first scenario’s public endings and a team’s own secret objective', () => {
    let done = false;
    playRecordedGame(scenario, 3, ({ input }) => {
      if (done) return;
      done = true;
      const washington = project(input, {
        kind: 'team',
        team: 'washington',
        player: 'p-washington',
      });
      const marks = washington.tracks.marks.map(describeMark);
      expect(marks).toContain('ending overt-strike escalation atLeast 6');
      expect(marks).toContain('ending rupture bilateral-trust atMost 1');
      expect(marks).toContain(
        'objective washington/w-break-the-link political-protection atMost 5',
      );
      expect(marks.some((mark) => mark.startsWith('ending narco-state-capture'))).toBe(false);
      const rupture = washington.tracks.marks.find(
        (mark) => mark.source.kind === 'ending' && mark.source.ending === 'rupture',
      );
      expect(rupture?.fromMove).toBe(2);
      const observer = project(input, { kind: 'observer', player: null });
      expect(observer.tracks.marks.every((mark) => mark.source.kind === 'ending')).toBe(true);
      const control = project(input, { kind: 'facilitator' });
      expect(control.tracks.marks.map(describeMark)).toContain(
        'ending narco-state-capture political-protection atLeast 9',
      );
    });
    expect(done).toBe(true);
  });
});

describe('whether a change helps a team, from its own marks', () => {
  const objective = (bound: TrackMark['bound'], value: number, team = 'washington'): TrackMark => ({
    track: 'fentanyl-flow',
    bound,
    value,
    alone: true,
    fromMove: null,
    source: { kind: 'objective', team, objective: 'w-cut-the-flow' },
  });
  const ending: TrackMark = {
    track: 'fentanyl-flow',
    bound: 'atLeast',
    value: 9,
    alone: true,
    fromMove: null,
    source: { kind: 'ending', ending: 'flood', title: { en: 'Flood' } },
  };

  it('is neutral without an objective of the team’s on the track, and for Control', () => {
    expect(trackLeaning([ending], 'washington', 'fentanyl-flow', 7, 6)).toBe('neutral');
    expect(trackLeaning([objective('atMost', 4)], null, 'fentanyl-flow', 7, 6)).toBe('neutral');
    expect(
      trackLeaning([objective('atMost', 4, 'cartels')], 'washington', 'fentanyl-flow', 7, 6),
    ).toBe('neutral');
    expect(trackLeaning([objective('atMost', 4)], 'washington', 'escalation', 3, 4)).toBe(
      'neutral',
    );
  });

  it('follows a one-sided objective: lower helps a team that wants the track low', () => {
    const marks = [objective('atMost', 4)];
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 7, 6)).toBe('helps');
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 3, 2)).toBe('helps');
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 6, 7)).toBe('hurts');
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 6, 6)).toBe('neutral');
  });

  it('follows a range: towards it helps, out of it hurts, within it is neutral', () => {
    const marks = [objective('atLeast', 3), objective('atMost', 4)];
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 1, 2)).toBe('helps');
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 6, 5)).toBe('helps');
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 4, 5)).toBe('hurts');
    expect(trackLeaning(marks, 'washington', 'fentanyl-flow', 3, 4)).toBe('neutral');
    expect(
      trackLeaning(
        [objective('atLeast', 6), objective('atMost', 4)],
        'washington',
        'fentanyl-flow',
        7,
        6,
      ),
    ).toBe('neutral');
  });
});
