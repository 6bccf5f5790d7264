import {
  changesText,
  inline,
  percent,
  scenarioText,
  table,
  team,
  type MarkdownContext,
} from './markdown-format';
import { keyDecisionLines } from './markdown-lessons';
import { countsLine } from './markdown-summary';
import { trackName, utcTime } from './report-names';
import type { ReportText, ReportTrace } from './report-parts';
import { listedTraceChildren, listsTraceChildren, traceText } from './trace-words';

export function overviewLines(context: MarkdownContext): string[] {
  const { overview } = context.report;
  const w = context.words.overview;
  const source = overview.source;
  const lines = [
    `- ${w.scenario}: ${scenarioText(context, overview.scenario.title)} (${inline(overview.scenario.id)} v${overview.scenario.version})`,
    `- ${w.exercise}: ${inline(overview.exerciseId)}`,
    `- ${w.started}: ${overview.startedAt === null ? '–' : utcTime(overview.startedAt)}; ${w.ended}: ${overview.endedAt === null ? w.notEnded : utcTime(overview.endedAt)}`,
  ];
  if (overview.durationMinutes !== null) lines.push(`- ${w.duration(overview.durationMinutes)}`);
  const { timing } = overview;
  lines.push(
    `- ${w.moves(overview.movesPlayed, overview.movesPlanned, overview.practicePlayed)}`,
    `- ${w.timing(timing.briefingMinutes, timing.deliberationMinutes, timing.decisionMinutes, timing.hotwashMinutes)}`,
    `- ${w.audience}: ${scenarioText(context, overview.scenario.audience)}`,
    `- ${countsLine(context)}`,
    `- ${w.source}: ${inline(source.author)}, “${inline(source.title)}”, ${inline(source.publication)}, ${source.year}`,
    '',
    scenarioText(context, overview.scenario.summary),
    '',
    `### ${w.participants}`,
    '',
  );
  const rows = overview.participants.map((group) => {
    const players = group.players.map((player) => {
      const tags = [player.isLead ? w.lead : null, player.isBot ? w.bot : null].filter(Boolean);
      const name =
        player.isBot && group.team !== null ? w.botName(team(context, group.team)) : player.name;
      return `${inline(name)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
    });
    return [
      group.team === null ? w.observers : team(context, group.team),
      group.seat === null ? '–' : w.seatKind[group.seat],
      players.length > 0 ? players.join(', ') : w.nobody,
    ];
  });
  lines.push(...table([w.team, w.seat, w.players], rows), '', `### ${w.objectives}`, '');
  for (const objective of overview.learningObjectives) {
    lines.push(
      `- **${w.objectiveKind[objective.kind]}**: ${scenarioText(context, objective.text)}`,
    );
  }
  return lines;
}

export function trackLines(context: MarkdownContext): string[] {
  const { report, words } = context;
  const w = words.tracks;
  const points = report.trackHistory.filter((point) => !point.practice);
  if (points.length === 0) return [w.none];
  const head = [w.track, ...points.map((point) => w.point[point.label](point.move))];
  const rows = report.tracks.map((track) => [
    inline(trackName(report, track.id, context.language)),
    ...points.map((point) => String(point.values[track.id] ?? '–')),
  ]);
  const lines = table(head, rows);
  if (report.overview.practicePlayed) lines.push('', `_${w.practiceNote}_`);
  const s = words.summary;
  lines.push('', `### ${s.turningPoints}`, '', `_${s.turningRule}_ ${s.turningInSummary}`);
  return lines;
}

/** A condition's trace on one line, in the export's language, its parts named. */
function traceLine(context: MarkdownContext, trace: ReportTrace): string {
  const names = {
    track: (id: string) => trackName(context.report, id, context.language),
    text: (value: ReportText) => scenarioText(context, value),
  };
  const own = inline(traceText(trace, context.words.condition, names));
  if (!listsTraceChildren(trace)) return own;
  const children = listedTraceChildren(trace).map(
    (child) => `${child.holds ? '✓' : '✗'} ${traceLine(context, child)}`,
  );
  return `${own}: ${children.join('; ')}`;
}

export function objectiveLines(context: MarkdownContext): string[] {
  const w = context.words.objectives;
  const { objectives } = context.report;
  if (objectives.length === 0) return [w.notScored];
  return objectives.flatMap((score) => [
    `### ${w.team(team(context, score.team), score.objectives.filter((o) => o.met).length, score.objectives.length, score.earned, score.possible, percent(score.score))}`,
    '',
    ...table(
      [w.objective, w.visibility, w.weight, w.met, w.why],
      score.objectives.map((objective) => [
        scenarioText(context, objective.text),
        w.visibilityKind[objective.visibility],
        String(objective.weight),
        objective.met ? `✓ ${w.yes}` : `✗ ${w.no}`,
        traceLine(context, objective.why),
      ]),
    ),
    '',
  ]);
}

export function decisionPointLines(context: MarkdownContext): string[] {
  const { decisionPoints: points } = context.report;
  const w = context.words.decisionPoints;
  const lines = keyDecisionLines(context);
  lines.push('', `### ${w.ending}`, '');
  const ending = points.earlyEnding;
  if (ending === null) return [...lines, w.noEarlyEnding];
  const title = ending.title === null ? (ending.id ?? '–') : scenarioText(context, ending.title);
  lines.push(
    `- ${ending.kind === 'early' ? w.endedBy.early(title, ending.move) : w.endedBy.facilitator(ending.move)}${ending.text === null ? '' : `: ${scenarioText(context, ending.text)}`}`,
  );
  if (ending.reason !== null) lines.push(`- ${w.reason}: “${inline(ending.reason)}”`);
  if (ending.trace !== null) lines.push(`- ${w.why}: ${traceLine(context, ending.trace)}`);
  const dilemma = ending.dilemma;
  if (dilemma !== null) {
    const chosen =
      dilemma.option === null
        ? w.dilemmaOpen(team(context, dilemma.team))
        : w.dilemma(team(context, dilemma.team), scenarioText(context, dilemma.option.label));
    const changes = dilemma.changes.length > 0 ? `: ${changesText(context, dilemma.changes)}` : '';
    lines.push(`- ${scenarioText(context, dilemma.prompt)} — ${chosen}${changes}`);
  }
  return lines;
}

export function lessonLines(context: MarkdownContext): string[] {
  const { lessons } = context.report;
  const w = context.words.lessons;
  const voice = (item: { team: string | null; text: string }) =>
    `- (${item.team === null ? w.observer : team(context, item.team)}) ${inline(item.text)}`;
  const list = (items: string[]) => (items.length > 0 ? items : [w.none]);
  const lines = [
    `### ${w.strengths}`,
    '',
    ...list(lessons.strengths.map(voice)),
    '',
    `### ${w.improvements}`,
    '',
    ...list(lessons.improvements.map(voice)),
    '',
    `### ${w.controlNotes}`,
    '',
    ...list(
      lessons.controlNotes.map(
        (note) => `- ${w.noteAt(note.move, note.phase)}: ${inline(note.text)}`,
      ),
    ),
    '',
    `### ${w.evaluatorNotes}`,
    '',
    ...list(
      context.report.attainment.objectives.flatMap((objective, index) =>
        objective.ratings.flatMap((rating) =>
          rating.note === null
            ? []
            : [
                `- (${team(context, rating.team)}, ${context.words.instructor.improvementPlan.objective.toLowerCase()} ${index + 1}${rating.level === null ? '' : `, ${scenarioText(context, rating.level.name)}`}) ${inline(rating.note)}`,
              ],
        ),
      ),
    ),
    '',
    `### ${w.reflections}`,
  ];
  for (const stage of ['whatHappened', 'why', 'realWorld', 'takeaway'] as const) {
    const answers = lessons.reflections.filter((item) => item.stage === stage);
    if (answers.length > 0) lines.push('', `#### ${w.stage[stage]}`, '', ...answers.map(voice));
  }
  if (lessons.reflections.length === 0) lines.push('', w.none);
  return lines;
}

export function questionLines(context: MarkdownContext): string[] {
  const w = context.words.questions;
  const { questions } = context.report;
  const guide = guideLines(context);
  if (questions.length === 0) return [...guide, w.none];
  return [
    ...guide,
    ...(guide.length > 0 ? [`### ${w.cards}`, ''] : []),
    ...questions.flatMap((entry) => [
      `### ${scenarioText(context, entry.title)} (${w.move(entry.move)})`,
      '',
      ...entry.questions.map(
        (question) =>
          `- ${question.team === 'all' ? w.forAll : w.forTeam(team(context, question.team))}: ${scenarioText(context, question.text)}`,
      ),
      '',
    ]),
  ];
}

/** The debrief guide's questions this game asked, stage by stage, in priority order. */
function guideLines(context: MarkdownContext): string[] {
  const w = context.words.questions;
  const guide = context.report.debriefGuide;
  const objectives = context.report.attainment.objectives.map((objective) => objective.id);
  return (['what', 'why', 'meaning', 'takeaway'] as const).flatMap((stage) => {
    const asked = guide.filter((question) => question.stage === stage);
    if (asked.length === 0) return [];
    return [
      `### ${w.guide(w.guideStage[stage])}`,
      '',
      ...asked.map((question, index) => {
        const notes = [w.objective(objectives.indexOf(question.objective) + 1)];
        if (question.asked === 'ending') notes.push(w.askedEnding);
        if (question.asked === 'course') notes.push(w.askedCourse);
        return `${index + 1}. ${scenarioText(context, question.text)} (${notes.join('; ')})`;
      }),
      '',
    ];
  });
}

export function participationLines(context: MarkdownContext): string[] {
  const w = context.words.participation;
  const { participation } = context.report;
  if (participation.length === 0) return [w.none];
  return table(
    [w.player, w.team, w.messages, w.drafts, w.decisions, w.reflections],
    participation.map((entry) => [
      entry.name === null ? `${inline(entry.player)} (${w.removed})` : inline(entry.name),
      entry.team === null ? context.words.overview.observers : team(context, entry.team),
      String(entry.messages),
      String(entry.drafts),
      String(entry.decisions),
      String(entry.reflections),
    ]),
  );
}
