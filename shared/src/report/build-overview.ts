import type { ReportChange, ReportTrack } from './report-parts';
import { keyDecisions, turningPoints } from './build-turning-points';
import { largestFirst } from './track-reach';
import type {
  ReportEnding,
  ReportMoment,
  ReportOverview,
  ReportSummary,
  ReportTeamScore,
  ReportTrackPoint,
} from './report-schema';
import { isPracticeMove, text, trace, type FacilitatorView } from './report-source';

function startedAt(view: FacilitatorView): number | null {
  return view.control.log.find((entry) => entry.event.type === 'facilitator.start')?.at ?? null;
}

/** The end of the exercise: its last logged event, once the exercise has ended. */
function endedAt(view: FacilitatorView): number | null {
  if (!view.exercise.ended) return null;
  return view.control.log.at(-1)?.at ?? null;
}

export function buildOverview(view: FacilitatorView): ReportOverview {
  const start = startedAt(view);
  const end = endedAt(view);
  const { scenario, exercise } = view;
  const players = (team: string | null) =>
    view.roster
      .filter((entry) => entry.team === team)
      .map(({ id, name, isLead, isBot }) => ({ id, name, isLead, isBot }));
  const observers = players(null);
  return {
    exerciseId: exercise.id,
    scenario: {
      id: scenario.id,
      version: scenario.version,
      title: text(scenario.title),
      summary: text(scenario.summary),
      audience: text(scenario.audience),
    },
    source: {
      publication: scenario.source.publication,
      title: scenario.source.title,
      author: scenario.source.author,
      year: scenario.source.year,
    },
    startedAt: start,
    endedAt: end,
    durationMinutes: start === null || end === null ? null : Math.round((end - start) / 60_000),
    practicePlayed: [...view.decisions, ...view.adjudications].some((entry) =>
      isPracticeMove(view, entry.move),
    ),
    movesPlayed: new Set(
      view.adjudications
        .filter((adjudication) => adjudication.publishedAt !== null)
        .map((adjudication) => adjudication.move)
        .filter((move) => !isPracticeMove(view, move)),
    ).size,
    // The format's moves (a short format plays only some of them); older exercises play all.
    movesPlanned: (exercise.config.moves ?? scenario.moves.map((move) => move.number)).filter(
      (number) => scenario.moves.find((move) => move.number === number)?.practice !== true,
    ).length,
    decidedAtOnce: (exercise.config.decisionMode ?? scenario.rules.decisionMode) === 'simultaneous',
    timing: { ...exercise.config.timing },
    participants: [
      ...scenario.teams.map((team) => ({
        team: team.id,
        seat: view.seats[team.id] ?? 'empty',
        players: players(team.id),
      })),
      ...(observers.length === 0 ? [] : [{ team: null, seat: null, players: observers }]),
    ],
    learningObjectives: scenario.learningObjectives.map((objective) => ({
      id: objective.id,
      kind: objective.kind,
      text: text(objective.text),
    })),
  };
}

export function buildEnding(view: FacilitatorView): ReportEnding | null {
  if (view.ending === null) return null;
  const { state, dilemma } = view.ending;
  const answer = state.dilemma;
  const option = dilemma?.options.find((candidate) => candidate.id === answer?.option);
  return {
    id: state.id,
    kind: state.kind,
    title: view.ending.title === null ? null : text(view.ending.title),
    text: view.ending.text === null ? null : text(view.ending.text),
    move: state.move,
    at: state.at,
    reason: state.reason,
    trace: state.trace === null ? null : trace(view, state.trace),
    dilemma:
      answer === null || dilemma === null
        ? null
        : {
            team: answer.team,
            prompt: text(dilemma.prompt),
            option:
              option === undefined
                ? null
                : { id: option.id, label: text(option.label), text: text(option.text) },
            changes: answer.changes.map(({ track, from, to }) => ({ track, from, to })),
          },
  };
}

export function buildTrackHistory(view: FacilitatorView): ReportTrackPoint[] {
  return view.tracks.history.map((snapshot) => ({
    label: snapshot.label,
    move: snapshot.move,
    practice:
      snapshot.label === 'practice-reset' ||
      (snapshot.label === 'after-move' && isPracticeMove(view, snapshot.move)),
    values: { ...snapshot.tracks },
  }));
}

export function buildScores(view: FacilitatorView): ReportTeamScore[] {
  return (view.scores ?? []).map((score) => {
    const team = view.control.teams.find((candidate) => candidate.id === score.team);
    return {
      team: score.team,
      earned: score.earned,
      possible: score.possible,
      score: score.score,
      objectives: score.objectives.map((objective) => {
        const written = team?.objectives.find((candidate) => candidate.id === objective.objective);
        return {
          id: objective.objective,
          text: written === undefined ? { en: objective.objective } : text(written.text),
          visibility: objective.visibility,
          weight: objective.weight,
          met: objective.met,
          why: trace(view, objective.why),
        };
      }),
    };
  });
}

export function buildSummary(
  view: FacilitatorView,
  tracks: ReportTrack[],
  history: ReportTrackPoint[],
  scores: ReportTeamScore[],
  moments: ReportMoment[],
): ReportSummary {
  const scored = history.filter((point) => !point.practice);
  const first = scored[0];
  const last = scored.at(-1);
  const changes: ReportChange[] =
    first === undefined || last === undefined
      ? []
      : tracks
          .map((track) => ({
            track: track.id,
            from: first.values[track.id] ?? track.start,
            to: last.values[track.id] ?? track.start,
          }))
          .filter((item) => item.from !== item.to);
  return {
    ending: buildEnding(view),
    largestChanges: largestFirst(tracks, changes).slice(0, 3),
    objectives: scores.map((score) => ({
      team: score.team,
      met: score.objectives.filter((objective) => objective.met).length,
      total: score.objectives.length,
      earned: score.earned,
      possible: score.possible,
      score: score.score,
    })),
    counts: {
      injects: view.injects.length,
      decisions: view.decisions.length,
      actions: view.decisions.reduce((sum, decision) => sum + decision.actions.length, 0),
      overrides: view.control.overrides.length,
    },
    turningPoints: turningPoints(moments),
    keyDecisions: keyDecisions(
      moments,
      view.control.teams.map((team) => team.id),
    ),
  };
}
