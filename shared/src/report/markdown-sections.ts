import {
  causeText,
  changeText,
  changesText,
  inline,
  percent,
  scenarioText,
  table,
  team,
  type MarkdownContext,
} from './markdown-format';
import { trackName, utcTime } from './report-names';
import type { ReportText, ReportTrace } from './report-parts';
import { listsTraceChildren, traceText } from './trace-words';
import type { ReportMoment } from './report-schema';

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
      return `${inline(player.name)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
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

export function summaryLines(context: MarkdownContext): string[] {
  const { summary, overview } = context.report;
  const w = context.words.summary;
  const ending = summary.ending;
  const title =
    ending?.title === null || ending === null ? '' : scenarioText(context, ending.title);
  const endingLine =
    ending === null
      ? w.notEnded
      : ending.kind === 'final'
        ? w.endedFinal(title, overview.movesPlayed, overview.movesPlanned)
        : ending.kind === 'early'
          ? w.endedEarly(title, ending.move)
          : w.endedByControl(ending.move, ending.reason === null ? null : inline(ending.reason));
  const paragraphs = [
    ending?.text === null || ending === null
      ? endingLine
      : `${endingLine} ${scenarioText(context, ending.text)}`,
    summary.largestChanges.length === 0
      ? w.noChange
      : w.largest(changesText(context, summary.largestChanges)),
    summary.objectives.length === 0
      ? w.notScored
      : w.objectives(
          summary.objectives
            .map((s) => w.teamObjectives(team(context, s.team), s.met, s.total, percent(s.score)))
            .join('; '),
        ),
    w.counts(
      summary.counts.injects,
      summary.counts.decisions,
      summary.counts.actions,
      summary.counts.overrides,
    ),
  ];
  const moment = (item: ReportMoment) =>
    `${context.words.timeline.move(item.move)}: ${causeText(context, item.cause)}: ${changesText(context, item.changes)}`;
  const turning =
    summary.turningPoints.length === 0
      ? [w.noTurningPoints]
      : summary.turningPoints.map((item, index) => `${index + 1}. ${moment(item)}`);
  const decisions = summary.keyDecisions.flatMap((entry) =>
    entry.decisions.length === 0
      ? [`- **${team(context, entry.team)}**: ${w.noKeyDecisions}`]
      : [`- **${team(context, entry.team)}**:`, ...entry.decisions.map((d) => `  - ${moment(d)}`)],
  );
  return [
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    `### ${w.turningPoints}`,
    '',
    `_${w.turningRule}_`,
    '',
    ...turning,
    '',
    `### ${w.keyDecisions}`,
    '',
    ...decisions,
  ];
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
  const children = trace.children.map(
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
  const lines = [`### ${w.swings}`, ''];
  if (points.swings.length === 0) lines.push(w.noSwings);
  for (const swing of points.swings) {
    const causes = swing.causes.map(
      (cause) => `${causeText(context, cause.cause)} (${cause.from} → ${cause.to})`,
    );
    lines.push(
      `- ${w.swing(swing.move, changeText(context, swing))}${causes.length > 0 ? ` — ${w.because} ${causes.join('; ')}` : ''}`,
    );
  }
  lines.push('', `### ${w.steps}`, '');
  if (points.steps.length === 0) lines.push(w.noSteps);
  for (const step of points.steps) {
    lines.push(
      `- ${w.step(step.move, changeText(context, step))} — ${causeText(context, step.cause)}`,
    );
  }
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
  const objectives = context.report.learning.map((objective) => objective.id);
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

export function learningLines(context: MarkdownContext): string[] {
  const w = context.words.learning;
  const kinds = context.words.overview.objectiveKind;
  const lines = [`_${w.rule}_`, ''];
  for (const objective of context.report.learning) {
    const injects = objective.injects.map(
      (inject) =>
        `${scenarioText(context, inject.title)} (${context.words.questions.move(inject.move)})`,
    );
    const decisions = objective.decisions.map((decision) =>
      w.decision(team(context, decision.team), decision.move),
    );
    lines.push(
      `### ${kinds[objective.kind]}: ${scenarioText(context, objective.text)}`,
      '',
      `- ${w.injects}: ${injects.length > 0 ? injects.join('; ') : w.notExercised}`,
      `- ${w.decisions}: ${decisions.length > 0 ? decisions.join('; ') : w.notExercised}`,
      '',
    );
  }
  return lines;
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
