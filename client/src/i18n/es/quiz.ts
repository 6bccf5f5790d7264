import type { UiStrings } from '../en';
import type { quizEn } from '../en/quiz';

export const quizEs: UiStrings<'many', typeof quizEn> = {
  title: 'Cuestionario de conocimientos',
  introBefore:
    'Un cuestionario breve antes de la primera ronda: responda lo que sabe ahora. Se califica, y lo volverá a contestar en el debate final.',
  introAfter:
    'El mismo cuestionario de nuevo, ahora que ha jugado: al terminar verá las respuestas correctas y por qué.',
  question: 'Pregunta {{number}} de {{count}}',
  submit: 'Enviar mis respuestas',
  unanswered_one: 'Falta responder {{count}} pregunta',
  unanswered_many: 'Faltan responder {{count}} preguntas',
  unanswered_other: 'Faltan responder {{count}} preguntas',
  score: 'Respondió correctamente {{correct}} de {{total}}.',
  scoreBefore: 'Antes de la primera ronda: {{correct}} de {{total}} correctas.',
  scoreAfter: 'En el debate final: {{correct}} de {{total}} correctas.',
  waitAfter: 'Lo volverá a contestar en el debate final; entonces verá las respuestas correctas.',
  closedBefore: 'El cuestionario previo a la primera ronda ya cerró.',
  review: 'Las respuestas',
  yourAnswer: 'Su respuesta: {{answer}}',
  yourAnswerBefore: 'Antes de la primera ronda: {{answer}}',
  correctAnswer: 'Respuesta correcta: {{answer}}',
  right: 'Correcta',
  wrong: 'Incorrecta',
  noAnswer: 'sin respuesta',
  source: 'Fuente: línea {{line}} del artículo, «{{excerpt}}»',
  control: {
    title: 'Cuestionario de conocimientos',
    answered: '{{count}} de {{players}} participantes han respondido',
    answeredBefore:
      'Antes de la primera ronda: han respondido {{count}} de {{players}} participantes.',
    answeredAfter: 'En el debate final: han respondido {{count}} de {{players}} participantes.',
    player: 'Participante',
    team: 'Equipo',
    before: 'Antes',
    after: 'Después',
    notTaken: 'no lo contestó',
    scoreOf: '{{correct}} de {{total}}',
    teams: 'Por equipo (proporción de respuestas correctas)',
    questions: 'Por pregunta (participantes que acertaron)',
    rightOf: '{{correct}} de {{answered}}',
    correctAnswer: 'Respuesta correcta: {{answer}}',
    none: 'Nadie ha respondido todavía.',
    waiting: 'Faltan: {{names}}',
  },
};
