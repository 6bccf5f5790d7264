import { changesText, inline, scenarioText, team, type MarkdownContext } from './markdown-format';
import { trackName, utcTime } from './report-names';
import { namesInSentence } from '../text/name-in-sentence';
import type { ReportAction, ReportDecision, ReportInject, ReportMove } from './report-timeline';

function releaseText(context: MarkdownContext, inject: ReportInject): string {
  const { released } = context.words.timeline;
  const { cause } = inject;
  if (cause === null) return released.hidden;
  if (cause.kind !== 'action') return released[cause.kind];
  const card = cause.card === null ? cause.action : scenarioText(context, cause.card.name);
  return released.action(team(context, cause.team), card);
}

function injectLines(context: MarkdownContext, inject: ReportInject): string[] {
  const w = context.words.timeline;
  const audience =
    inject.audience === 'all'
      ? w.forAll
      : w.onlyFor(
          namesInSentence(
            inject.audience.map((id) => team(context, id)),
            context.language,
          ).join(', '),
        );
  const kind = w.injectKind[inject.kind] ?? inject.kind;
  const { citation } = inject;
  const lines = [
    `- **${scenarioText(context, inject.title)}** (${kind}, ${inline(inject.date)}, ${w.from(scenarioText(context, inject.from))}; ${audience}; ${releaseText(context, inject)}, ${utcTime(inject.at)})`,
    `  ${scenarioText(context, inject.body)}`,
    `  > “${inline(citation.excerpt)}” — ${w.citation(inline(citation.author), inline(citation.title), inline(citation.publication), citation.year, citation.line)}`,
  ];
  const translated =
    context.language === 'en' ? undefined : citation.translation?.[context.language];
  if (translated !== undefined) lines.push(`  > “${inline(translated)}” (${w.translation})`);
  for (const cited of citation.alsoCites ?? []) {
    lines.push(
      `  > ${w.alsoCites(inline(cited.author), inline(cited.title), cited.year)}: ${scenarioText(context, cited.finding)}`,
    );
  }
  if (inject.changes.length > 0)
    lines.push(`  ${w.tracks}: ${changesText(context, inject.changes)}.`);
  return lines;
}

function actionLine(context: MarkdownContext, action: ReportAction): string {
  const w = context.words.timeline;
  const name =
    action.card !== null
      ? scenarioText(context, action.card.name)
      : `${w.freeform}: “${inline(action.freeform?.description ?? '')}”`;
  const visibility = `${w.visibility[action.visibility]}${action.revealed ? `, ${w.revealed}` : ''}`;
  const parts = [`  - ${name} (${visibility})`];
  if (action.freeform !== null && action.freeform.reasons.length > 0) {
    parts.push(`${w.reasons}: ${action.freeform.reasons.map(inline).join('; ')}`);
  }
  const result = action.result;
  if (result === null) return `${parts.join(' — ')} — ${w.notAdjudicated}.`;
  const odds: string[] = [];
  if (result.ruling !== null) {
    odds.push(
      result.ruling.kind === 'veto'
        ? w.ruling.veto(inline(result.ruling.reason))
        : w.ruling.odds(result.ruling.odds, inline(result.ruling.reason)),
    );
  }
  if (result.odds !== null) {
    const modifiers = result.modifiers.map((m) =>
      w.modifier(m.delta, scenarioText(context, m.reason)),
    );
    odds.push(`${w.odds(result.odds)}${modifiers.length > 0 ? ` (${modifiers.join('; ')})` : ''}`);
  }
  odds.push(result.roll === null ? w.certain : w.roll(result.roll));
  parts.push(`${odds.join(', ')} → **${w.outcome[result.outcome]}**`);
  if (result.override !== null) {
    parts.push(w.overridden(w.outcome[result.override.outcome], inline(result.override.reason)));
  }
  if (result.text !== null) parts.push(scenarioText(context, result.text));
  if (result.costs.length > 0) parts.push(`${w.costs}: ${changesText(context, result.costs)}`);
  if (result.effects.length > 0)
    parts.push(`${w.effects}: ${changesText(context, result.effects)}`);
  if (result.triggers.length > 0)
    parts.push(
      `${w.triggers}: ${result.triggers.map((inject) => scenarioText(context, inject.title)).join('; ')}`,
    );
  return `${parts.join(' — ')}.`;
}

/** A bot's rationale in the reader's language with the cards' names; a person's as written. */
function rationaleOf(context: MarkdownContext, decision: ReportDecision): string {
  if (decision.botTemperament === null) return decision.rationale;
  const cards = decision.actions.flatMap((action) =>
    action.card === null ? [] : [scenarioText(context, action.card.name)],
  );
  const w = context.words.timeline;
  const temperament = w.botTemperament[decision.botTemperament];
  if (cards.length === 0) return w.botHolds(temperament);
  return w.botPlays(temperament, new Intl.ListFormat(context.language).format(cards));
}

function decisionLines(context: MarkdownContext, decision: ReportDecision): string[] {
  const w = context.words.timeline;
  const what =
    decision.kind === 'hold' ? w.hold[decision.holdReason ?? 'unknown'] : w.kind[decision.kind];
  return [
    // Teams that decide at once have no order worth telling.
    `- **${team(context, decision.team)}** (${[...(context.report.overview.decidedAtOnce ? [] : [w.order(decision.order + 1)]), utcTime(decision.at)].join(', ')}): ${what}`,
    ...decision.actions.map((action) => actionLine(context, action)),
    `  - ${w.rationale}: ${inline(rationaleOf(context, decision)) || '–'}`,
    `  - ${w.statement}: ${decision.statement === null ? w.noStatement : `“${inline(decision.statement)}”`}`,
  ];
}

function controlLines(context: MarkdownContext, move: ReportMove): string[] {
  const w = context.words.timeline;
  const value = (item: string | number | null) => (item === null ? '–' : inline(String(item)));
  return [
    ...move.overrides.map(
      (o) =>
        `- ${w.override(w.overrideKind[o.kind], inline(o.kind === 'track' ? trackName(context.report, o.target, context.language) : o.target), value(o.from), value(o.to), inline(o.reason))}`,
    ),
    ...move.trackOverrides.map(
      (o) =>
        `- ${w.trackOverride(inline(trackName(context.report, o.track, context.language)), o.from, o.to, inline(o.reason))}`,
    ),
    ...move.narrative.map((note) => `- ${w.narrative(note.phase)}: ${inline(note.text)}`),
  ];
}

/** The timeline section: each move's injects, decisions with results, and Control's part. */
export function timelineLines(context: MarkdownContext): string[] {
  const w = context.words.timeline;
  const lines: string[] = [];
  for (const move of context.report.timeline) {
    const title = move.title === null ? '' : `: ${scenarioText(context, move.title)}`;
    const period = move.period === null ? '' : ` (${scenarioText(context, move.period)})`;
    lines.push(`### ${w.move(move.move)}${title}${period}`, '');
    if (move.practice) lines.push(`_${w.practice}_`, '');
    const injects = move.injects.flatMap((inject) => injectLines(context, inject));
    const decisions = move.decisions.flatMap((decision) => decisionLines(context, decision));
    const control = controlLines(context, move);
    lines.push(`#### ${w.injects}`, '', ...(injects.length > 0 ? injects : [w.none]), '');
    lines.push(`#### ${w.decisions}`, '', ...(decisions.length > 0 ? decisions : [w.none]), '');
    if (control.length > 0) lines.push(`#### ${w.control}`, '', ...control, '');
  }
  return lines;
}
