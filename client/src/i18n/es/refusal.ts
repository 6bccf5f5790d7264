import type { UiStrings } from '../en';
import type { refusalEn } from '../en/refusal';

/** Por qué el servidor rechazó algo: una frase por motivo, con los nombres en palabras del lector. */
export const refusalEs: UiStrings<'many', typeof refusalEn> = {
  // Las reglas del motor.
  'invalid-event': 'El servidor no pudo leer esta solicitud.',
  'unknown-event': 'El servidor no conoce esta acción.',
  'exercise-ended': 'El ejercicio ha terminado.',
  'not-started': 'El ejercicio aún no ha comenzado.',
  'already-started': 'El ejercicio ya ha comenzado.',
  paused: 'El ejercicio está en pausa; continuará cuando Control lo reanude.',
  'already-paused': 'El ejercicio ya está en pausa.',
  'not-paused': 'El ejercicio no está en pausa.',
  'no-practice-move': 'Este ejercicio no tiene una ronda de práctica que saltar.',
  'practice-over': 'La ronda de práctica ya terminó.',
  'wrong-phase': 'No es posible en esta fase (ahora: {{phase}}).',
  'decisions-pending':
    'Los equipos aún están decidiendo; para avanzar, salte el turno de un equipo.',
  'adjudication-in-review': 'El arbitraje sigue en revisión: publíquelo primero.',
  'dilemma-pending': 'El dilema espera la elección de su equipo.',
  'hotwash-open': 'El debate final está abierto: ciérrelo para terminar el ejercicio.',
  'unknown-inject': 'Esta novedad no está en el escenario.',
  'inject-already-released': '«{{inject}}» ya se ha publicado.',
  'no-deadline': 'Ahora no corre ningún plazo.',
  'deadline-not-reached': 'El plazo aún no ha vencido.',
  'invalid-delta': 'Añada o quite tiempo: el cambio no puede ser cero.',
  'unknown-team': 'Este equipo no está en el escenario.',
  'not-their-turn': 'Ahora no es el turno de {{team, inSentence}}.',
  'not-their-turn_current':
    'Ahora es el turno de {{current, inSentence}}, no de {{team, inSentence}}.',
  'already-decided': 'La decisión de {{team, inSentence}} en la ronda {{move}} ya está registrada.',
  'too-many-actions_one':
    'Una decisión juega como máximo {{count}} carta de acción; esta juega {{given}}.',
  'too-many-actions_other':
    'Una decisión juega como máximo {{count}} cartas de acción; esta juega {{given}}.',
  'too-many-actions_many':
    'Una decisión juega como máximo {{count}} cartas de acción; esta juega {{given}}.',
  'no-actions': 'Una decisión juega al menos una carta de acción; para abstenerse, díganlo así.',
  'unknown-card': 'Esta carta de acción no está en el escenario.',
  'not-their-card': '«{{card}}» es una carta de {{owner, inSentence}}, no de {{team, inSentence}}.',
  'limit-per-move_one':
    '«{{card}}» se puede jugar una vez por ronda; esta decisión la juega {{given}} veces.',
  'limit-per-move_other':
    '«{{card}}» se puede jugar {{count}} veces por ronda; esta decisión la juega {{given}} veces.',
  'limit-per-move_many':
    '«{{card}}» se puede jugar {{count}} veces por ronda; esta decisión la juega {{given}} veces.',
  'max-uses_one':
    '«{{card}}» se puede jugar una vez en todo el ejercicio (usos hasta ahora: {{used}}).',
  'max-uses_other':
    '«{{card}}» se puede jugar {{count}} veces en todo el ejercicio (usos hasta ahora: {{used}}).',
  'max-uses_many':
    '«{{card}}» se puede jugar {{count}} veces en todo el ejercicio (usos hasta ahora: {{used}}).',
  'max-covert_zero': 'Este escenario no permite acciones encubiertas.',
  'max-covert_one':
    'Como máximo {{count}} acción encubierta por ronda; esta decisión juega {{given}}.',
  'max-covert_other':
    'Como máximo {{count}} acciones encubiertas por ronda; esta decisión juega {{given}}.',
  'max-covert_many':
    'Como máximo {{count}} acciones encubiertas por ronda; esta decisión juega {{given}}.',
  'prerequisite-unmet': 'Aún no se cumplen las condiciones de «{{card}}».',
  'missing-rationale': 'Una decisión necesita una justificación.',
  'invalid-freeform': 'Una acción libre necesita una descripción y de una a tres razones.',
  'unknown-action': 'Esta acción no está en revisión.',
  'not-freeform': 'Esta acción juega una carta ({{action}}): su probabilidad viene de la carta.',
  'invalid-odds': 'La probabilidad es un porcentaje entero de 0 a 100.',
  'unknown-track': 'Este indicador no está en el escenario.',
  'out-of-range': '{{track}} admite valores enteros de {{min}} a {{max}}.',
  'missing-reason': 'Indique un motivo: queda en el registro.',
  'empty-text': 'El relato está vacío.',
  'freeform-odds-missing_one':
    'Antes de publicar, fije la probabilidad de esta acción libre o vétela: {{actions}}.',
  'freeform-odds-missing_other':
    'Antes de publicar, fije la probabilidad de estas acciones libres o vételas: {{actions}}.',
  'freeform-odds-missing_many':
    'Antes de publicar, fije la probabilidad de estas acciones libres o vételas: {{actions}}.',
  'unknown-ending': 'Este desenlace no está en el escenario.',
  'already-ending': 'El ejercicio ya está terminando.',
  'no-dilemma': 'Ningún dilema espera una elección.',
  'not-dilemma-team': 'Resolver el dilema corresponde a {{team, inSentence}}.',
  'unknown-option': 'El dilema no tiene esa opción.',
  'empty-reflection': 'Escriba al menos una respuesta antes de enviar la reflexión.',
  'unknown-debrief-stage': 'El debate final no tiene esa etapa.',
  'teams-unseated_zero': 'El juego se reanuda cuando cada equipo tiene un participante o un bot.',
  'teams-unseated_one':
    'El juego se reanuda cuando cada equipo tiene un participante o un bot; todavía nadie juega en {{teams, inSentence}}.',
  'teams-unseated_other':
    'El juego se reanuda cuando cada equipo tiene un participante o un bot; todavía nadie juega en {{teams, inSentence}}.',
  'teams-unseated_many':
    'El juego se reanuda cuando cada equipo tiene un participante o un bot; todavía nadie juega en {{teams, inSentence}}.',
  'no-knowledge-check': 'Este ejercicio no tiene cuestionario de conocimientos.',
  'knowledge-check-closed':
    'Este cuestionario no está abierto: el primero cierra al abrirse la primera ronda y el segundo abre con el debate final.',
  'knowledge-check-answered': 'Usted ya respondió este cuestionario.',
  'knowledge-check-incomplete': 'Responda cada pregunta con una de sus opciones antes de enviar.',

  // El servicio: ejercicios, puestos, credenciales, identificadores de órdenes, chat y borradores.
  'unknown-scenario': 'Este escenario no está instalado en este servidor.',
  'invalid-settings': 'Esta configuración no es válida para este escenario.',
  'unknown-exercise': 'Ese ejercicio no existe en este servidor.',
  'unknown-join-code':
    'Ningún ejercicio tiene este código de acceso; revíselo e inténtelo de nuevo.',
  'lobby-locked': 'Control ha cerrado la entrada al ejercicio; pida a Control que le deje entrar.',
  'invalid-name_one':
    'Escriba un nombre de como máximo {{count}} carácter, sin caracteres de control.',
  'invalid-name_other':
    'Escriba un nombre de como máximo {{count}} caracteres, sin caracteres de control.',
  'invalid-name_many':
    'Escriba un nombre de como máximo {{count}} caracteres, sin caracteres de control.',
  'duplicate-name': 'Alguien en este ejercicio ya se llama «{{name}}»; elija otro nombre.',
  'invalid-key': 'Este enlace de Control no abre este ejercicio.',
  'invalid-token': 'Este puesto ya no es suyo; vuelva a unirse con el código de acceso.',
  'unknown-player': 'Ese participante ya no está en este ejercicio.',
  'not-seated': 'Usted ya no tiene un puesto en este ejercicio; vuelva a unirse.',
  'seat-taken-by-bot':
    'Un bot juega en {{team, inSentence}}; Control debe abrir antes el puesto a las personas.',
  'seat-occupied':
    'Hay personas en {{team, inSentence}}; muévalas o retírelas antes de que un bot ocupe el puesto.',
  'projector-seat':
    'Es el proyector de la sala, no un participante: no se puede mover, hacer líder ni retirar.',
  'duplicate-command-id': 'Otra persona ya envió esta acción; inténtelo de nuevo.',
  'facilitator-only': 'Solo Control puede hacer esto.',
  'players-only': 'Solo los participantes pueden hacer esto.',
  'team-players-only': 'Solo los participantes de un equipo pueden hacer esto.',
  observer: 'Los observadores siguen el ejercicio; no pueden hacer esto.',
  'not-lead': 'Solo el líder de su equipo puede hacer esto; pida a Control que le nombre líder.',
  'clock-only': 'Solo el reloj del servidor hace esto.',
  'unknown-channel': 'Ese canal de chat no existe.',
  'channel-forbidden': 'Usted no puede escribir en este canal.',
  'invalid-text_one': 'Un mensaje no puede estar vacío y tiene como máximo {{count}} carácter.',
  'invalid-text_other': 'Un mensaje no puede estar vacío y tiene como máximo {{count}} caracteres.',
  'invalid-text_many': 'Un mensaje no puede estar vacío y tiene como máximo {{count}} caracteres.',
  'invalid-draft': 'No se puede guardar el borrador: es demasiado largo o no es una decisión.',
  'unknown-objective': 'Este escenario no tiene rúbrica para ese objetivo de aprendizaje.',
  'bot-team-not-rated':
    'Solo bots juegan {{team, inSentence}}: no hay participantes que calificar, así que queda fuera de las calificaciones y del plan de mejora.',
  'unknown-rubric-level': 'Ese nivel no forma parte de la rúbrica de este objetivo de aprendizaje.',
  'join-code-exhausted': 'No se encontró un código de acceso libre; inténtelo de nuevo.',
  'storage-full':
    'El disco del servidor está lleno y no se guardó nada: avise a quien administra el servidor y vuelva a enviarlo cuando haya liberado espacio.',

  // Repetición y bifurcación.
  'exercise-not-ended': 'La repetición y la bifurcación se abren cuando el ejercicio ha terminado.',
  'invalid-step': 'Ese paso no existe: los pasos van de 0 a {{max}}.',
  'invalid-perspective': 'Este no es un punto de vista de este ejercicio.',
  'move-not-reached':
    'La ronda {{move}} nunca se abrió en este ejercicio, así que ninguna bifurcación puede partir de ella.',
  'perspective-hidden':
    'Control no ha revelado los secretos de los demás equipos: vea la repetición como su propio equipo o como observador.',
};
