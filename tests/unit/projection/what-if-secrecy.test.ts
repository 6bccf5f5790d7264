import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { Decision, Recipient, WhatIfAnalysis } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { indexScenario, type ExerciseContext } from '../../../server/src/engine';
import { whatIfFor } from '../../../server/src/exercises/what-if-reader';
import { project, projectWhatIf, type ProjectionInput } from '../../../server/src/projection';
import { analyseWhatIf } from '../../../server/src/what-if';
import { playerOf, playRecordedGame, recipientsOf } from './recorded-game';
import { readableInView } from './what-if-in-view';

/**
 * Choices versus dice, read by a player in the hotwash and after the end,
 * names nothing of another team that the player's own view keeps hidden at
 * that time: in the recorded game Mexico City plays a covert free-form
 * action in move 2 (its roll names no card), and covert cards are played,
 * some revealed by their outcome. Every branch is kept (many rolls and
 * decisions per team, few continuations), so that each is put to the test.
 */
const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const index = indexScenario(scenario);
/** Seeds whose games hold a covert free-form roll, and covert cards revealed and not. */
const SEEDS = [3, 7, 10];
const EVERY_BRANCH = { continuations: 2, pilot: 1, rolls: 100, decisionsPerTeam: 100 };

interface Played {
  seed: number;
  analysis: WhatIfAnalysis;
  /** The state when the hotwash opened, and at the end. */
  hotwash: ProjectionInput;
  ended: ProjectionInput;
}

function play(seed: number): Played {
  let hotwash: ProjectionInput | undefined;
  let ended: ProjectionInput | undefined;
  playRecordedGame(scenario, seed, (step) => {
    if (step.exercise.phase === 'hotwash') hotwash ??= step.input;
    ended = step.input;
  });
  if (hotwash === undefined || ended === undefined) throw new Error(`seed ${seed} never ended`);
  const events = ended.log.map((entry) => entry.event);
  const analysis = analyseWhatIf(scenario, { seed }, events, EVERY_BRANCH);
  if (analysis === null) throw new Error(`seed ${seed}: no analysis`);
  return { seed, analysis, hotwash, ended };
}

const games = SEEDS.map(play);

const players = recipientsOf(scenario).filter(
  (recipient): recipient is Exclude<Recipient, { kind: 'facilitator' }> =>
    recipient.kind !== 'facilitator',
);

describe('choices versus dice, as each recipient may read it', () => {
  it('plays games that hold what must be tested: a covert free-form roll, covert cards revealed and not', () => {
    for (const { analysis, ended } of games) {
      const covertFreeform = ended.context.decisions.find(
        (decision) => decision.move === 2 && decision.team === 'mexico-city',
      )?.actions[0];
      expect(covertFreeform).toMatchObject({ card: null, visibility: 'covert', revealed: false });
      expect(
        analysis.rolls.some((branch) => branch.team === 'mexico-city' && branch.card === null),
      ).toBe(true);
      expect(
        analysis.decisions.some(
          (branch) => branch.team === 'mexico-city' && branch.chosen.kind === 'freeform',
        ),
      ).toBe(true);
    }
    const covert = games.flatMap(({ ended }) =>
      ended.context.decisions.flatMap((decision) =>
        decision.actions.filter((action) => action.visibility === 'covert' && action.card !== null),
      ),
    );
    expect(covert.some((action) => action.revealed)).toBe(true);
    expect(covert.some((action) => !action.revealed)).toBe(true);
  });

  it('keeps another team’s covert free-form roll and decision from every other player', () => {
    for (const { analysis, hotwash, ended } of games) {
      for (const input of [hotwash, ended]) {
        for (const recipient of players.filter(
          (entry) => entry.kind !== 'team' || entry.team !== 'mexico-city',
        )) {
          const read = projectWhatIf(index, input.context, analysis, recipient);
          const freeformRoll = read.rolls.filter(
            (branch) => branch.team === 'mexico-city' && branch.card === null,
          );
          const freeformDecision = read.decisions.filter(
            (branch) => branch.team === 'mexico-city' && branch.chosen.kind === 'freeform',
          );
          expect(freeformRoll, JSON.stringify(recipient)).toEqual([]);
          expect(freeformDecision, JSON.stringify(recipient)).toEqual([]);
        }
        const own = projectWhatIf(index, input.context, analysis, {
          kind: 'team',
          team: 'mexico-city',
          player: playerOf('mexico-city'),
        });
        expect(
          own.rolls.some((branch) => branch.card === null && branch.team === 'mexico-city'),
        ).toBe(true);
      }
    }
  });

  it('gives each player exactly the branches their own view shows, in the hotwash and after the end', () => {
    for (const { seed, analysis, hotwash, ended } of games) {
      for (const input of [hotwash, ended]) {
        for (const recipient of players) {
          const view = project(input, recipient);
          const read = projectWhatIf(index, input.context, analysis, recipient);
          const label = `seed ${seed}, ${input.context.phase}, ${JSON.stringify(recipient)}`;
          expect(read.rolls, label).toEqual(analysis.rolls.filter((b) => readableInView(view, b)));
          expect(read.decisions, label).toEqual(
            analysis.decisions.filter((b) => readableInView(view, b)),
          );
          const named = new Set([
            ...read.rolls.map((b) => b.card),
            ...read.decisions.flatMap((b) => [...b.chosen.cards, ...b.alternative.cards]),
          ]);
          expect(
            Object.keys(read.names.cards).every((card) => named.has(card)),
            label,
          ).toBe(true);
          const known = new Set(view.scenario.cards.map((card) => card.id));
          expect(
            Object.keys(read.names.cards).every((card) => known.has(card)),
            label,
          ).toBe(true);
        }
      }
    }
  });

  it('still shows another team’s public and revealed branches: the secrecy hides no more than the view', () => {
    const revealedShown = games.some(({ analysis, ended }) =>
      projectWhatIf(index, ended.context, analysis, {
        kind: 'team',
        team: 'mexico-city',
        player: playerOf('mexico-city'),
      }).rolls.some((branch) => {
        const card = branch.card === null ? undefined : index.cards.get(branch.card);
        return branch.team !== 'mexico-city' && card?.visibility === 'covert';
      }),
    );
    expect(revealedShown).toBe(true);
    for (const { analysis, ended } of games) {
      const observer = projectWhatIf(index, ended.context, analysis, {
        kind: 'observer',
        player: null,
      });
      expect(observer.rolls.length).toBeGreaterThan(0);
    }
  });

  it('keeps back another team’s hold, and a decision with a hidden covert card, as the view does', () => {
    const [game] = games;
    if (game === undefined) throw new Error('no game');
    const { analysis, ended } = game;
    const washington = {
      kind: 'team',
      team: 'washington',
      player: playerOf('washington'),
    } as const;
    const shown = projectWhatIf(index, ended.context, analysis, washington).decisions.find(
      (branch) => branch.team !== 'washington',
    );
    if (shown === undefined) throw new Error('no other team’s decision is readable');
    const edited = (edit: (decision: Decision) => Decision): ExerciseContext => ({
      ...ended.context,
      decisions: ended.context.decisions.map((decision) =>
        decision.move === shown.move && decision.team === shown.team ? edit(decision) : decision,
      ),
    });
    // The same branch, had the team held: from outside a hold looks like covert actions only.
    const held = edited((decision) => ({ ...decision, kind: 'hold', actions: [] }));
    // Or had one of its actions stayed covert: the branch would name it.
    const partlyCovert = edited((decision) => ({
      ...decision,
      actions: decision.actions.map((action, position) =>
        position === 0 ? { ...action, visibility: 'covert', revealed: false } : action,
      ),
    }));
    for (const context of [held, partlyCovert]) {
      const read = projectWhatIf(index, context, analysis, washington);
      expect(read.decisions).not.toContainEqual(shown);
    }
  });

  it('serves Control all of it, and a player all of it once Control reveals the teams’ secrets', () => {
    const [game] = games;
    if (game === undefined) throw new Error('no game');
    const { analysis, ended } = game;
    const ready = { status: 'ready', analysis } as const;
    const washington = {
      kind: 'player',
      playerId: playerOf('washington'),
      team: 'washington',
    } as const;
    expect(whatIfFor(scenario, ended.context, ready, { kind: 'facilitator' }, false)).toEqual(
      ready,
    );
    expect(whatIfFor(scenario, ended.context, ready, washington, true)).toEqual(ready);
    const hidden = whatIfFor(scenario, ended.context, ready, washington, false);
    expect(hidden).toEqual({
      status: 'ready',
      analysis: projectWhatIf(index, ended.context, analysis, {
        kind: 'team',
        team: 'washington',
        player: playerOf('washington'),
      }),
    });
    expect(hidden).not.toEqual(ready);
    const computing = { status: 'computing' } as const;
    expect(whatIfFor(scenario, ended.context, computing, washington, false)).toEqual(computing);
  });
});
