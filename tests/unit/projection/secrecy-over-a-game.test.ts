import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { ExerciseView, Recipient } from '@borderline/shared';
import { mayReadChannel } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { indexScenario, type ExerciseContext } from '../../../server/src/engine';
import { project } from '../../../server/src/projection';
import { marker, playRecordedGame, recipientsOf, type GameStep } from './recorded-game';
import { forbiddenFor, inJson, label, missing, present, requiredForControl } from './secrets';

/**
 * Whole games of the first scenario, bots in every seat, Control running it:
 * at every step, every recipient's payload is searched for every secret it
 * must not hold, and checked for what it must hold.
 */
const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const index = indexScenario(scenario);
const recipients = recipientsOf(scenario);
/** Seeds chosen to cover five full moves, a dilemma, and covert actions revealed by their outcome. */
const SEEDS = [3, 5, 7, 10];

const teamOf = (recipient: Recipient) => (recipient.kind === 'team' ? recipient.team : null);

/** Structural rules of a non-Control view: nothing hidden is merely flagged. */
function structuralProblems(view: ExerciseView, recipient: Recipient): string[] {
  const own = teamOf(recipient);
  const problems: string[] = [];
  if (view.control !== null) problems.push('control desk sent');
  for (const decision of view.decisions.filter((candidate) => candidate.team !== own)) {
    if (decision.rationale !== null) problems.push(`rationale of ${decision.team}`);
    if (decision.holdReason !== null) problems.push(`hold reason of ${decision.team}`);
    decision.actions.forEach((action, position) => {
      if (action.visibility === 'covert' && !action.revealed) problems.push(`covert ${action.id}`);
      if (action.id !== `m${decision.move}-${decision.team}-${position}`) {
        problems.push(`action id ${action.id} betrays its position`);
      }
    });
  }
  for (const adjudication of view.adjudications) {
    if (adjudication.inputs !== null) problems.push(`inputs of move ${adjudication.move}`);
    for (const result of adjudication.results.filter((candidate) => candidate.team !== own)) {
      if (result.visibility === 'covert' && !result.reveals)
        problems.push(`covert result ${result.id}`);
    }
  }
  for (const inject of view.injects) {
    if (inject.audience !== 'all' && (own === null || !inject.audience.includes(own))) {
      problems.push(`inject ${inject.id}`);
    }
  }
  for (const message of view.chat) {
    if (!mayReadChannel(scenario, recipient, message.channel))
      problems.push(`chat ${message.channel}`);
  }
  // Conditions may name covert cards: players get the words, never the conditions.
  for (const team of view.scenario.teams) {
    if (team.objectives.some((objective) => 'target' in objective))
      problems.push('objective target');
  }
  for (const card of view.team?.cards ?? []) {
    if ('prerequisites' in card || card.odds.modifiers.some((m) => 'when' in m)) {
      problems.push(`conditions of ${card.id}`);
    }
  }
  if (view.drafts.some((draft) => draft.team !== own)) problems.push('another team’s draft');
  const self = recipient.kind === 'facilitator' ? null : recipient.player;
  if (view.reflections.some((reflection) => reflection.player !== self)) {
    problems.push('another player’s reflection');
  }
  return problems;
}

/** What a team must see: its own secrets, and the statements it is entitled to. */
function teamMustSee(context: ExerciseContext, team: string): string[] {
  const spec = index.teams.get(team);
  if (spec === undefined) throw new Error(team);
  const needles = [inJson(spec.secretBriefing.en), marker.draft(team), marker.chat(`team:${team}`)];
  needles.push(...spec.objectives.map((objective) => inJson(objective.text.en)));
  needles.push(...(index.cardsByTeam.get(team) ?? []).map((card) => `"${card.id}"`));
  if (context.decisions.some((decision) => decision.team === team))
    needles.push(marker.rationale(team));
  const published = new Set(context.adjudications.map((adjudication) => adjudication.move));
  const position = index.turnOrder.indexOf(team);
  for (const decision of context.decisions) {
    const earlier =
      decision.move === context.move && index.turnOrder.indexOf(decision.team) < position;
    if (published.has(decision.move) || earlier)
      needles.push(marker.statement(decision.team, decision.move));
  }
  return needles;
}

function checkStep({ input }: GameStep, seen: { reveals: number; steps: number }): void {
  const { context } = input;
  seen.steps += 1;
  const views = new Map(recipients.map((recipient) => [recipient, project(input, recipient)]));
  const step = `move ${context.move}, ${context.phase}, log ${input.log.length}`;
  for (const [recipient, view] of views) {
    const json = JSON.stringify(view);
    const who = `${label(recipient)} at ${step}`;
    if (recipient.kind === 'facilitator') {
      expect(missing(json, requiredForControl(scenario, context)), who).toEqual([]);
      continue;
    }
    expect(present(json, forbiddenFor(scenario, context, recipient)), who).toEqual([]);
    expect(structuralProblems(view, recipient), who).toEqual([]);
    const team = teamOf(recipient);
    if (team !== null) {
      const absent = teamMustSee(context, team).filter((needle) => !json.includes(needle));
      expect(absent, who).toEqual([]);
    }
    // Results after publication: every public (or revealed) result of the move, nothing hidden.
    const control = views.get(recipients[0] as Recipient);
    view.adjudications.forEach((adjudication, position) => {
      const all = control?.adjudications[position]?.results ?? [];
      const visible = all.filter((r) => r.team === team || r.visibility === 'public' || r.reveals);
      expect(adjudication.results.length, who).toBe(visible.length);
      seen.reveals += all.filter((r) => r.reveals && r.team !== team).length;
    });
  }
}

describe('projection over whole games of us-mexico-2026', () => {
  it.each(SEEDS)('keeps every secret at every step (seed %i)', (seed) => {
    const seen = { reveals: 0, steps: 0 };
    const exercise = playRecordedGame(scenario, seed, (step) => checkStep(step, seen));
    expect(exercise.isEnded).toBe(true);
    expect(seen.steps).toBeGreaterThan(20);
    expect(seen.reveals, 'a covert action revealed by its outcome').toBeGreaterThan(0);
  });

  it('shows a revealed covert action to the other teams and the observers', () => {
    let checked = 0;
    playRecordedGame(scenario, 7, ({ input }) => {
      const revealed = input.context.decisions.flatMap((decision) =>
        decision.actions
          .filter((action) => action.revealed)
          .map((action) => ({ decision, action })),
      );
      for (const { decision, action } of revealed) {
        for (const recipient of recipients) {
          const view = project(input, recipient);
          const shown = view.decisions.find(
            (d) => d.team === decision.team && d.move === decision.move,
          );
          expect(
            shown?.actions.some((a) => a.card === action.card && a.revealed),
            label(recipient),
          ).toBe(true);
          expect(view.scenario.cards.some((card) => card.id === action.card)).toBe(true);
          checked += 1;
        }
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('shows the earlier teams’ public statements in sequence, and all of them after the results', () => {
    const observed = { earlier: 0, later: 0, afterResults: 0 };
    playRecordedGame(scenario, 3, ({ input }) => {
      const { context } = input;
      const thisMove = context.decisions.filter((decision) => decision.move === context.move);
      const [first] = thisMove;
      if (context.phase !== 'decisions' || first?.team !== 'washington' || thisMove.length !== 1)
        return;
      const statement = marker.statement('washington', context.move);
      const see = (recipient: Recipient) =>
        JSON.stringify(project(input, recipient)).includes(statement);
      expect(see({ kind: 'team', team: 'mexico-city', player: 'p-mexico-city' })).toBe(true);
      expect(see({ kind: 'team', team: 'cartels', player: 'p-cartels' })).toBe(true);
      expect(see({ kind: 'observer', player: null })).toBe(false);
      observed.earlier += 1;
    });
    playRecordedGame(scenario, 3, ({ input }) => {
      const { context } = input;
      if (context.phase !== 'decisions') return;
      const mexico = context.decisions.find(
        (d) => d.move === context.move && d.team === 'mexico-city',
      );
      if (mexico === undefined) return;
      const view = project(input, { kind: 'team', team: 'washington', player: 'p-washington' });
      expect(JSON.stringify(view)).not.toContain(marker.statement('mexico-city', context.move));
      expect(view.decisions.some((d) => d.move === context.move && d.team === 'mexico-city')).toBe(
        false,
      );
      observed.later += 1;
    });
    playRecordedGame(scenario, 3, ({ input }) => {
      const { context } = input;
      if (context.phase !== 'results') return;
      const view = JSON.stringify(project(input, { kind: 'observer', player: null }));
      for (const team of index.turnOrder)
        expect(view).toContain(marker.statement(team, context.move));
      observed.afterResults += 1;
    });
    expect(observed.earlier).toBeGreaterThan(0);
    expect(observed.later).toBeGreaterThan(0);
    expect(observed.afterResults).toBeGreaterThan(0);
  });

  it('shows the narrative written in review, and the results, only once published', () => {
    let reviews = 0;
    playRecordedGame(scenario, 3, ({ input }) => {
      const { context } = input;
      const text = marker.reviewNarrative(context.move);
      const team = project(input, { kind: 'team', team: 'mexico-city', player: 'p-mexico-city' });
      const control = project(input, { kind: 'facilitator' });
      if (context.phase === 'adjudication') {
        reviews += 1;
        expect(control.control?.review?.move).toBe(context.move);
        expect(team.adjudications.some((a) => a.move === context.move)).toBe(false);
        expect(JSON.stringify(team)).not.toContain(text);
        if (context.narrative.some((entry) => entry.text === text)) {
          expect(JSON.stringify(control)).toContain(text);
        }
      }
      if (context.phase === 'results') {
        expect(JSON.stringify(team)).toContain(text);
        expect(team.adjudications.at(-1)?.move).toBe(context.move);
      }
    });
    expect(reviews).toBeGreaterThan(0);
  });
});
