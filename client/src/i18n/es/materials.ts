import type { UiStrings } from '../en';
import type { materialsEn } from '../en/materials';

/** El material del estudiante: la hoja de rol, el glosario y las fuentes. */
export const materialsEs: UiStrings<'many', typeof materialsEn> = {
  links: {
    label: 'Material del estudiante',
    sheet: 'Hoja de rol',
    controlSheet: 'Hoja de Control',
    glossary: 'Glosario',
  },
  back: {
    room: 'Volver al ejercicio',
    control: 'Volver al escritorio de Control',
  },
  sheet: {
    title: 'Hoja de rol: {{team}}',
    controlTitle: 'Hoja de Control: todos los equipos',
    teamNote: 'Es suya durante el ejercicio. La sesión informativa secreta es solo para su equipo.',
    controlNote:
      'Ejemplar de Control: la sesión informativa secreta, los objetivos secretos y las cartas encubiertas de cada equipo. Manténgalo lejos de los participantes.',
    print: 'Imprimir',
    situation: 'La situación',
    role: 'Rol',
    publicBriefing: 'Sesión informativa pública (la leen todos los equipos)',
    secretBriefing: 'Sesión informativa secreta',
    secretNote: 'Solo su equipo lee esto. No lo muestren a los otros equipos.',
    secretNoteControl: 'Solo este equipo y Control leen esto.',
    objectives: 'Objetivos',
    public: 'Público',
    secret: 'Secreto',
    weight_one: 'peso {{count}}',
    weight_many: 'peso {{count}}',
    weight_other: 'peso {{count}}',
    cards_one: 'Carta de acción ({{count}})',
    cards_many: 'Cartas de acción ({{count}})',
    cards_other: 'Cartas de acción ({{count}})',
    covert: 'Encubierta',
    publicCard: 'Pública',
    odds: 'probabilidad base {{percent}} %',
    learningObjectives: 'Lo que enseña el ejercicio',
    noneTitle: 'Sin hoja de rol',
    none: 'Los observadores no juegan con ningún equipo, así que no tienen hoja de rol. El glosario está abierto a todos.',
  },
  glossary: {
    title: 'Glosario',
    intro:
      'Los términos que usan las cartas, explicados. En una carta, un término subrayado con puntos abre su entrada.',
    empty: 'Este escenario no tiene glosario.',
    termOf: '¿Qué es {{term}}?',
    allTerms: 'El glosario completo',
    close: 'Cerrar',
  },
  sources: {
    title: 'Fuentes y lectura previa',
    intro:
      'Cada novedad cita una línea del artículo siguiente: léanlo antes de la primera ronda. Algunas cartas también se basan en un ejercicio anterior.',
    article: '{{author}}, «{{title}}», {{publication}}, {{year}}',
    other: '{{author}}, «{{title}}» ({{year}})',
  },
};
