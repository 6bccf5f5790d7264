import { isPhase, type Phase } from '../protocol/machine-states';
import type { MarkdownWords } from './markdown-words';
import { instructorEs } from './markdown-words-instructor-es';
import { afterPreposition, nameInSentence } from '../text/name-in-sentence';

/** A team's or a sender's name inside a sentence: "de los cárteles", "del abogado". */
const de = (name: string) => afterPreposition('de', name, 'es');
const inSentence = (name: string) => nameInSentence(name, 'es');

const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

const PHASES: Record<Phase, string> = {
  lobby: 'sala de espera',
  briefing: 'sesión informativa',
  injects: 'novedades',
  deliberation: 'deliberación',
  decisions: 'decisiones',
  adjudication: 'arbitraje',
  results: 'resultados',
  dilemma: 'dilema',
  hotwash: 'debate final',
  ended: 'fin',
};

/** A phase's word; a phase this version does not know (an older record) as it is. */
const phaseWord = (phase: string) => (isPhase(phase) ? PHASES[phase] : phase);

/** Las palabras de la exportación en Markdown, en español. */
export const markdownEs: MarkdownWords = {
  title: (scenario) => `Informe posterior a la acción: ${scenario}`,
  sections: {
    attainment: 'Lecciones, objetivo por objetivo',
    improvementPlan: 'Plan de mejora',
    decisionPoints: 'Decisiones clave',
    whatIf: 'Decisiones frente a dados',
    timeline: 'La cronología',
    tracks: 'Indicadores ronda por ronda',
    log: 'El registro completo, ronda por ronda',
    objectives: 'Objetivos de los equipos cumplidos o incumplidos',
    overview: 'El ejercicio y quién participó',
    lessons: 'El debate final en palabras de los participantes, y las notas de Control',
    questions: 'Preguntas para el debate',
    participation: 'Participación',
  },
  instructor: instructorEs,
  overview: {
    scenario: 'Escenario',
    exercise: 'Ejercicio',
    started: 'Inicio',
    ended: 'Fin',
    notEnded: 'sin terminar',
    duration: (minutes) => `Duración: ${plural(minutes, 'minuto', 'minutos')}`,
    moves: (played, planned, practice) =>
      `Rondas jugadas: ${played} de ${planned}${practice ? ', tras una ronda de práctica' : ''}`,
    audience: 'Para',
    source: 'Fuente',
    timing: (briefing, deliberation, decision, hotwash) =>
      `Tiempos: sesión informativa ${briefing} min, deliberación ${deliberation} min, decisiones ${decision} min por equipo, debate final ${hotwash} min`,
    participants: 'Participantes por equipo',
    team: 'Equipo',
    seat: 'Puesto',
    players: 'Participantes',
    observers: 'Observadores',
    seatKind: { human: 'personas', bot: 'bot', empty: 'vacío' },
    lead: 'líder',
    bot: 'bot',
    botName: (team) => `Bot (${team})`,
    nobody: 'nadie',
    objectives: 'Objetivos de aprendizaje',
    objectiveKind: { knowledge: 'Conocimiento', skill: 'Habilidad', attitude: 'Actitud' },
  },
  summary: {
    endedFinal: (title, played, planned) =>
      `El ejercicio se jugó ${played} de ${planned} rondas y terminó con «${title}».`,
    endedEarly: (title, move) =>
      `El ejercicio terminó antes de tiempo, en la ronda ${move}: «${title}».`,
    endedByControl: (move, reason) =>
      `Control terminó el ejercicio en la ronda ${move}${reason === null ? '' : ` («${reason}»)`}.`,
    notEnded: 'El ejercicio no ha terminado.',
    largest: (changes) => `Los mayores cambios entre el inicio y el final: ${changes}.`,
    noChange: 'Todos los indicadores terminaron donde empezaron.',
    trackPaths: (paths) => `Los indicadores que más se movieron, ronda por ronda: ${paths}.`,
    keyAction: (move, what, outcome) =>
      `decisión clave en la ronda ${move}, «${what}» (${outcome})`,
    noKeyAction: 'ninguna acción del equipo movió un indicador',
    objectivesMet: (met, total) => `objetivos cumplidos: ${met} de ${total}`,
    notScored: 'objetivos sin puntuar',
    counts: (injects, decisions, actions, overrides) =>
      `A lo largo del ejercicio ${injects === 1 ? 'se publicó' : 'se publicaron'} ${plural(injects, 'novedad', 'novedades')} y los equipos tomaron ${plural(decisions, 'decisión', 'decisiones')} (${plural(actions, 'acción', 'acciones')}); Control modificó el arbitraje ${plural(overrides, 'vez', 'veces')}.`,
    turningPoints: 'Puntos de inflexión',
    turningRule:
      'Los momentos del juego que más movieron los indicadores: cada acción realizada, novedad, respuesta a un dilema o modificación de Control, con el cambio de cada indicador medido como parte de su rango y sumado.',
    turningInSummary: 'Los tres mayores abren el informe, en su resumen.',
    noTurningPoints: 'Ningún momento del juego movió un indicador.',
  },
  timeline: {
    move: (move) => `Ronda ${move}`,
    practice: 'Ronda de práctica (sin puntuación)',
    injects: 'Novedades',
    decisions: 'Decisiones',
    control: 'Control',
    none: 'Ninguna.',
    injectKind: {
      news: 'Noticia',
      'intelligence-brief': 'Informe de inteligencia',
      leak: 'Filtración',
      cable: 'Cable diplomático',
      statement: 'Declaración',
    },
    from: (from) => `origen: ${from}`,
    forAll: 'para todos los equipos',
    onlyFor: (teams) => `solo para ${inSentence(teams)}`,
    released: {
      scheduled: 'publicada según el calendario',
      facilitator: 'publicada por Control',
      action: (team, card) => `desencadenada por «${card}» ${de(team)}`,
      condition: 'publicada al cumplirse su condición',
      debrief: 'mostrada en el debate final (el juego terminó antes)',
      hidden: 'publicada',
    },
    citation: (author, title, publication, year, line) =>
      `${author}, «${title}», ${publication}, ${year}, línea ${line}`,
    translation: 'traducción',
    alsoCites: (author, title, year) => `También se basa en: ${author}, «${title}» (${year})`,
    tracks: 'Indicadores',
    order: (position) => `decidió en ${position}.º lugar`,
    kind: { actions: 'acciones', freeform: 'una acción libre' },
    hold: {
      chosen: 'se abstuvo (por decisión propia)',
      deadline: 'se abstuvo (se le acabó el tiempo)',
      skipped: 'se abstuvo (Control saltó su turno)',
      unknown: 'se abstuvo',
    },
    visibility: { public: 'pública', covert: 'encubierta' },
    revealed: 'revelada',
    freeform: 'Acción libre',
    reasons: 'razones',
    odds: (odds) => `probabilidad ${odds}%`,
    modifier: (delta, reason) => `${delta > 0 ? '+' : ''}${delta}: ${reason}`,
    roll: (roll) => `tirada ${roll}`,
    certain: 'segura',
    outcome: { success: 'éxito', failure: 'fracaso', vetoed: 'vetada', pending: 'pendiente' },
    overridden: (outcome, reason) => `Control fijó ${outcome}: «${reason}»`,
    ruling: {
      odds: (odds, reason) => `Control fijó la probabilidad en ${odds}%: «${reason}»`,
      veto: (reason) => `Control la vetó: «${reason}»`,
    },
    costs: 'Costos',
    effects: 'Efectos',
    triggers: 'Desencadenó',
    notAdjudicated: 'sin arbitrar',
    rationale: 'Justificación',
    botPlays: (temperament, cards) =>
      `Un bot ${temperament} juega ${cards}: el mejor paso esperado hacia sus objetivos.`,
    botHolds: (temperament) =>
      `Un bot ${temperament} no vio ninguna carta que valiera la pena jugar.`,
    // Agreeing with "bot" (masculine).
    botTemperament: { hawkish: 'belicista', cooperative: 'cooperativo', balanced: 'equilibrado' },
    statement: 'Declaración pública',
    noStatement: 'ninguna',
    override: (kind, target, from, to, reason) =>
      `${kind} en ${target}: ${from} → ${to} («${reason}»)`,
    overrideKind: {
      outcome: 'Resultado modificado',
      track: 'Indicador modificado',
      'freeform-odds': 'Probabilidad de acción libre',
      veto: 'Veto',
    },
    trackOverride: (track, from, to, reason) =>
      `${track} se fijó a mano: ${from} → ${to} («${reason}»)`,
    narrative: (phase) => `Relato (${phaseWord(phase)})`,
    phase: PHASES,
  },
  tracks: {
    track: 'Indicador',
    point: {
      start: () => 'Inicio',
      'after-move': (move) => `Tras la ronda ${move}`,
      'practice-reset': () => 'Reinicio tras la práctica',
      final: () => 'Final',
    },
    practiceNote:
      'No se incluye la ronda de práctica: sus efectos se deshicieron antes de la ronda 1.',
    none: 'No se registró ningún historial.',
  },
  objectives: {
    team: (team, met, total, earned, possible, percent) =>
      `${team}: ${met} de ${total} objetivos cumplidos, ${earned} de ${possible} puntos (${percent}%)`,
    objective: 'Objetivo',
    visibility: 'Visibilidad',
    weight: 'Peso',
    met: 'Cumplido',
    why: 'Por qué',
    yes: 'cumplido',
    no: 'incumplido',
    visibilityKind: { public: 'público', secret: 'secreto' },
    notScored:
      'Los objetivos se puntúan al terminar el juego; este ejercicio no llegó a ese punto.',
  },
  decisionPoints: {
    ending: 'Desenlace anticipado',
    noEarlyEnding: 'El juego no terminó antes de tiempo.',
    endedBy: {
      early: (title, move) => `«${title}», en la ronda ${move}`,
      facilitator: (move) => `Terminado por Control en la ronda ${move}`,
    },
    reason: 'Motivo de Control',
    why: 'Por qué',
    dilemma: (team, option) => `Respuesta ${de(team)} al dilema: «${option}»`,
    dilemmaOpen: (team) => `El dilema ${de(team)} quedó sin respuesta`,
  },
  cause: {
    action: (team, what, outcome) => `«${what}» ${de(team)} (${outcome})`,
    inject: (title) => `la novedad «${title}»`,
    override: (reason) => `la modificación de Control («${reason}»)`,
    dynamic: (text) => `la dinámica propia del mundo (${text})`,
    dilemma: (team, option) => `la respuesta ${de(team)} al dilema, «${option}»`,
  },
  lessons: {
    strengths: 'Fortalezas (lo que salió bien)',
    improvements: 'Áreas de mejora',
    controlNotes: 'Notas de Control',
    evaluatorNotes: 'Las notas del evaluador sobre las calificaciones',
    reflections: 'Otras reflexiones del debate final',
    stage: {
      whatHappened: 'Qué pasó',
      why: 'Por qué pasó',
      realWorld: 'Qué significa para la relación real',
      takeaway: 'Qué me llevo',
    },
    none: 'Nadie escribió nada.',
    observer: 'observador',
    noteAt: (move, phase) => `Ronda ${move}, ${phaseWord(phase)}`,
  },
  questions: {
    forAll: 'Para todos',
    forTeam: (team) => `Para ${inSentence(team)}`,
    move: (move) => `ronda ${move}`,
    none: 'No se publicó ninguna novedad.',
    guide: (stage) => `Guion del debate final: ${stage}`,
    guideStage: {
      what: 'Qué pasó',
      why: 'Por qué pasó',
      meaning: 'Qué significa para la relación real',
      takeaway: 'Qué se lleva cada quien',
    },
    objective: (number) => `objetivo ${number}`,
    askedEnding: 'para este final',
    askedCourse: 'por cómo transcurrió el juego',
    cards: 'Las preguntas de las cartas publicadas',
  },
  participation: {
    player: 'Participante',
    team: 'Equipo',
    messages: 'Mensajes',
    drafts: 'Cambios al borrador',
    decisions: 'Decisiones enviadas',
    reflections: 'Reflexiones',
    removed: 'participante retirado',
    none: 'Nadie participó.',
  },
  condition: {
    always: 'Se cumple siempre',
    track: (track, value, wanted) => `${track} está en ${value} ${wanted}`,
    trackUnknown: (track) => `${track} no tiene valor`,
    move: (value, wanted) => `Es la ronda ${value} ${wanted}`,
    atLeast: (value) => `(debe ser al menos ${value})`,
    atMost: (value) => `(debe ser como máximo ${value})`,
    between: (min, max) => `(debe estar entre ${min} y ${max})`,
    played: (card) => `Se jugó «${card}»`,
    notPlayed: (card) => `No se jugó «${card}»`,
    succeeded: (card) => `«${card}» tuvo éxito`,
    notSucceeded: (card) => `«${card}» no tuvo éxito`,
    failed: (card) => `«${card}» fracasó`,
    notFailed: (card) => `«${card}» no fracasó`,
    thisMove: (text) => `${text} en esta ronda`,
    released: (inject) => `Se publicó «${inject}»`,
    notReleased: (inject) => `No se publicó «${inject}»`,
    allHold: 'Se cumple todo esto',
    notAllHold: 'No se cumple todo esto',
    anyHolds: 'Se cumple al menos una de estas',
    noneHolds: 'No se cumple ninguna de estas',
    not: (text) => `No es así: ${text}`,
  },
};
