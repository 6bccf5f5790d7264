import type { InstructorWords } from './markdown-words-instructor';

const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

/** Las secciones para el docente, en español. */
export const instructorEs: InstructorWords = {
  appendix: (letter, title) => `Anexo ${letter}: ${title}`,
  attainment: {
    rule: 'Por objetivo: las decisiones puntuadas que respondieron a sus novedades (sin la ronda de práctica), las calificaciones de Control según la rúbrica, el cuestionario de conocimientos antes y después, y las reflexiones vinculadas a él.',
    knowledgeByTeam: 'Cuestionario de conocimientos por equipo (todas las preguntas)',
    team: 'Equipo',
    before: 'Antes de la primera ronda',
    after: 'En el debate final',
    briefTally: (correct, total, players) =>
      `${correct}/${total} correctas (${plural(players, 'participante', 'participantes')})`,
    notTaken: 'no realizada',
    exercisedBy: 'Trabajado por',
    decisions: (team, moves, count) => `${team} (${count === 1 ? 'ronda' : 'rondas'} ${moves})`,
    notExercised: 'ninguna decisión puntuada',
    ratings: 'Calificaciones de Control',
    rating: (teams, level, rank, of) => `${level} (${rank} de ${of}): ${teams}`,
    noteOnly: (teams) => `una nota, aún sin nivel: ${teams}`,
    notRated: 'sin calificar',
    knowledge: 'Cuestionario de conocimientos',
    knowledgeLine: (questions, before, after) =>
      `${plural(questions, 'pregunta', 'preguntas')}: ${before} antes, ${after} después`,
    knowledgeLineSamePlayers: (questions, players, before, after) =>
      `${plural(questions, 'pregunta', 'preguntas')}, ${plural(players, 'participante', 'participantes')}: ${before} correctas antes, ${after} después`,
    noCheck: 'ninguna pregunta sobre él',
    reflections: 'Reflexiones',
    noReflections: 'ninguna escrita',
    question: {
      whatHappened: 'qué pasó',
      why: 'por qué',
      realWorld: 'la relación real',
      takeaway: 'lo que me llevo',
      wentWell: 'lo que funcionó',
      toImprove: 'lo que mejorar',
    },
    observer: 'observador',
    more: (count, appendix) => `y ${count} más en el anexo ${appendix}`,
  },
  improvementPlan: {
    rule: 'Una fila por equipo calificado en la mitad inferior de una rúbrica, o cuyos participantes escribieron qué mejorar en ese objetivo; una para la clase cuando menos de la mitad de sus respuestas finales sobre un objetivo fueron correctas. La recomendación es el nivel siguiente de la rúbrica.',
    issue: 'Problema',
    recommendation: 'Recomendación',
    owner: 'A cargo de',
    objective: 'Objetivo',
    theClass: 'La clase',
    none: 'Nada exige un plan: ninguna calificación baja, ninguna área de mejora escrita, ningún objetivo del cuestionario de conocimientos por debajo de la mitad de aciertos.',
    rated: (level) => `Calificado: ${level}`,
    reflection: (text) => `Los participantes: «${text}»`,
    moreReflections: (count) => `(y ${count} más)`,
    knowledge: (correct, total) =>
      `Cuestionario de conocimientos en el debate final: ${correct} de ${total} correctas`,
    sameAsAbove: 'Igual que arriba.',
    aimFor: (level, description) => `Apuntar a ${level}: ${description}`,
    noRubric: 'Tratarlo en la próxima sesión (el escenario no tiene rúbrica para él).',
  },
  decisions: {
    rule: 'La decisión de cada equipo que más movió los indicadores: quién eligió qué, qué otras cartas tenía disponibles y qué siguió.',
    heading: (move, team) => `Ronda ${move}: ${team}`,
    by: (name) => `por ${name}`,
    byBot: 'por un bot',
    chose: 'Eligió',
    alternatives: 'También disponibles',
    noAlternatives: 'ninguna otra carta',
    followed: 'Lo que siguió',
    nothingMoved: 'ningún indicador se movió',
    none: 'Ninguna decisión movió un indicador.',
  },
  timeline: {
    released: 'publicadas',
    decided: (team, what) => `${team}: ${what}`,
    held: 'se abstuvo',
    freeform: 'una acción libre',
    nothing: 'no pasó nada',
  },
};
