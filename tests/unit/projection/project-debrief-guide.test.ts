import type { DebriefStage, ExerciseView, Recipient } from '@borderline/shared';
import { DEBRIEF_STAGES } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../server/src/engine';
import { project } from '../../../server/src/projection';
import {
  atDecisions,
  cartels,
  control,
  covertDrone,
  decision,
  everyone,
  everyoneButControl,
  inputOf,
  mexico,
  observer,
  scenario,
  T0,
  washington,
} from './synthetic-state';

const guide = scenario.debriefGuide;
if (guide === undefined) throw new Error('the first scenario has a debrief guide');

/** The first scenario in its hotwash after the play ended in `move` with `ending`. */
function hotwash(ending: string, move: number, patch: Partial<ExerciseContext> = {}) {
  const base = atDecisions().context;
  const context: ExerciseContext = {
    ...base,
    phase: 'hotwash',
    move,
    scores: [],
    ending: { id: ending, kind: 'early', trace: null, move, at: T0, reason: null, dilemma: null },
    ...patch,
  };
  return inputOf(context, ['timed', 'accepting-reflections']);
}

const asked = (view: ExerciseView, stage: DebriefStage) =>
  (view.debrief?.[stage].guide ?? []).map((question) => question.id);

describe('the debrief guide in every view', () => {
  it('is absent until the play is over', () => {
    const input = inputOf(atDecisions().context);
    for (const recipient of everyone) expect(project(input, recipient).debrief).toBeNull();
  });

  it('asks the questions for the ending reached and the moves never played, by priority', () => {
    const strikeInMove3 = project(hotwash('overt-strike', 3), control);
    expect(asked(strikeInMove3, 'what')).toContain('walk-back-from-the-strike');
    expect(asked(strikeInMove3, 'meaning')).toEqual(
      expect.arrayContaining([
        'accept-or-denounce-for-real',
        'prosecution-never-reached',
        'margin-never-reached',
      ]),
    );
    expect(asked(strikeInMove3, 'takeaway')).toContain('first-step-in-the-unplayed-moves');
    for (const stage of DEBRIEF_STAGES) {
      const priorities = strikeInMove3.debrief?.[stage].guide.map((question) => question.priority);
      expect(priorities).toEqual([...(priorities ?? [])].sort((a, b) => a - b));
    }
    expect(strikeInMove3.debrief?.meaning.guide[1]).toMatchObject({
      id: 'accept-or-denounce-for-real',
      asked: 'ending',
    });

    const compactAfterMove5 = project(
      hotwash('security-compact', 5, {
        injects: [
          ...atDecisions().context.injects,
          {
            inject: 'allegations-at-the-top',
            move: 4,
            at: T0,
            cause: { kind: 'scheduled' },
            changes: [],
          },
        ],
      }),
      control,
    );
    for (const stage of DEBRIEF_STAGES) {
      const ids = asked(compactAfterMove5, stage);
      expect(ids).not.toContain('walk-back-from-the-strike');
      expect(ids).not.toContain('accept-or-denounce-for-real');
      expect(ids).not.toContain('prosecution-never-reached');
      expect(ids).not.toContain('margin-never-reached');
      expect(ids).not.toContain('first-step-in-the-unplayed-moves');
    }
    expect(asked(compactAfterMove5, 'meaning')).toContain('compact-conditions');
    // Every question without `when` is asked whatever happened.
    for (const stage of DEBRIEF_STAGES) {
      for (const question of guide[stage].filter((candidate) => candidate.when === undefined)) {
        expect(asked(compactAfterMove5, stage)).toContain(question.id);
      }
    }
  });

  it('gives Control the facilitator notes and nobody else, in any language', () => {
    const input = hotwash('overt-strike', 3);
    const controlView = project(input, control);
    const what = controlView.debrief?.what.guide[0];
    expect(what?.notes?.en).toMatch(/Listen for/);
    const notes = DEBRIEF_STAGES.flatMap((stage) => guide[stage]).flatMap((question) => [
      question.notes.en,
      question.notes.es ?? '',
    ]);
    for (const recipient of everyoneButControl) {
      const view = project(input, recipient);
      expect(asked(view, 'what').length).toBeGreaterThan(0);
      for (const stage of DEBRIEF_STAGES) {
        for (const question of view.debrief?.[stage].guide ?? []) expect(question.notes).toBeNull();
      }
      const json = JSON.stringify(view);
      const leaked = notes.filter((note) => json.includes(JSON.stringify(note).slice(1, -1)));
      expect(leaked, label(recipient)).toEqual([]);
    }
  });

  it('keeps a question about a covert card with Control and its team until the card is revealed', () => {
    const strike = (revealed: boolean) =>
      hotwash('cartels-adapt', 5, {
        decisions: [decision('washington', 1, [{ ...covertDrone, revealed }])],
        outcomes: [
          { move: 1, team: 'washington', card: 'covert-drone-strike', outcome: 'success' },
        ],
      });
    const hidden = strike(false);
    expect(asked(project(hidden, control), 'why')).toContain('strike-nobody-saw');
    expect(asked(project(hidden, washington), 'why')).toContain('strike-nobody-saw');
    for (const recipient of [mexico, cartels, observer]) {
      const view = project(hidden, recipient);
      expect(asked(view, 'why'), label(recipient)).not.toContain('strike-nobody-saw');
      expect(JSON.stringify(view)).not.toContain('strike-nobody-saw');
    }
    const revealed = strike(true);
    for (const recipient of everyone)
      expect(asked(project(revealed, recipient), 'why')).toContain('strike-nobody-saw');
  });

  it('follows with the questions of the released cards the recipient may read', () => {
    const input = hotwash('overt-strike', 3, {
      injects: [
        ...atDecisions().context.injects,
        {
          inject: 'the-2016-precedent',
          move: 3,
          at: T0,
          cause: { kind: 'scheduled' },
          changes: [],
        },
      ],
    });
    const precedent = scenario.injects.find((inject) => inject.id === 'the-2016-precedent');
    const question = precedent?.questions[0]?.text.en;
    const cardTexts = (recipient: Recipient) =>
      (project(input, recipient).debrief?.meaning.cards ?? []).map((card) => card.text.en);
    expect(cardTexts(control)).toContain(question);
    expect(cardTexts(mexico)).toContain(question);
    expect(cardTexts(washington)).not.toContain(question);
    expect(cardTexts(observer)).not.toContain(question);
    const texts = cardTexts(control);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

function label(recipient: Recipient): string {
  return recipient.kind === 'team' ? recipient.team : recipient.kind;
}
