import type { UiStrings } from '../en';
import type { screenEn } from '../en/screen';

export const screenEs: UiStrings<'many', typeof screenEn> = {
  debrief: 'La reflexión, en cuatro etapas',
  lobby: {
    title: 'Únete al ejercicio',
    noCode: 'Pide a Control el código para unirte y luego abre la página para unirte.',
    goTo: 'Entra en {{url}} y escribe el código:',
    code: 'Código para unirse',
    qr: 'Código QR del enlace para unirse {{url}}',
    locked: 'Control ha cerrado el ejercicio: pide a Control que te deje entrar.',
    joined_one: '{{count}} jugador se ha unido a un equipo',
    joined_many: '{{count}} jugadores se han unido a un equipo',
    joined_other: '{{count}} jugadores se han unido a un equipo',
    bot: 'lo juega un bot',
    nobody: 'nadie todavía',
  },
  injects: {
    title: 'Novedades',
    none: 'Todavía no se ha publicado ninguna tarjeta de novedades.',
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
  seat: {
    noSeat: 'Este navegador no puede mostrar la vista del proyector.',
    howTo:
      'Abre la vista del proyector desde la consola de facilitación, en el navegador que tiene el enlace de facilitación, o únete al ejercicio como observador con su código.',
    toControl: 'Ir a la consola de facilitación',
    toJoin: 'Unirse con un código',
    taking: 'El proyector está ocupando su puesto…',
    failedTitle: 'El proyector no pudo ocupar su puesto.',
    failed: 'El servidor respondió: {{message}}',
    retry: 'Intentar de nuevo',
  },
  teamSeat: {
    title: 'No en el proyector',
    text: 'Este navegador tiene un puesto en el equipo {{team}}. La pantalla de un equipo muestra sus secretos, así que nunca se muestra en el proyector. Abre la vista del proyector desde el navegador de facilitación o desde un navegador que se unió como observador.',
    toTeam: 'Ir a la sala de tu equipo',
  },
};
