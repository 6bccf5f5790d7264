import type { ExerciseContext } from '../../../server/src/engine';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import {
  atDecisions,
  control,
  inputOf,
  mexico,
  observer,
  scenario,
  T0,
  washington,
} from './synthetic-state';

describe('project: teams, the end of play and the desk', () => {
  const base = atDecisions().context;

  it('gives a team its secrets and its hand, objectives without their conditions', () => {
    const view = project(inputOf(base), washington);
    const team = scenario.teams.find((candidate) => candidate.id === 'washington');
    expect(view.team?.secretBriefing).toEqual(team?.secretBriefing);
    expect(view.team?.objectives).toHaveLength(team?.objectives.length ?? 0);
    expect(view.team?.isLead).toBe(true);
    expect(view.team?.cards.map((card) => card.id)).toContain('covert-drone-strike');
    expect(view.team?.cards.every((card) => card.prerequisitesMet !== undefined)).toBe(true);
    expect(view.team?.uses['covert-drone-strike']).toBe(0);
    expect(project(inputOf(base), mexico).team?.isLead).toBe(false);
    expect(project(inputOf(base), observer).team).toBeNull();
    const others = view.scenario.teams.find((candidate) => candidate.id === 'cartels');
    expect(others?.objectives.every((objective) => objective.visibility === 'public')).toBe(true);
  });

  it('shows every objective and the scores to all once the play is over, but not the briefings', () => {
    const over: ExerciseContext = { ...base, phase: 'hotwash', scores: [] };
    const view = project(inputOf(over), observer);
    const cartelsTeam = view.scenario.teams.find((candidate) => candidate.id === 'cartels');
    expect(cartelsTeam?.objectives.some((objective) => objective.visibility === 'secret')).toBe(
      true,
    );
    expect(view.scores).toEqual([]);
    const secret = scenario.teams.find((t) => t.id === 'cartels')?.secretBriefing.en ?? '';
    expect(JSON.stringify(view)).not.toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('reads no clock: the timer’s remaining time comes from `now`', () => {
    const view = project(inputOf(base, ['timed', 'accepting-decisions']), observer);
    expect(view.exercise.timer?.status).toBe('running');
    expect(view.exercise.timer?.remainingMs).toBe(
      (view.exercise.timer?.deadline ?? 0) - (T0 + 10_000),
    );
    expect(view.exercise.turn).toEqual({
      mode: 'sequential',
      order: ['washington', 'mexico-city', 'cartels'],
      current: 'washington',
      pending: ['washington', 'mexico-city', 'cartels'],
      teams: [
        { team: 'washington', state: 'deciding' },
        { team: 'mexico-city', state: 'waiting' },
        { team: 'cartels', state: 'waiting' },
      ],
    });
    expect(view.seats).toEqual({ washington: 'human', 'mexico-city': 'human', cartels: 'bot' });
    expect(view.exercise.tags).toEqual(['timed', 'accepting-decisions']);
  });

  it('is pure: the same view twice, and the input left untouched', () => {
    const input = inputOf(base);
    const before = JSON.stringify(input);
    expect(project(input, control)).toEqual(project(input, control));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('gives Control the desk: the whole deck, the log and participation', () => {
    const chat = [
      {
        id: 'c1',
        channel: 'team:washington',
        sender: 'p-w',
        senderName: 'Wendy',
        text: 'hi',
        at: T0,
        move: 1,
        phase: 'decisions',
      },
    ];
    const start = { type: 'facilitator.start' as const, at: T0 };
    const log = [
      { seq: 3, at: T0, move: 0, phase: 'lobby' as const, paused: false, event: start },
    ].map((entry) => ({ ...entry, sender: { kind: 'facilitator' as const } }));
    const view = project({ ...inputOf(base), chat, log }, control);
    expect(view.control?.injectDeck).toHaveLength(scenario.injects.length);
    expect(view.control?.log).toEqual(log);
    expect(view.control?.log.map((entry) => entry.event.type)).toContain('facilitator.start');
    expect(view.control?.participation['p-w']).toEqual({
      messages: 1,
      drafts: 0,
      decisions: 0,
      reflections: 0,
    });
    expect(view.channels.every((channel) => channel.canWrite)).toBe(true);
    const given = { 'p-w': { messages: 9, drafts: 3, decisions: 2, reflections: 1 } };
    expect(
      project({ ...inputOf(base), participation: given }, control).control?.participation,
    ).toEqual(given);
  });

  it('gives observers the broadcast channel only, read-only', () => {
    const view = project(inputOf(base), observer);
    expect(view.channels.map((channel) => [channel.key, channel.canWrite])).toEqual([
      ['broadcast', false],
    ]);
    expect(view.control).toBeNull();
  });
});
