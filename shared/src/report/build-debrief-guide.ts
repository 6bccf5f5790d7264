import { DEBRIEF_STAGES } from '../protocol/debrief-stages';
import type { ReportGuideQuestion } from './report-schema';
import { text, type FacilitatorView } from './report-source';

/**
 * The scenario's debrief guide as this game asked it: every stage's
 * questions that applied to the ending reached and the play's course, in
 * stage and priority order. Control's notes stay on Control's screen: a
 * report may be shared with every player.
 */
export function buildDebriefGuide(view: FacilitatorView): ReportGuideQuestion[] {
  const debrief = view.debrief;
  if (debrief === null) return [];
  return DEBRIEF_STAGES.flatMap((stage) =>
    debrief[stage].guide.map((question) => ({
      stage,
      priority: question.priority,
      objective: question.objective,
      text: text(question.text),
      asked: question.asked,
    })),
  );
}
