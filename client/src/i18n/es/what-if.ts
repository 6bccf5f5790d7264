import type { UiStrings } from '../en';
import type { whatIfEn } from '../en/what-if';

/** Las palabras del análisis de decisiones frente a dados, en español. */
export const whatIfEs: UiStrings<'many', typeof whatIfEn> = {
  title: 'Decisiones frente a dados',
  intro_one:
    '¿Qué tiradas y qué decisiones decidieron el final? Desde cada momento de abajo, los bots volvieron a jugar el resto de la partida {{count}} vez con otros dados: una tal como ocurrió y otra con la tirada o la decisión cambiada.',
  intro_other:
    '¿Qué tiradas y qué decisiones decidieron el final? Desde cada momento de abajo, los bots volvieron a jugar el resto de la partida {{count}} veces con otros dados: una tal como ocurrió y otra con la tirada o la decisión cambiada.',
  intro_many:
    '¿Qué tiradas y qué decisiones decidieron el final? Desde cada momento de abajo, los bots volvieron a jugar el resto de la partida {{count}} de veces con otros dados: una tal como ocurrió y otra con la tirada o la decisión cambiada.',
  computing:
    'Calculando: los bots vuelven a jugar el resto de la partida desde cada momento decisivo…',
  failed: 'No se pudo calcular el análisis de este ejercicio.',
  notEnded: 'El análisis se calcula cuando termina el juego.',
  noEnding: 'Este ejercicio terminó antes de cualquier ronda puntuada: no hay nada que comparar.',
  loadFailed: 'No se pudo cargar el análisis: {{message}}',
  rolls: 'Tiradas decisivas',
  decisions: 'Decisiones clave',
  none: 'No se volvió a jugar ninguna tirada ni decisión de esta partida.',
  freeform: 'una acción libre',
  roll: 'Ronda {{move}}: {{team}} jugó «{{card}}»; el dado marcó {{roll}} con una probabilidad del {{odds}} %: {{outcome}}.',
  outcome: { success: 'tuvo éxito', failure: 'fracasó' },
  otherWayRoll: 'Si hubiera salido al revés',
  asWent: 'Tal como fue',
  setByHand:
    'Control fijó a mano {{tracks}} durante el juego. Las partidas que volvieron a jugar los bots no hacen ese ajuste, así que un final que vino de él puede aparecer pocas veces, o con un 0 %, en «Tal como fue», aunque este juego lo alcanzó.',
  otherwise: 'En cambio',
  decision: 'Ronda {{move}}: {{team}} eligió {{chosen}}.',
  otherChoice: 'Si {{team, inSentence}} hubiera elegido {{alternative}}',
  hold: 'esperar',
  freeformChoice: 'una acción libre',
  and: '{{first}} y {{second}}',
  changed:
    'En el {{percent}} % de las repeticiones emparejadas (los mismos dados en ambos lados), solo este cambio cambió el final.',
  ending: 'Final',
  reached: '(el de esta partida)',
  noNamedEnding: 'Ningún final con nombre',
  share: '{{percent}} %',
  fork: 'Jugar de nuevo desde la ronda {{move}}',
  forking: 'Creando un nuevo ejercicio…',
  forked: 'Un nuevo ejercicio empieza en la ronda {{move}}: su código es {{code}}.',
  forkConsole: 'Abrir su consola de Control',
  forkFailed: 'No se pudo crear el nuevo ejercicio: {{message}}',
  forkAfterClose:
    'Cuando usted cierre el debate final, podrá empezar aquí un nuevo ejercicio desde la ronda {{move}}.',
  replay: 'Repetir la ronda {{move}}',
};
