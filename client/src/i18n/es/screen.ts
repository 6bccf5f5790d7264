import type { UiStrings } from '../en';
import type { screenEn } from '../en/screen';

export const screenEs: UiStrings<'many', typeof screenEn> = {
  debrief: 'El debate final, en cuatro etapas',
  lobby: {
    title: 'Únanse al ejercicio',
    noCode: 'Pidan a Control el código de acceso y luego abran la página para unirse.',
    goTo: 'Entren en {{url}} y escriban el código:',
    code: 'Código de acceso',
    qr: 'Código QR del enlace de acceso {{url}}',
    locked: 'Control ha cerrado el ejercicio: pidan a Control que los deje entrar.',
    joined_one: '{{count}} participante se ha unido a un equipo',
    joined_many: '{{count}} participantes se han unido a un equipo',
    joined_other: '{{count}} participantes se han unido a un equipo',
    bot: 'lo juega un bot',
    nobody: 'nadie todavía',
  },
  injects: {
    title: 'Novedades',
    none: 'Todavía no se ha publicado ninguna novedad.',
    earlier_one: '{{count}} novedad anterior',
    earlier_many: '{{count}} novedades anteriores',
    earlier_other: '{{count}} novedades anteriores',
  },
  statements: {
    title: 'Declaraciones públicas',
    none: 'Ningún equipo ha hecho todavía una declaración pública.',
  },
  results: {
    title: 'Resultados: {{move}}',
    tracks: 'Cómo se movieron los indicadores',
  },
  scores: {
    title: 'Los objetivos, evaluados',
    line: '{{earned}} de {{possible}} puntos; {{met}} de {{total}} objetivos cumplidos',
  },
  projector: {
    world: 'El mundo',
    since: {
      start: 'desde el inicio',
      practice: 'desde la ronda de práctica',
      move: 'desde la ronda {{move}}',
    },
    change: {
      up: 'sube {{delta}} {{since}}',
      down: 'baja {{delta}} {{since}}',
      none: 'sin cambios {{since}}',
    },
    marks: {
      atLeast: '{{title}}: el ejercicio termina en {{value}} o más',
      atMost: '{{title}}: el ejercicio termina en {{value}} o menos',
      atLeastRung: '{{title}}: el ejercicio termina en el peldaño {{value}} o más arriba',
      atMostRung: '{{title}}: el ejercicio termina en el peldaño {{value}} o más abajo',
      atRung: '{{title}}: el ejercicio termina en el peldaño {{value}}',
      fromMove: 'a partir de la ronda {{move}}',
      withOthers: 'junto con otras condiciones',
    },
    rung: 'Peldaño {{value}} de {{max}}',
    now: 'ahora',
    was: 'antes',
    players_one: '{{count}} participante',
    players_many: '{{count}} participantes',
    players_other: '{{count}} participantes',
    andMore_one: 'y {{count}} más',
    andMore_many: 'y {{count}} más',
    andMore_other: 'y {{count}} más',
    latest: 'Última novedad',
    earlier: 'Antes',
    noInject: 'Todavía no se ha publicado ninguna novedad para todos.',
    decisions: {
      title: 'Decisiones',
      hint: 'Las decisiones se muestran con los resultados.',
      state: {
        upcoming: 'decide más tarde',
        deciding: 'decide ahora',
        waiting: 'aguarda su turno',
        decided: 'ya decidió',
        idle: '',
      },
    },
    review: 'Control está revisando los resultados de esta ronda.',
    results: {
      none: 'Ninguna acción pública en esta ronda.',
    },
    dilemma: {
      title: 'Una elección forzada para {{team, inSentence}}',
      awaiting: '{{team}} está eligiendo.',
    },
    connection: 'Esta pantalla perdió la conexión con el servidor; se reconecta sola.',
  },
  seat: {
    noSeat: 'Este navegador no puede mostrar la vista del proyector.',
    howTo:
      'Abra la vista del proyector desde la consola de Control, en el navegador que tiene el enlace de Control, o únase al ejercicio como observador con su código.',
    toControl: 'Ir a la consola de Control',
    toJoin: 'Unirse con un código',
    taking: 'El proyector está ocupando su puesto…',
    failedTitle: 'El proyector no pudo ocupar su puesto.',
    failed: 'El servidor respondió: {{message}}',
    retry: 'Intentar de nuevo',
  },
  teamSeat: {
    title: 'No en el proyector',
    text: 'Este navegador tiene un puesto en un equipo: {{team}}. La pantalla de un equipo muestra sus secretos, así que nunca se muestra en el proyector. Abra la vista del proyector desde el navegador de Control o desde un navegador que se unió como observador.',
    toTeam: 'Ir a la sala de su equipo',
  },
};
