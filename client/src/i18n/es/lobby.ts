import type { UiStrings } from '../en';
import type { lobbyEn } from '../en/lobby';

export const lobbyEs: UiStrings<'many', typeof lobbyEn> = {
  waiting: 'Esperando a que Control inicie el ejercicio.',
  waitingHint: 'Mantenga esta página abierta: cambiará sola cuando empiece el ejercicio.',
  forkWaiting:
    'Este ejercicio retoma otro en la ronda {{move}}: el mundo está como estaba entonces, y el juego se reanuda ahí cuando Control lo inicie.',
  forkWaitingPractice:
    'Este ejercicio retoma otro en su ronda de práctica: el juego se reanuda ahí cuando Control lo inicie.',
  scenario: 'El escenario',
  seat: {
    title: 'Su puesto',
    name: 'Usted es {{name}}.',
    team: 'Su equipo: {{team}}.',
    lead: 'Usted dirige su equipo: presenta sus decisiones.',
    ledBy: '{{name}} dirige su equipo y presenta sus decisiones.',
    noLead: 'Su equipo aún no tiene líder: Control lo nombra.',
    observer: 'Usted es observador: ve el panorama público, nunca los secretos de un equipo.',
  },
  briefing: 'La sesión informativa de su equipo',
  teams: 'Quién está aquí',
  seatKind: {
    human: 'Lo juegan personas',
    bot: 'Lo juega un bot',
    empty: 'Nadie todavía',
  },
  nobody: 'Nadie se ha unido aún a este equipo.',
  noObservers: 'Aún no hay observadores.',
  online: 'conectado',
};
