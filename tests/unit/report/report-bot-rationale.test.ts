import {
  botRationale,
  botTemperamentOf,
  buildReport,
  reportToMarkdown,
  type ExerciseView,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { reportGame, scenario, SEEDS } from './support/report-games';

const BOT_TEAM = 'washington';

/** The dilemma game with Washington's seat played by a balanced bot, as the bot words it. */
function playedByBot(): ExerciseView {
  const view = structuredClone(reportGame(SEEDS.dilemma).view);
  if (view.control === null) throw new Error('expected Control’s desk');
  for (const decision of view.decisions) {
    if (decision.team !== BOT_TEAM) continue;
    const names = decision.actions.flatMap((action) => {
      const card = scenario.actions.find((candidate) => candidate.id === action.card);
      return card === undefined ? [] : [card.name.en];
    });
    decision.rationale = botRationale('balanced', names);
  }
  for (const entry of view.control.log) {
    const team = (entry.event as { team?: unknown }).team;
    if (entry.event.type === 'team.submitDecision' && team === BOT_TEAM)
      entry.sender = { kind: 'bot', team: BOT_TEAM };
  }
  return view;
}

describe('a bot’s rationale in the report', () => {
  const report = buildReport(playedByBot());
  const botDecisions = report.timeline.flatMap((move) =>
    move.decisions.filter((decision) => decision.botTemperament !== null),
  );

  it('is read back from what the bot wrote, and only from that', () => {
    expect(botTemperamentOf(botRationale('balanced', ['Influence operation']))).toBe('balanced');
    expect(botTemperamentOf(botRationale('hawkish', []))).toBe('hawkish');
    expect(botTemperamentOf('A balanced view of the border.')).toBeNull();
    expect(botDecisions.map((decision) => decision.team)).toContain(BOT_TEAM);
    expect(new Set(botDecisions.map((decision) => decision.team))).toEqual(new Set([BOT_TEAM]));
  });

  it('is told in Spanish with the cards’ Spanish names', () => {
    const markdown = reportToMarkdown(report, 'es');
    expect(markdown).not.toMatch(/ bot (plays|saw no card)/);
    const played = botDecisions.find((decision) => decision.actions.some((a) => a.card !== null));
    const card = played?.actions.find((action) => action.card !== null)?.card;
    if (card === undefined || card === null) throw new Error('expected a bot to play a card');
    const spanish = scenario.actions.find((candidate) => candidate.id === card.id)?.name.es;
    expect(spanish).toBeDefined();
    expect(markdown).toMatch(
      new RegExp(
        `Justificación: Un bot (belicista|cooperativo|equilibrado) juega [^\\n]*${spanish}`,
      ),
    );
  });

  it('stays as the bot wrote it in English', () => {
    const markdown = reportToMarkdown(report, 'en');
    for (const decision of botDecisions) expect(markdown).toContain(decision.rationale);
  });
});
