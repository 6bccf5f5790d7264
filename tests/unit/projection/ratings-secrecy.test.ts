import type { TeamRating } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { atDecisions, control, everyoneButControl, inputOf } from './synthetic-state';

const NOTE = 'Pressed for joint raids without a counter-offer: evaluator only.';
const ratings: TeamRating[] = [
  { team: 'washington', objective: 'escalation-awareness', level: 'developing', note: NOTE, at: 1 },
  { team: 'mexico-city', objective: 'securitization', level: 'proficient', note: null, at: 2 },
];

/** Control's ratings and evaluator notes judge the teams: only Control's view carries them. */
describe('the ratings in the projection', () => {
  const context = atDecisions().context;
  const input = { ...inputOf(context), ratings };

  it('gives Control every rating with its note, and the rubrics to rate on', () => {
    const view = project(input, control);
    expect(view.control?.ratings).toEqual(ratings);
    expect(view.control?.rubrics.map((rubric) => rubric.objective)).toEqual([
      'securitization',
      'coercive-interdependence',
      'cooperation-under-pressure',
      'escalation-awareness',
    ]);
  });

  it('never gives a team or an observer a rating, a level or a note, their own team’s included', () => {
    for (const recipient of everyoneButControl) {
      const payload = JSON.stringify(project(input, recipient));
      expect(payload).not.toContain(NOTE);
      expect(payload).not.toContain('"ratings"');
      expect(payload).not.toContain('"developing"');
    }
  });
});
