import type { ReflectionQuestion } from '../scenario/index';

/** The words of the instructor's sections: the lessons, the plan, the decisions, the brief timeline. */
export interface InstructorWords {
  /** "Appendix A: …": an appendix's heading from its letter and title. */
  appendix: (letter: string, title: string) => string;
  attainment: {
    rule: string;
    knowledgeByTeam: string;
    team: string;
    before: string;
    after: string;
    briefTally: (correct: number, total: number, players: number) => string;
    notTaken: string;
    exercisedBy: string;
    /** A team and the scored moves in which its decisions exercised the objective. */
    decisions: (team: string, moves: string, count: number) => string;
    notExercised: string;
    ratings: string;
    rating: (teams: string, level: string, rank: number, of: number) => string;
    noteOnly: (teams: string) => string;
    notRated: string;
    knowledge: string;
    knowledgeLine: (questions: number, before: string, after: string) => string;
    /** The same line when the same number of players took the check both times. */
    knowledgeLineSamePlayers: (
      questions: number,
      players: number,
      before: string,
      after: string,
    ) => string;
    noCheck: string;
    reflections: string;
    noReflections: string;
    question: Record<ReflectionQuestion, string>;
    observer: string;
    /** More reflections than the body quotes: where to read them all. */
    more: (count: number, appendix: string) => string;
  };
  improvementPlan: {
    rule: string;
    issue: string;
    recommendation: string;
    owner: string;
    objective: string;
    theClass: string;
    none: string;
    rated: (level: string) => string;
    reflection: (text: string) => string;
    moreReflections: (count: number) => string;
    knowledge: (correct: number, total: number) => string;
    aimFor: (level: string, description: string) => string;
    /** A recommendation that repeats the row above's. */
    sameAsAbove: string;
    noRubric: string;
  };
  decisions: {
    rule: string;
    heading: (move: number, team: string) => string;
    by: (name: string) => string;
    byBot: string;
    chose: string;
    alternatives: string;
    noAlternatives: string;
    followed: string;
    nothingMoved: string;
    none: string;
  };
  timeline: {
    released: string;
    decided: (team: string, what: string) => string;
    held: string;
    freeform: string;
    nothing: string;
  };
}
