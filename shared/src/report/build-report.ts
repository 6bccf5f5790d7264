import type { ExerciseView } from '../protocol/index';
import { buildDebriefGuide } from './build-debrief-guide';
import { buildAttainment } from './build-attainment';
import { buildDecisionPoints } from './build-decision-points';
import { buildImprovementPlan } from './build-improvement-plan';
import { buildLessons, buildParticipation, buildQuestions } from './build-lessons';
import { buildOverview, buildScores, buildSummary, buildTrackHistory } from './build-overview';
import { buildTimeline, playedMoves } from './build-timeline';
import { momentsOf } from './build-turning-points';
import { moveChanges } from './move-changes';
import type { ReportTeam, ReportTrack } from './report-parts';
import { REPORT_VERSION, type Report } from './report-schema';
import { facilitatorView, isPracticeMove, text } from './report-source';

/**
 * The after-action report of an exercise, from the facilitator's view
 * (`GET /api/exercises/:id/report-data`). Pure: it reads no clock, and the
 * same view gives the same report, so a report rebuilt from an exported log
 * equals the one exported. Throws a ReportInputError for any other view.
 */
export function buildReport(view: ExerciseView): Report {
  const source = facilitatorView(view);
  const teams: ReportTeam[] = source.control.teams.map((team) => ({
    id: team.id,
    name: text(team.name),
    role: text(team.role),
    color: team.color ?? null,
  }));
  const tracks: ReportTrack[] = source.scenario.tracks.map((track) => ({
    id: track.id,
    name: text(track.name),
    min: track.min,
    max: track.max,
    start: track.start,
    steps: track.steps?.map((step) => ({ value: step.value, label: text(step.label) })) ?? null,
  }));
  const trackHistory = buildTrackHistory(source);
  const objectives = buildScores(source);
  // The practice move is left out: its effects are undone before move 1.
  const moments = momentsOf(
    playedMoves(source)
      .filter((move) => !isPracticeMove(source, move))
      .map((move) => ({ move, changes: moveChanges(source, move) })),
    tracks,
  );
  const summary = buildSummary(source, tracks, trackHistory, objectives, moments);
  const attainment = buildAttainment(source);
  return {
    format: 'borderline-report',
    version: REPORT_VERSION,
    teams,
    tracks,
    overview: buildOverview(source),
    summary,
    timeline: buildTimeline(source),
    trackHistory,
    objectives,
    attainment,
    improvementPlan: buildImprovementPlan(source, attainment),
    decisionPoints: buildDecisionPoints(source, summary.keyDecisions, summary.ending),
    lessons: buildLessons(source),
    questions: buildQuestions(source),
    debriefGuide: buildDebriefGuide(source),
    participation: buildParticipation(source),
  };
}
