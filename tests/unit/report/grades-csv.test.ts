import { gradeRows, gradesCsv, neutraliseFormula, type ExerciseView } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { atDecisions, control, inputOf, washington } from '../projection/synthetic-state';

const context = atDecisions().context;
const withRatings = {
  ...inputOf(context),
  ratings: [
    {
      team: 'washington',
      objective: 'coercive-interdependence',
      level: 'exemplary',
      note: 'Unused here.',
      at: 1,
    },
  ],
};
const controlView: ExerciseView = project(withRatings, control);

describe('the grades', () => {
  it('rows every student seated in a team per objective, leaving out bots and observers', () => {
    const rows = gradeRows(controlView, 'en');
    // Wendy (Washington) and Mateo (Mexico City); the cartels' bot and Olga the observer are not graded.
    expect([...new Set(rows.map((row) => row.student))]).toEqual(['Wendy', 'Mateo']);
    expect(rows).toHaveLength(2 * 4);
    expect(rows[1]).toMatchObject({
      student: 'Wendy',
      team: 'Washington',
      rubricLevel: 4,
      rubricLevelName: 'Exemplary',
      knowledgeCheckBefore: null,
      knowledgeCheckAfter: null,
      reflectionSubmitted: false,
    });
    expect(rows[0]).toMatchObject({ rubricLevel: null, rubricLevelName: '' });
  });

  it('is empty for a view without Control’s desk', () => {
    expect(gradeRows(project(withRatings, washington), 'en')).toEqual([]);
  });

  it('prefixes every cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Ana', '1', "'quoted", 'a=b', ''])
      expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('writes Spanish headers and levels, quoting cells with commas', () => {
    const csv = gradesCsv(controlView, 'es');
    expect(csv.startsWith('\uFEFFEstudiante,Equipo,')).toBe(true);
    expect(csv).toContain(',4,Sobresaliente,,,no\r\n');
    expect(csv.split('\r\n')[1]).toMatch(/^Wendy,Washington,"Explicar cómo/);
  });
});

describe('the grades’ knowledge-check columns', () => {
  it('hold each student’s correct answers before the first move and in the debrief', () => {
    const check = controlView.knowledgeCheck;
    const results = check?.results;
    const wendy = controlView.roster.find((entry) => entry.name === 'Wendy');
    if (check == null || results == null || wendy === undefined) {
      throw new Error('the fixture has no knowledge check for Control');
    }
    const sat: ExerciseView = {
      ...controlView,
      knowledgeCheck: {
        ...check,
        results: {
          ...results,
          players: [
            {
              player: wendy.id,
              team: 'washington',
              before: { correct: 3, total: 7 },
              after: { correct: 6, total: 7 },
            },
          ],
        },
      },
    };
    const rows = gradeRows(sat, 'en');
    const wendys = rows.filter((row) => row.student === 'Wendy');
    expect(wendys).toHaveLength(4);
    for (const row of wendys) {
      expect([row.knowledgeCheckBefore, row.knowledgeCheckAfter]).toEqual([3, 6]);
    }
    expect(rows.find((row) => row.student === 'Mateo')).toMatchObject({
      knowledgeCheckBefore: null,
      knowledgeCheckAfter: null,
    });
    expect(gradesCsv(sat, 'en').split('\r\n')[1]).toMatch(/^Wendy,Washington,.*,3,6,no$/);
  });
});
