import type { ReportLessons, ReportParticipation, ReportInjectQuestions } from './report-schema';
import { text, type FacilitatorView } from './report-source';

const STAGES = ['whatHappened', 'why', 'realWorld', 'takeaway'] as const;

const written = (answer: string | undefined): answer is string =>
  answer !== undefined && answer.trim() !== '';

/**
 * Strengths and areas for improvement from the players' hotwash (what went
 * well, what to improve), their other debrief answers, and Control's notes
 * (the narrative). Reflections are given by team, not by name: a report may
 * be shared with every player.
 */
export function buildLessons(view: FacilitatorView): ReportLessons {
  const lessons: ReportLessons = {
    strengths: [],
    improvements: [],
    reflections: [],
    controlNotes: view.narrative.map(({ move, phase, at, text: note }) => ({
      move,
      phase,
      at,
      text: note,
    })),
  };
  for (const { team, answers } of view.reflections) {
    if (written(answers.wentWell)) lessons.strengths.push({ team, text: answers.wentWell });
    if (written(answers.toImprove)) lessons.improvements.push({ team, text: answers.toImprove });
    for (const stage of STAGES) {
      const answer = answers[stage];
      if (written(answer)) lessons.reflections.push({ team, stage, text: answer });
    }
  }
  return lessons;
}

/** The discussion questions of every released inject, in order of release. */
export function buildQuestions(view: FacilitatorView): ReportInjectQuestions[] {
  return view.injects.map((inject) => ({
    inject: inject.id,
    title: text(inject.title),
    move: inject.release.move,
    questions: inject.questions.map((question) => ({
      team: question.team,
      text: text(question.text),
    })),
  }));
}

/** What each person did (bots left out): roster order, then anyone since removed. */
export function buildParticipation(view: FacilitatorView): ReportParticipation[] {
  const counts = view.control.participation;
  const bots = new Set(view.roster.filter((entry) => entry.isBot).map((entry) => entry.id));
  const ids = [
    ...view.roster.filter((entry) => !entry.isBot).map((entry) => entry.id),
    ...Object.keys(counts)
      .filter((id) => !bots.has(id) && !view.roster.some((entry) => entry.id === id))
      .sort(),
  ];
  return ids.map((player) => {
    const entry = view.roster.find((candidate) => candidate.id === player);
    const count = counts[player] ?? { messages: 0, drafts: 0, decisions: 0, reflections: 0 };
    return {
      player,
      name: entry?.name ?? null,
      team: entry?.team ?? null,
      messages: count.messages,
      drafts: count.drafts,
      decisions: count.decisions,
      reflections: count.reflections,
    };
  });
}
