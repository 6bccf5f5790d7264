import type { ExerciseView } from '../protocol/views';
import type { Language, LocalizedText } from '../scenario/index';
import { neutraliseFormula } from '../text/spreadsheet-cells';

/** One row of the grades: a student and one learning objective. */
export interface GradeRow {
  student: string;
  team: string;
  objective: string;
  /** The team's rating on the objective: the level's rank (1 = lowest) and name; empty when not rated. */
  rubricLevel: number | null;
  rubricLevelName: string;
  /**
   * The student's knowledge-check scores (correct answers) before the first
   * move and in the debrief; empty for a sitting not taken, or an exercise
   * without a knowledge check.
   */
  knowledgeCheckBefore: number | null;
  knowledgeCheckAfter: number | null;
  reflectionSubmitted: boolean;
}

const HEADERS: Record<Language, readonly string[]> = {
  en: [
    'Student',
    'Team',
    'Learning objective',
    'Rubric level',
    'Rubric level name',
    'Knowledge check before',
    'Knowledge check after',
    'Reflection submitted',
  ],
  es: [
    'Estudiante',
    'Equipo',
    'Objetivo de aprendizaje',
    'Nivel de la rúbrica',
    'Nombre del nivel',
    'Cuestionario de conocimientos antes',
    'Cuestionario de conocimientos después',
    'Reflexión entregada',
  ],
};

const YES_NO: Record<Language, { yes: string; no: string }> = {
  en: { yes: 'yes', no: 'no' },
  es: { yes: 'sí', no: 'no' },
};

function text(value: LocalizedText, language: Language): string {
  return value[language] ?? value.en;
}

/**
 * The grades of an exercise from Control's view: one row per student (a
 * person seated in a team; bots, observers and the projector are not
 * graded) and learning objective, in the order of the teams, the roster and
 * the objectives. A student is graded on the team's rating: Control rates
 * teams, not persons. A view without Control's desk has no grades.
 */
export function gradeRows(view: ExerciseView, language: Language): GradeRow[] {
  const control = view.control;
  if (control === null) return [];
  const reflected = new Set(view.reflections.map((reflection) => reflection.player));
  const knowledge = view.knowledgeCheck?.results?.players ?? [];
  return view.scenario.teams.flatMap((team) =>
    view.roster
      .filter((entry) => entry.team === team.id && !entry.isBot && entry.kind !== 'projector')
      .flatMap((student) =>
        view.scenario.learningObjectives.map((objective): GradeRow => {
          const rating = control.ratings.find(
            (candidate) => candidate.team === team.id && candidate.objective === objective.id,
          );
          const scores = knowledge.find((entry) => entry.player === student.id);
          const level = control.rubrics
            .find((rubric) => rubric.objective === objective.id)
            ?.levels.find((candidate) => candidate.id === rating?.level);
          return {
            student: student.name,
            team: text(team.name, language),
            objective: text(objective.text, language),
            rubricLevel: level?.rank ?? null,
            rubricLevelName: level === undefined ? '' : text(level.name, language),
            knowledgeCheckBefore: scores?.before?.correct ?? null,
            knowledgeCheckAfter: scores?.after?.correct ?? null,
            reflectionSubmitted: reflected.has(student.id),
          };
        }),
      ),
  );
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The grades as CSV, headed in the reader's language, CRLF line ends and a
 * byte-order mark so that spreadsheets read accented names as UTF-8.
 */
export function gradesCsv(view: ExerciseView, language: Language): string {
  const words = YES_NO[language];
  const number = (value: number | null) => (value === null ? '' : String(value));
  const lines = [
    HEADERS[language],
    ...gradeRows(view, language).map((row) => [
      row.student,
      row.team,
      row.objective,
      number(row.rubricLevel),
      row.rubricLevelName,
      number(row.knowledgeCheckBefore),
      number(row.knowledgeCheckAfter),
      row.reflectionSubmitted ? words.yes : words.no,
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
