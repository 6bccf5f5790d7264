import type { UiStrings } from '../en';
import type { joinEn } from '../en/join';

export const joinEs: UiStrings<'many', typeof joinEn> = {
  title: 'Unirse al ejercicio',
  code: 'Código de acceso {{code}}',
  looking: 'Buscando el código…',
  badCode: 'Esta dirección no contiene un código de acceso válido.',
  typeCode: 'Escriba el código que le muestra Control.',
  notFound: 'No hay ningún ejercicio con el código {{code}}. Compruebe el código con Control.',
  lookupFailed: 'No se pudo consultar el ejercicio.',
  retry: 'Reintentar',
  locked:
    'Control ha cerrado este ejercicio: ahora nadie más puede unirse. Pida a Control que lo abra y vuelva a comprobarlo.',
  checkAgain: 'Volver a comprobar',
  started: 'Este ejercicio ya ha comenzado: se unirá a él con la partida en curso.',
  seated: {
    title: 'Ya tiene un puesto aquí',
    text: 'Este navegador ocupa un puesto en este ejercicio: vuelva a él, o tome otro puesto más abajo con otro nombre.',
    continue: 'Continuar como antes',
  },
  name: 'Su nombre',
  nameHint: 'Tal como lo verán los demás: de 1 a 40 caracteres.',
  nameEmpty: 'Escriba su nombre.',
  nameLong: 'Un nombre tiene como máximo 40 caracteres; este tiene {{count}}.',
  team: 'Su equipo',
  teamHint:
    'Elija el equipo en el que juega. Quienes evalúan y las personas invitadas se unen como observadores.',
  teamMissing: 'Elija un equipo, o únase como observador.',
  players_one: '{{count}} participante por ahora',
  players_other: '{{count}} participantes por ahora',
  players_many: '{{count}} participantes por ahora',
  bot: 'Lo juega un bot: no se puede unir a él.',
  observer: 'Observador',
  observerHint:
    'Para quienes evalúan y para invitados: verá el panorama público, nunca los secretos de un equipo.',
  submit: 'Unirse al ejercicio',
  joining: 'Uniéndose…',
};
