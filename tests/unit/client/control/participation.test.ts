import type { ParticipationCounts, RosterEntry } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  summarizeParticipation,
  type ParticipationFlag,
} from '../../../../client/src/screens/control/console/participation';

const person = (id: string, team: string | null, isBot = false): RosterEntry => ({
  id,
  name: id.toUpperCase(),
  team,
  isLead: false,
  isBot,
  connected: true,
});
const did = (
  messages: number,
  drafts = 0,
  decisions = 0,
  reflections = 0,
): ParticipationCounts => ({
  messages,
  drafts,
  decisions,
  reflections,
});
const flags = (summary: ReturnType<typeof summarizeParticipation>) =>
  Object.fromEntries(summary.rows.map((row) => [row.id, row.flag])) as Record<
    string,
    ParticipationFlag
  >;

describe('who is left out, and who carries a team', () => {
  const roster = [
    person('ana', 'washington'),
    person('ben', 'washington'),
    person('cleo', 'washington'),
    person('dan', 'mexico-city'),
    person('eva', null),
    person('bot', 'cartels', true),
  ];

  it('leaves nobody out while nobody has done anything: everybody is "not yet"', () => {
    const summary = summarizeParticipation(roster, {}, (id) => id);
    expect(flags(summary)).toEqual({
      ana: 'not-yet',
      ben: 'not-yet',
      cleo: 'not-yet',
      dan: 'not-yet',
      eva: 'observer',
    });
    expect(summary.started).toBe(false);
    expect(summary.leftOut).toEqual([]);
    expect(summary.idle.map((row) => row.id)).toEqual(['ana', 'ben', 'cleo', 'dan']);
  });

  it('leaves nobody out before the team has counted five things done', () => {
    const summary = summarizeParticipation(roster, { ana: did(2, 1, 1) }, (id) => id);
    expect(flags(summary)).toMatchObject({ ana: 'taking-part', ben: 'not-yet', cleo: 'not-yet' });
    expect(summary.started).toBe(true);
    expect(summary.leftOut).toEqual([]);
  });

  it('once the team is under way, leaves out whoever does less than a tenth of it', () => {
    const summary = summarizeParticipation(
      roster,
      { ana: did(10, 2, 1), ben: did(6), cleo: did(1) },
      (id) => id,
    );
    // 20 in all: Cleo's 1 is 5%, Ana's 13 is 65% (not yet carrying).
    expect(flags(summary)).toMatchObject({
      ana: 'taking-part',
      ben: 'taking-part',
      cleo: 'left-out',
    });
    expect(summary.leftOut.map((row) => row.id)).toEqual(['cleo']);
    expect(summary.rows.find((row) => row.id === 'cleo')?.share).toBeCloseTo(0.05);
  });

  it('flags a member doing 70% or more of an under-way team as carrying it', () => {
    const summary = summarizeParticipation(roster, { ana: did(8), ben: did(2) }, (id) => id);
    expect(flags(summary)).toMatchObject({ ana: 'carrying', ben: 'taking-part', cleo: 'left-out' });
    expect(summary.carrying.map((row) => row.id)).toEqual(['ana']);
  });

  it('never leaves out the only person of a team, nor an observer', () => {
    const summary = summarizeParticipation(roster, { dan: did(9), eva: did(0) }, (id) => id);
    expect(flags(summary)).toMatchObject({ dan: 'alone', eva: 'observer' });
  });

  it('counts reflections out (they come after the play) and keeps people no longer seated', () => {
    const summary = summarizeParticipation(
      roster,
      { ana: did(0, 0, 0, 3), gone: did(4) },
      (id) => `name of ${id}`,
    );
    expect(summary.rows.find((row) => row.id === 'ana')?.total).toBe(0);
    expect(summary.rows.find((row) => row.id === 'gone')).toMatchObject({
      name: 'name of gone',
      team: null,
      flag: 'observer',
    });
    // Bots are not people: they take no part in the counts.
    expect(summary.rows.some((row) => row.id === 'bot')).toBe(false);
  });
});
