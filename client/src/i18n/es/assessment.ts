import type { UiStrings } from '../en';
import type { assessmentEn } from '../en/assessment';

export const assessmentEs: UiStrings<'many', typeof assessmentEn> = {
  title: 'Evaluación',
  intro:
    'Califique a cada equipo en cada objetivo de aprendizaje según su rúbrica, durante el juego o después, con una nota sobre lo que hizo el equipo. Durante el juego, solo usted ve las calificaciones y las notas; pasan al informe posterior a la acción, que los participantes leen solo si usted lo comparte. {{rated}} de {{total}} calificadas.',
  objective: 'Objetivo de aprendizaje',
  rubric: 'Rúbrica',
  notRated: 'Sin calificar',
  playedByBots: 'Sin calificar: la juegan bots',
  levelFor: 'Nivel de {{team, inSentence}} en el objetivo {{number}}',
  addNote: 'Añadir nota',
  note: 'Nota ✓',
  addNoteFor: 'Añadir una nota sobre {{team, inSentence}}, objetivo {{number}}',
  noteFor: 'Leer o cambiar la nota sobre {{team, inSentence}}, objetivo {{number}}',
  noteHeading: 'Nota de evaluación: {{team}}, objetivo {{number}}',
  notePlaceholder:
    'Lo que hizo el equipo que muestra este nivel: una decisión, un razonamiento, una declaración.',
  noteHint: 'Se guarda con el ejercicio; los equipos nunca la ven.',
  saveNote: 'Guardar nota',
  cancel: 'Cancelar',
  downloadGrades: 'Descargar calificaciones (CSV)',
  gradesHint:
    'Una fila por estudiante y objetivo: el nivel del equipo, el cuestionario de conocimientos antes y después, y si el estudiante escribió una reflexión.',
  gradesFailed: 'No se pudieron descargar las calificaciones: {{message}}',
};
