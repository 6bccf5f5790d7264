import type { UiStrings } from '../en';
import type { startEn } from '../en/start';

export const startEs: UiStrings<'many', typeof startEn> = {
  title: 'Dirija un ejercicio de crisis, o únase a uno',
  join: {
    title: 'Unirse a un ejercicio',
    hint: 'Escriba el código de 6 letras y cifras que le muestra Control.',
    label: 'Código de acceso',
    submit: 'Unirse',
    empty: 'Escriba primero el código de acceso.',
    length_one: 'Un código de acceso tiene 6 caracteres; este tiene {{count}}.',
    length_other: 'Un código de acceso tiene 6 caracteres; este tiene {{count}}.',
    length_many: 'Un código de acceso tiene 6 caracteres; este tiene {{count}}.',
    characters:
      'Un código de acceso solo usa letras y las cifras del 2 al 9 (nunca 0, 1, I, L ni O).',
  },
  create: {
    title: 'Crear un ejercicio',
    hint: 'Para quien facilita (Control): elija un escenario y un formato (cuánto dura la sesión), ajuste si hace falta la duración de cada fase y cree el ejercicio. Recibirá el código, el enlace y un código QR para los participantes.',
    choose: 'Elegir este escenario',
    chooseNamed: 'Elegir este escenario: {{title}}',
    chooseFirst: 'Elija primero un escenario.',
    timing: 'Duración de cada fase, en minutos',
    timingHint:
      'Ya figuran las duraciones propias del escenario. Cada una debe ser un número entero del 1 al 240.',
    timingFormatHint:
      'Son las duraciones por defecto del formato «{{format}}»; al elegir otro formato se aplican las suyas. Cada una debe ser un número entero del 1 al 240.',
    timingReset: 'Volver a las duraciones del formato',
    totalAsPlanned_one: 'Total: {{count}} minuto, como prevé el formato.',
    totalAsPlanned_other: 'Total: {{count}} minutos, como prevé el formato.',
    totalAsPlanned_many: 'Total: {{count}} minutos, como prevé el formato.',
    totalChanged_one: 'Total con estos ajustes: {{count}} minuto (el formato prevé {{planned}}).',
    totalChanged_other:
      'Total con estos ajustes: {{count}} minutos (el formato prevé {{planned}}).',
    totalChanged_many: 'Total con estos ajustes: {{count}} minutos (el formato prevé {{planned}}).',
    totalInvalid: 'El total vuelve a mostrarse cuando todas las duraciones sean válidas.',
    totalHowSequential_one:
      'Sesión informativa, luego {{count}} ronda (deliberación, un turno de decisión para cada uno de los {{teams}} equipos y {{results}} minutos para que Control repase los resultados) y el debate final.',
    totalHowSequential_other:
      'Sesión informativa, luego {{count}} rondas (cada una: deliberación, un turno de decisión para cada uno de los {{teams}} equipos y {{results}} minutos para que Control repase los resultados) y el debate final.',
    totalHowSequential_many:
      'Sesión informativa, luego {{count}} rondas (cada una: deliberación, un turno de decisión para cada uno de los {{teams}} equipos y {{results}} minutos para que Control repase los resultados) y el debate final.',
    totalHowSimultaneous_one:
      'Sesión informativa, luego {{count}} ronda (deliberación, un único plazo de decisión para todos los equipos a la vez y {{results}} minutos para que Control repase los resultados) y el debate final.',
    totalHowSimultaneous_other:
      'Sesión informativa, luego {{count}} rondas (cada una: deliberación, un único plazo de decisión para todos los equipos a la vez y {{results}} minutos para que Control repase los resultados) y el debate final.',
    totalHowSimultaneous_many:
      'Sesión informativa, luego {{count}} rondas (cada una: deliberación, un único plazo de decisión para todos los equipos a la vez y {{results}} minutos para que Control repase los resultados) y el debate final.',
    phase: {
      briefingMinutes: 'Sesión informativa inicial',
      deliberationMinutes: 'Deliberación',
      decisionMinutes: 'Decisión, por equipo',
      hotwashMinutes: 'Debate final',
    },
    decisionAtOnce: 'Decisión, conjunta',
    minutesInvalid: 'Indique minutos enteros del 1 al 240.',
    options: 'Opciones',
    skipPractice: 'Omitir la ronda de práctica y empezar por la ronda 1',
    skipPracticeHint:
      'La ronda de práctica no puntúa: sirve para que todos conozcan antes las pantallas.',
    noPractice: 'Este escenario no tiene ronda de práctica.',
    formatNoPractice: 'No disponible: el formato «{{format}}» no tiene ronda de práctica.',
    reportLanguage: {
      en: 'El informe y los textos del escenario en las pantallas de Control estarán en inglés, el idioma de esta página.',
      es: 'El informe y los textos del escenario en las pantallas de Control estarán en español, el idioma de esta página.',
    },
    fixErrors: 'Corrija primero los campos señalados.',
    submit: 'Crear el ejercicio',
    creating: 'Creando el ejercicio…',
  },
  format: {
    legend: 'Formato: cuánto dura la sesión',
    hint: 'Cada formato juega algunas de las rondas del escenario en un tiempo dado. Las duraciones de las fases siguen el formato que elija.',
    minutes_one: '{{count}} min',
    minutes_other: '{{count}} min',
    minutes_many: '{{count}} min',
    moves_one: 'Ronda {{list}}',
    moves_other: 'Rondas {{list}}',
    moves_many: 'Rondas {{list}}',
    moves_practice_one: 'La ronda de práctica y luego la ronda {{list}}',
    moves_practice_other: 'La ronda de práctica y luego las rondas {{list}}',
    moves_practice_many: 'La ronda de práctica y luego las rondas {{list}}',
    practiceOnly: 'Solo la ronda de práctica',
    mode: {
      sequential: 'Los equipos deciden por turnos, uno tras otro',
      simultaneous: 'Todos los equipos deciden a la vez',
    },
  },
  card: {
    formats_one: 'Formato',
    formats_other: 'Formatos',
    formats_many: 'Formatos',
    formatMinutes_one: '{{list}} minuto',
    formatMinutes_other: '{{list}} minutos',
    formatMinutes_many: '{{list}} minutos',
  },
  created: {
    title: 'El ejercicio está listo',
    loading: 'Preparando los enlaces…',
    players: 'Para los participantes',
    projector:
      'Muestre esta parte en el proyector: los participantes escanean el código QR, abren el enlace o escriben el código.',
    code: 'Código de acceso',
    link: 'Enlace de acceso',
    qrAlt: 'Código QR del enlace de acceso {{url}}',
    qrFailed: 'No se pudo generar el código QR; comparta el enlace o el código.',
    copyJoin: 'Copiar el enlace de acceso',
    copyFacilitator: 'Copiar el enlace de Control',
    copied: 'Copiado.',
    copyFailed: 'No se pudo copiar: seleccione el enlace y cópielo a mano.',
    facilitator: 'Solo para usted: el enlace de Control',
    private: 'Manténgalo en privado: quien lo tenga controla el ejercicio.',
    privateHint:
      'Este navegador ya lo recuerda. Cópielo para dirigir Control desde otro dispositivo o para dárselo a otra persona que facilite con usted.',
    openConsole: 'Abrir la consola de Control',
    another: 'Crear otro ejercicio',
  },
};
