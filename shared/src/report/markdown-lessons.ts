import {
  changesText,
  inline,
  scenarioText,
  table,
  team,
  type MarkdownContext,
} from './markdown-format';
import { excerpt } from './excerpt';
import { movesByTeam, quotedReflections, ratingGroups } from './evidence-digest';
import type { ReportKnowledgeTally } from './report-evidence';
import { REPORT_APPENDICES } from './report-schema';

/** The appendix that holds every reflection in full (its letter). */
const REFLECTIONS_APPENDIX = String.fromCharCode(65 + REPORT_APPENDICES.indexOf('lessons'));

/** "12/20 right (4 players)": the one line per objective and the per-team table. */
function brief(context: MarkdownContext, value: ReportKnowledgeTally): string {
  const w = context.words.instructor.attainment;
  return value.players === 0 ? w.notTaken : w.briefTally(value.correct, value.total, value.players);
}

/** An objective's knowledge check, before and after, the players named once when they were as many. */
function knowledgeLine(
  context: MarkdownContext,
  knowledge: { questions: number; before: ReportKnowledgeTally; after: ReportKnowledgeTally },
): string {
  const w = context.words.instructor.attainment;
  const { questions, before, after } = knowledge;
  if (before.players > 0 && before.players === after.players) {
    return w.knowledgeLineSamePlayers(
      questions,
      before.players,
      `${before.correct}/${before.total}`,
      `${after.correct}/${after.total}`,
    );
  }
  return w.knowledgeLine(questions, brief(context, before), brief(context, after));
}

/** The lessons, objective by objective: what exercised it, the ratings, the check, the reflections. */
export function attainmentLines(context: MarkdownContext): string[] {
  const w = context.words.instructor.attainment;
  const kinds = context.words.overview.objectiveKind;
  const { attainment } = context.report;
  const voice = (id: string | null) => (id === null ? w.observer : team(context, id));
  const lines = [`_${w.rule}_`, ''];
  attainment.objectives.forEach((objective, index) => {
    const decisions = movesByTeam(objective.decisions).map((entry) =>
      w.decisions(team(context, entry.team), entry.moves.join(', '), entry.moves.length),
    );
    // One clause per level reached, its teams together: "Proficient (3 of 4): Washington, Mexico City".
    const ratings = ratingGroups(objective).map((group) =>
      group.level === null
        ? w.noteOnly(group.teams.map((id) => team(context, id)).join(', '))
        : w.rating(
            group.teams.map((id) => team(context, id)).join(', '),
            scenarioText(context, group.level.name),
            group.level.rank,
            objective.levels.length,
          ),
    );
    const knowledge =
      objective.knowledge === null ? w.noCheck : knowledgeLine(context, objective.knowledge);
    const { quoted, more } = quotedReflections(objective.reflections);
    lines.push(
      `### ${index + 1}. ${kinds[objective.kind]}: ${scenarioText(context, objective.text)}`,
      '',
      `- **${w.exercisedBy}**: ${decisions.length > 0 ? decisions.join('; ') : w.notExercised}`,
      `- **${w.ratings}**: ${ratings.length > 0 ? ratings.join('; ') : w.notRated}`,
      `- **${w.knowledge}**: ${knowledge}`,
      `- **${w.reflections}**: ${quoted.length > 0 ? '' : w.noReflections}`,
      ...quoted.map(
        (item) => `  - (${voice(item.team)}, ${w.question[item.question]}) ${inline(item.text)}`,
      ),
      ...(more > 0 ? [`  - ${w.more(more, REFLECTIONS_APPENDIX)}`] : []),
      '',
    );
  });
  if (attainment.knowledgeByTeam.length > 0) {
    lines.push(
      `### ${w.knowledgeByTeam}`,
      '',
      ...table(
        [w.team, w.before, w.after],
        attainment.knowledgeByTeam.map((entry) => [
          team(context, entry.team),
          brief(context, entry.before),
          brief(context, entry.after),
        ]),
      ),
    );
  }
  return lines;
}

/** The improvement plan: one table row per team (or the class) and objective. */
export function improvementPlanLines(context: MarkdownContext): string[] {
  const w = context.words.instructor.improvementPlan;
  const { improvementPlan, attainment } = context.report;
  if (improvementPlan.length === 0) return [`_${w.rule}_`, '', w.none];
  const number = (id: string) => attainment.objectives.findIndex((o) => o.id === id) + 1;
  let previous: string | null = null;
  const rows = improvementPlan.map((row) => {
    // The body quotes a row's first reflection; the others are counted (all are in the appendix).
    const reflections = row.issues.filter((issue) => issue.kind === 'reflection');
    const issues = row.issues.flatMap((issue) => {
      switch (issue.kind) {
        case 'rating': {
          const rated = w.rated(scenarioText(context, issue.level.name));
          return [issue.note === null ? rated : `${rated}: “${inline(excerpt(issue.note))}”`];
        }
        case 'reflection':
          if (issue !== reflections[0]) return [];
          return [
            `${w.reflection(inline(excerpt(issue.text)))}${reflections.length > 1 ? ` ${w.moreReflections(reflections.length - 1)}` : ''}`,
          ];
        case 'knowledge':
          return [w.knowledge(issue.correct, issue.total)];
      }
    });
    const recommendation =
      row.target === null
        ? w.noRubric
        : w.aimFor(
            scenarioText(context, row.target.name),
            scenarioText(context, row.target.description),
          );
    // A recommendation repeated row after row is written once.
    const repeated = recommendation === previous;
    previous = recommendation;
    return [
      issues.join('; '),
      repeated ? w.sameAsAbove : recommendation,
      row.owner === null ? w.theClass : team(context, row.owner),
      String(number(row.objective)),
    ];
  });
  return [`_${w.rule}_`, '', ...table([w.issue, w.recommendation, w.owner, w.objective], rows)];
}

/** The key decisions: who chose what, what else was open, what followed. */
export function keyDecisionLines(context: MarkdownContext): string[] {
  const w = context.words.instructor.decisions;
  const outcome = context.words.timeline.outcome;
  const { decisionPoints } = context.report;
  const lines = [`_${w.rule}_`, ''];
  if (decisionPoints.decisions.length === 0) lines.push(w.none, '');
  for (const decision of decisionPoints.decisions) {
    const chose = decision.actions.map((action) => {
      const what =
        action.card === null
          ? inline(action.freeform ?? context.words.instructor.timeline.freeform)
          : scenarioText(context, action.card.name);
      return `“${what}” (${outcome[action.outcome]})`;
    });
    const open = decision.alternatives.map((card) => scenarioText(context, card.name));
    lines.push(
      `### ${w.heading(decision.move, team(context, decision.team))}`,
      '',
      `- **${w.chose}** (${decision.by === null ? w.byBot : w.by(inline(decision.by))}): ${chose.join('; ')}`,
      `- **${w.alternatives}**: ${open.length > 0 ? open.join('; ') : w.noAlternatives}`,
      `- **${w.followed}**: ${decision.changes.length > 0 ? changesText(context, decision.changes) : w.nothingMoved}`,
      '',
    );
  }
  // The ending they led to opens the report, in its summary.
  return lines;
}

/** The timeline in brief: per move, what came out and what each team did, one line each. */
export function briefTimelineLines(context: MarkdownContext): string[] {
  const w = context.words.instructor.timeline;
  const words = context.words.timeline;
  if (context.report.timeline.length === 0) return [words.none];
  return context.report.timeline.map((move) => {
    const injects = move.injects.map((inject) => `“${scenarioText(context, inject.title)}”`);
    const decisions = move.decisions.map((decision) => {
      const what =
        decision.kind === 'hold'
          ? w.held
          : decision.actions
              .map((action) =>
                action.card === null ? w.freeform : scenarioText(context, action.card.name),
              )
              .join(', ');
      return w.decided(team(context, decision.team), what);
    });
    const parts = [
      ...(injects.length > 0 ? [`${words.injects} ${w.released}: ${injects.join(', ')}`] : []),
      ...decisions,
    ];
    const label = move.practice
      ? `${words.move(move.move)} (${words.practice})`
      : words.move(move.move);
    return `- **${label}**: ${parts.length > 0 ? parts.join('; ') : w.nothing}`;
  });
}
