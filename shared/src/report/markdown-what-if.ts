import type { WhatIfAnalysis, WhatIfDecision, WhatIfDistribution } from '../protocol/what-if';
import type { Language } from '../scenario/index';
import { inline, type MarkdownContext } from './markdown-format';
import { inLanguage } from './report-names';

interface WhatIfWords {
  intro: (count: number) => string;
  notReady: string;
  none: string;
  rolls: string;
  decisions: string;
  roll: (
    move: number,
    team: string,
    card: string,
    roll: number,
    odds: number,
    won: boolean,
  ) => string;
  freeform: string;
  otherWay: string;
  decision: (move: number, team: string, chosen: string) => string;
  otherChoice: (team: string, alternative: string) => string;
  asWent: string;
  hold: string;
  and: (first: string, second: string) => string;
  changed: (percent: number) => string;
  noNamedEnding: string;
  reached: string;
  /** The endings past the body's three, together. */
  others: string;
}

/** How many endings of a distribution the report names; the rest are added up. */
export const NAMED_ENDINGS = 3;

const WORDS: Record<Language, WhatIfWords> = {
  en: {
    intro: (count) =>
      `From each moment below, bots re-played the rest of the game ${count} times under other dice, as it happened and with the roll or the decision changed, the same dice on both sides (paired). The shares are of those replays' endings.`,
    notReady:
      'The choices-versus-dice analysis was still being computed when this report was made.',
    none: 'No roll or decision of this game was re-played.',
    rolls: 'Decisive rolls',
    decisions: 'Key decisions',
    roll: (move, team, card, roll, odds, won) =>
      `Move ${move}: ${team} played “${card}”; the die showed ${roll} against odds of ${odds}%: it ${won ? 'succeeded' : 'failed'}.`,
    freeform: 'a free-form action',
    otherWay: 'had it gone the other way',
    decision: (move, team, chosen) => `Move ${move}: ${team} chose ${chosen}.`,
    otherChoice: (team, alternative) => `had ${team} chosen ${alternative} instead`,
    asWent: 'as it went',
    hold: 'to hold',
    and: (first, second) => `${first} and ${second}`,
    changed: (percent) => `This change alone changed the ending in ${percent}% of paired replays.`,
    noNamedEnding: 'no named ending',
    reached: 'reached',
    others: 'other endings',
  },
  es: {
    intro: (count) =>
      `Desde cada momento, los bots volvieron a jugar el resto de la partida ${count} veces con otros dados, tal como ocurrió y con la tirada o la decisión cambiada, con los mismos dados en ambos lados (emparejadas). Los porcentajes son de esos finales.`,
    notReady:
      'El análisis de decisiones frente a dados aún se estaba calculando cuando se generó este informe.',
    none: 'No se volvió a jugar ninguna tirada ni decisión de esta partida.',
    rolls: 'Tiradas decisivas',
    decisions: 'Decisiones clave',
    roll: (move, team, card, roll, odds, won) =>
      `Ronda ${move}: ${team} jugó «${card}»; el dado marcó ${roll} con una probabilidad del ${odds} %: ${won ? 'tuvo éxito' : 'fracasó'}.`,
    freeform: 'una acción libre',
    otherWay: 'si hubiera salido al revés',
    decision: (move, team, chosen) => `Ronda ${move}: ${team} eligió ${chosen}.`,
    otherChoice: (team, alternative) => `si ${team} hubiera elegido ${alternative}`,
    asWent: 'tal como fue',
    hold: 'esperar',
    and: (first, second) => `${first} y ${second}`,
    changed: (percent) =>
      `Solo este cambio alteró el final en el ${percent} % de las repeticiones.`,
    noNamedEnding: 'ningún final con nombre',
    reached: 'el alcanzado',
    others: 'otros finales',
  },
};

function named(
  analysis: WhatIfAnalysis,
  list: 'endings' | 'cards' | 'teams',
  id: string,
  language: Language,
): string {
  const text = analysis.names[list][id];
  return inline(text === undefined ? id : inLanguage(text, language));
}

function shares(
  analysis: WhatIfAnalysis,
  list: WhatIfDistribution,
  language: Language,
  w: WhatIfWords,
): string {
  const total = list.reduce((sum, entry) => sum + entry.count, 0);
  const share = (count: number) =>
    `${total === 0 ? 0 : Math.round((count / total) * 100)}${language === 'es' ? ' %' : '%'}`;
  // The distribution is most frequent first: the body names the first three (the ending
  // reached among them whenever it is that frequent) and adds up the rest.
  const rest = list.slice(NAMED_ENDINGS).reduce((sum, entry) => sum + entry.count, 0);
  const shown = list.slice(0, NAMED_ENDINGS).map((entry) => {
    const name =
      entry.ending === null ? w.noNamedEnding : named(analysis, 'endings', entry.ending, language);
    const reached = entry.ending === analysis.playedEnding ? ` (${w.reached})` : '';
    return `${name}${reached} ${share(entry.count)}`;
  });
  return [...shown, ...(rest > 0 ? [`${w.others} ${share(rest)}`] : [])].join(', ');
}

function decisionText(
  analysis: WhatIfAnalysis,
  decision: WhatIfDecision,
  language: Language,
  w: WhatIfWords,
): string {
  if (decision.kind === 'hold') return w.hold;
  if (decision.kind === 'freeform') return w.freeform;
  const cards = decision.cards.map((id) => `“${named(analysis, 'cards', id, language)}”`);
  const [first, second] = cards;
  return cards.length === 2 && first !== undefined && second !== undefined
    ? w.and(first, second)
    : cards.join(', ');
}

/** Choices versus dice in the report: each branch with its endings otherwise and as it went. */
export function whatIfLines(context: MarkdownContext): string[] {
  const { language } = context;
  const w = WORDS[language];
  const analysis = context.report.whatIf;
  if (analysis === undefined) return [w.notReady];
  if (analysis.rolls.length === 0 && analysis.decisions.length === 0) return [w.none];
  const team = (id: string) => named(analysis, 'teams', id, language);
  const lines = [w.intro(analysis.continuations), ''];
  if (analysis.rolls.length > 0) lines.push(`### ${w.rolls}`, '');
  for (const branch of analysis.rolls) {
    const card =
      branch.card === null ? w.freeform : named(analysis, 'cards', branch.card, language);
    const won = branch.outcome === 'success';
    lines.push(
      `- ${w.roll(branch.move, team(branch.team), card, branch.roll, branch.odds, won)}`,
      `  - ${w.otherWay}: ${shares(analysis, branch.otherwise, language, w)}`,
      `  - ${w.asWent}: ${shares(analysis, branch.asPlayed, language, w)}`,
      `  - ${w.changed(Math.round(branch.changed * 100))}`,
    );
  }
  if (analysis.decisions.length > 0) lines.push('', `### ${w.decisions}`, '');
  for (const branch of analysis.decisions) {
    const chosen = decisionText(analysis, branch.chosen, language, w);
    const alternative = decisionText(analysis, branch.alternative, language, w);
    lines.push(
      `- ${w.decision(branch.move, team(branch.team), chosen)}`,
      `  - ${w.otherChoice(team(branch.team), alternative)}: ${shares(analysis, branch.otherwise, language, w)}`,
      `  - ${w.asWent}: ${shares(analysis, branch.asPlayed, language, w)}`,
      `  - ${w.changed(Math.round(branch.changed * 100))}`,
    );
  }
  return lines;
}
