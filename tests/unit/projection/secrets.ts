import type { ExerciseView, LocalizedText, Recipient, Scenario } from '@borderline/shared';
import { DEBRIEF_STAGES, mayReadChannel, scenarioChannels } from '@borderline/shared';
import type { ExerciseContext } from '../../../server/src/engine';
import { marker, OBSERVER, playerOf } from './recorded-game';

/** A string that must (or must not) appear in a payload, and why. */
export interface Needle {
  text: string;
  what: string;
}

/** Prose as it appears inside a JSON payload (quotes and line breaks escaped). */
export const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

const texts = (text: LocalizedText) =>
  [text.en, ...(text.es === undefined ? [] : [text.es])].map(inJson);

function revealedCards(context: ExerciseContext): Set<string> {
  return new Set(
    context.decisions.flatMap((decision) =>
      decision.actions.flatMap((action) => (action.revealed && action.card ? [action.card] : [])),
    ),
  );
}

/** What team `team` keeps from everybody else (Control aside) in this state. */
export function secretsOfTeam(
  scenario: Scenario,
  context: ExerciseContext,
  team: string,
): Needle[] {
  const spec = scenario.teams.find((candidate) => candidate.id === team);
  if (spec === undefined) throw new Error(`no team ${team}`);
  const revealed = revealedCards(context);
  const needles: Needle[] = [
    ...texts(spec.secretBriefing).map((text) => ({ text, what: `${team}'s secret briefing` })),
    { text: marker.rationale(team), what: `${team}'s rationale` },
    { text: marker.draft(team), what: `${team}'s draft` },
    { text: `${marker.freeform(team)} covert`, what: `${team}'s covert free-form action` },
  ];
  // Once the play is over, every objective is shown to all (see project.ts).
  if (context.scores === null) {
    for (const objective of spec.objectives.filter((o) => o.visibility === 'secret')) {
      needles.push(
        ...texts(objective.text).map((text) => ({
          text,
          what: `${team}'s secret objective ${objective.id}`,
        })),
      );
      // Its id too: a threshold marked on a gauge would carry it.
      needles.push({
        text: `"${objective.id}"`,
        what: `${team}'s secret objective id ${objective.id}`,
      });
    }
  }
  for (const card of scenario.actions) {
    if (card.team !== team || card.visibility !== 'covert' || revealed.has(card.id)) continue;
    needles.push({ text: `"${card.id}"`, what: `${team}'s covert card id ${card.id}` });
    needles.push({
      text: inJson(card.name.en),
      what: `${team}'s covert card name ${card.name.en}`,
    });
  }
  return needles;
}

/** Everything the recipient must not receive in this state. */
export function forbiddenFor(
  scenario: Scenario,
  context: ExerciseContext,
  recipient: Recipient,
): Needle[] {
  if (recipient.kind === 'facilitator') return [];
  const own = recipient.kind === 'team' ? recipient.team : null;
  const needles = scenario.teams
    .filter((team) => team.id !== own)
    .flatMap((team) => secretsOfTeam(scenario, context, team.id));
  for (const channel of scenarioChannels(scenario)) {
    if (!mayReadChannel(scenario, recipient, channel.key)) {
      needles.push({ text: marker.chat(channel.key), what: `chat of ${channel.key}` });
    }
  }
  for (const inject of scenario.injects) {
    const mine = inject.questions.filter((q) => q.team === 'all' || q.team === own);
    for (const question of inject.questions) {
      if (mine.some((q) => q.text.en === question.text.en)) continue;
      needles.push({
        text: inJson(question.text.en),
        what: `question of ${inject.id} to ${question.team}`,
      });
    }
    if (inject.audience === 'all' || (own !== null && inject.audience.includes(own))) continue;
    needles.push({ text: inJson(inject.body.en), what: `private inject ${inject.id}` });
    needles.push({ text: `"${inject.id}"`, what: `private inject id ${inject.id}` });
  }
  // The debrief guide's facilitator notes are Control's only.
  for (const question of DEBRIEF_STAGES.flatMap((stage) => scenario.debriefGuide?.[stage] ?? [])) {
    needles.push({ text: inJson(question.notes.en), what: `notes of ${question.id}` });
  }
  const self = recipient.player;
  for (const player of [...scenario.teams.map((team) => playerOf(team.id)), OBSERVER]) {
    if (player !== self)
      needles.push({ text: marker.reflection(player), what: `reflection of ${player}` });
  }
  // This move's statements: a team sees those of the teams before it (sequential mode),
  // observers none, until the results are published.
  const published =
    context.adjudications.some((a) => a.move === context.move) || context.ending !== null;
  const order = scenario.rules.turnOrder;
  const sequential = scenario.rules.decisionMode === 'sequential';
  for (const decision of context.decisions.filter((d) => d.move === context.move && !published)) {
    const earlier = sequential && own !== null && order.indexOf(decision.team) < order.indexOf(own);
    if (decision.team === own || earlier) continue;
    needles.push({
      text: marker.statement(decision.team, decision.move),
      what: `statement of ${decision.team}`,
    });
  }
  const inReview = context.phase === 'adjudication';
  if (inReview)
    needles.push({
      text: marker.reviewNarrative(context.move),
      what: 'narrative written in review',
    });
  return needles;
}

/** What Control's view must hold: every team's secrets and every channel. */
export function requiredForControl(scenario: Scenario, context: ExerciseContext): Needle[] {
  const decided = new Set(context.decisions.map((decision) => decision.team));
  const needles: Needle[] = [];
  for (const team of scenario.teams) {
    needles.push({ text: inJson(team.secretBriefing.en), what: `${team.id}'s secret briefing` });
    needles.push({ text: marker.draft(team.id), what: `${team.id}'s draft` });
    if (decided.has(team.id))
      needles.push({ text: marker.rationale(team.id), what: `${team.id}'s rationale` });
    for (const objective of team.objectives) {
      needles.push({
        text: inJson(objective.text.en),
        what: `${team.id}'s objective ${objective.id}`,
      });
    }
  }
  for (const card of scenario.actions.filter((candidate) => candidate.visibility === 'covert')) {
    needles.push({ text: `"${card.id}"`, what: `covert card ${card.id}` });
  }
  for (const channel of scenarioChannels(scenario)) {
    needles.push({ text: marker.chat(channel.key), what: `chat of ${channel.key}` });
  }
  for (const inject of scenario.injects.filter((candidate) => candidate.audience !== 'all')) {
    needles.push({ text: inJson(inject.body.en), what: `private inject ${inject.id}` });
  }
  return needles;
}

export function missing(json: string, needles: readonly Needle[]): string[] {
  return needles.filter((needle) => !json.includes(needle.text)).map((needle) => needle.what);
}

export function present(json: string, needles: readonly Needle[]): string[] {
  return needles.filter((needle) => json.includes(needle.text)).map((needle) => needle.what);
}

export function label(recipient: Recipient): string {
  if (recipient.kind === 'facilitator') return 'Control';
  if (recipient.kind === 'team') return recipient.team;
  return `observer ${recipient.player ?? '(projector)'}`;
}

export type { ExerciseView };
