import {
  buildReport,
  keyDecisions,
  momentsOf,
  turningPoints,
  type MoveChangeList,
  type ReportCause,
  type ReportTrack,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { reportGame, SEEDS } from './support/report-games';

const track = (id: string, min: number, max: number): ReportTrack => ({
  id,
  name: { en: id },
  min,
  max,
  start: min,
  steps: null,
});
const TRACKS = [track('escalation', 0, 6), track('trust', 0, 10)];

const action = (id: string, team: string): ReportCause => ({
  kind: 'action',
  action: id,
  team,
  card: { id: `card-${id}`, name: { en: `Card ${id}` } },
  freeform: null,
  outcome: 'success',
});
const change = (cause: ReportCause, trackId: string, from: number, to: number) => ({
  track: trackId,
  from,
  to,
  cause,
  stage: 'adjudication' as const,
});

const a1 = action('a1', 'washington');
const a2 = action('a2', 'cartels');
const a3 = action('a3', 'mexico-city');
const inject: ReportCause = { kind: 'inject', inject: 'i1', title: { en: 'A leak' } };
const dynamic: ReportCause = { kind: 'dynamic', dynamic: 'drift', text: { en: 'Drift' } };
const override: ReportCause = { kind: 'override', reason: 'The seminar asked what if.' };
const dilemma: ReportCause = {
  kind: 'dilemma',
  team: 'mexico-city',
  option: 'protest',
  label: { en: 'Protest' },
};

const GAME: MoveChangeList[] = [
  {
    move: 1,
    changes: [
      { ...change(inject, 'trust', 5, 7), stage: 'release' },
      change(a1, 'trust', 7, 6), // a cost...
      change(a1, 'escalation', 2, 3), // ...and two effects on one track: one net change
      change(a1, 'escalation', 3, 4),
      change(dynamic, 'trust', 6, 2),
    ],
  },
  {
    move: 2,
    changes: [
      change(a2, 'escalation', 4, 6),
      // A cost and an effect that cancel out: the action moved nothing on balance.
      change(a3, 'trust', 2, 3),
      change(a3, 'trust', 3, 2),
      change(override, 'escalation', 6, 5),
      { ...change(dilemma, 'escalation', 5, 3), stage: 'dilemma' },
    ],
  },
];

describe('the moments that moved the tracks', () => {
  const moments = momentsOf(GAME, TRACKS);

  it('groups each action’s, inject’s, answer’s and override’s changes, nets them per track, and leaves out the world’s dynamics', () => {
    expect(moments.map((moment) => [moment.move, moment.cause.kind])).toEqual([
      [1, 'inject'],
      [1, 'action'],
      [2, 'action'],
      [2, 'override'],
      [2, 'dilemma'],
    ]);
    const first = moments[1];
    expect(first?.cause).toEqual(a1);
    expect(first?.changes).toEqual([
      { track: 'trust', from: 7, to: 6 },
      { track: 'escalation', from: 2, to: 4 },
    ]);
    expect(moments.some((moment) => moment.cause === a3)).toBe(false);
  });

  it('measures each change as a share of its track’s range, added up', () => {
    expect(moments.map((moment) => moment.shift)).toEqual([0.2, 0.433, 0.333, 0.167, 0.333]);
  });

  it('names the three that moved the tracks furthest, largest first, ties in the order of play', () => {
    expect(turningPoints(moments).map((moment) => [moment.move, moment.cause.kind])).toEqual([
      [1, 'action'],
      [2, 'action'],
      [2, 'dilemma'],
    ]);
    expect(turningPoints([])).toEqual([]);
  });

  it('gives each team its actions that moved the tracks furthest, at most three, in the order of play', () => {
    const shifts = [1, 3, 2, 4];
    const busy = momentsOf(
      shifts.map((steps, index) => ({
        move: index + 1,
        changes: [change(action(`w${index}`, 'washington'), 'trust', 0, steps)],
      })),
      TRACKS,
    );
    const [washington] = keyDecisions(busy, ['washington']);
    expect(washington?.team).toBe('washington');
    expect(washington?.decisions.map((moment) => moment.move)).toEqual([2, 3, 4]);
    const [, mexico, cartels] = keyDecisions(moments, ['washington', 'mexico-city', 'cartels']);
    expect(mexico).toEqual({ team: 'mexico-city', decisions: [] });
    expect(cartels?.decisions.map((moment) => moment.cause)).toEqual([a2]);
  });
});

describe('the turning points of a played game', () => {
  const report = buildReport(reportGame(SEEDS.final).view);
  const { turningPoints: points, keyDecisions: teams } = report.summary;

  it('are three moments of the scored moves, each found in its move of the timeline', () => {
    expect(points).toHaveLength(3);
    points.slice(1).forEach((point, index) => {
      expect(point.shift).toBeLessThanOrEqual(points[index]?.shift ?? 0);
    });
    for (const point of points) {
      const move = report.timeline.find((entry) => entry.move === point.move);
      expect(move?.practice).toBe(false);
      const { cause } = point;
      if (cause.kind === 'action') {
        const played = move?.decisions.flatMap((decision) => decision.actions);
        expect(played?.some((entry) => entry.id === cause.action)).toBe(true);
      } else if (cause.kind === 'inject') {
        const triggered = move?.decisions
          .flatMap((decision) => decision.actions)
          .flatMap((entry) => entry.result?.triggers ?? []);
        const released = [...(move?.injects ?? []), ...(triggered ?? [])];
        expect(released.some((entry) => entry.id === cause.inject)).toBe(true);
      }
      expect(point.changes.length).toBeGreaterThan(0);
    }
  });

  it('give every team its key decisions, its own actions only', () => {
    expect(teams.map((entry) => entry.team)).toEqual(report.teams.map((entry) => entry.id));
    for (const entry of teams) {
      expect(entry.decisions.length).toBeLessThanOrEqual(3);
      for (const decision of entry.decisions) {
        expect(decision.cause).toMatchObject({ kind: 'action', team: entry.team });
      }
    }
    expect(teams.some((entry) => entry.decisions.length > 0)).toBe(true);
  });
});
