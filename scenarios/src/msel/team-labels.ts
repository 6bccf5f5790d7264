import type { LocalizedText, Scenario } from '@borderline/shared';
import { invalid, parsed } from './msel-error';
import type { Parsed } from './msel-error';

export const ALL_TEAMS_LABEL = 'All teams';
const ALL_TEAMS_LABEL_ES = 'Todos los equipos';
const ALL_TEAMS_WORDS = ['all', ALL_TEAMS_LABEL, ALL_TEAMS_LABEL_ES];

/** Team names as people write them in a spreadsheet, and back to the scenario's ids. */
export interface TeamLabels {
  /** "All teams" or the team's name in `language`, or its id when the name would be ambiguous. */
  label(team: string, language?: 'en' | 'es'): string;
  /** "all" or a team id, from a team's name (English or Spanish) or id, in any case. */
  resolve(text: string): Parsed<string>;
  /** What `resolve` accepts, for error messages. */
  accepted: string;
}

export function teamLabels(scenario: Scenario): TeamLabels {
  const byWord = new Map<string, Set<string>>();
  const add = (word: string | undefined, team: string) => {
    if (word === undefined) return;
    const key = word.trim().toLowerCase();
    byWord.set(key, new Set([...(byWord.get(key) ?? []), team]));
  };
  for (const word of ALL_TEAMS_WORDS) add(word, 'all');
  for (const team of scenario.teams) {
    add(team.id, team.id);
    add(team.name.en, team.id);
    add(team.name.es, team.id);
  }
  const resolve = (text: string): Parsed<string> => {
    const teams = [...(byWord.get(text.trim().toLowerCase()) ?? [])];
    if (teams.length === 1 && teams[0] !== undefined) return parsed(teams[0]);
    if (teams.length > 1) {
      return invalid(`"${text.trim()}" names several teams (${teams.join(', ')}); use a team id`);
    }
    return invalid(`unknown team "${text.trim()}" (expected ${accepted})`);
  };
  const label = (team: string, language: 'en' | 'es' = 'en'): string => {
    if (team === 'all') return language === 'es' ? ALL_TEAMS_LABEL_ES : ALL_TEAMS_LABEL;
    const names = scenario.teams.find((candidate) => candidate.id === team)?.name;
    const name = names?.[language] ?? names?.en;
    const back = name === undefined ? undefined : resolve(name);
    return back?.ok === true && back.value === team && name !== undefined ? name : team;
  };
  const names = [ALL_TEAMS_LABEL, ...scenario.teams.map((team) => label(team.id))].map(
    (name) => `"${name}"`,
  );
  const accepted = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''} (a team's name or id)`;
  return { label, resolve, accepted };
}

/** The "To" cell: "All teams", or team names separated by ";". */
export function formatAudience(audience: 'all' | string[], labels: TeamLabels): string {
  return audience === 'all'
    ? ALL_TEAMS_LABEL
    : audience.map((team) => labels.label(team)).join('; ');
}

export function parseAudience(cell: string, labels: TeamLabels): Parsed<'all' | string[]> {
  const words = cell
    .split(/[;,\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  if (words.length === 0) {
    return invalid(`empty; expected ${labels.accepted}, several separated by ";"`);
  }
  const teams: string[] = [];
  for (const word of words) {
    const team = labels.resolve(word);
    if (!team.ok) return team;
    if (teams.includes(team.value)) return invalid(`team "${word}" is named twice`);
    teams.push(team.value);
  }
  if (teams.includes('all')) {
    return teams.length === 1
      ? parsed('all')
      : invalid(`"${ALL_TEAMS_LABEL}" cannot be combined with team names`);
  }
  return parsed(teams);
}

export interface TeamText {
  team: string;
  text: LocalizedText;
}

/**
 * One `Team: text` line per entry, in one language, the team named in that language
 * ("Team:" alone when that text is missing).
 */
export function formatTeamLines(entries: TeamText[], language: 'en' | 'es', labels: TeamLabels) {
  if (language === 'es' && entries.every((entry) => entry.text.es === undefined)) return '';
  return entries
    .map((entry) =>
      `${labels.label(entry.team, language)}: ${entry.text[language] ?? ''}`.trimEnd(),
    )
    .join('\n');
}

interface TeamLine {
  team: string;
  text: string;
}

/**
 * Reads `Team: text` lines. A line that does not start with a label (a few words
 * and a colon) continues the entry above it, so a text may hold line breaks; a
 * label that names no team is an error, not a continuation, so a misspelt team
 * is never folded silently into the text above.
 */
export function parseTeamLines(cell: string, labels: TeamLabels): Parsed<TeamLine[]> {
  const entries: TeamLine[] = [];
  for (const [index, line] of cell.split('\n').entries()) {
    if (line.trim() === '') continue;
    const match = /^\s*([^:]{1,40}):(.*)$/.exec(line);
    const label = match?.[1];
    if (match !== null && label !== undefined) {
      const team = labels.resolve(label);
      if (!team.ok) return invalid(`line ${index + 1}: ${team.message}`);
      entries.push({ team: team.value, text: (match[2] ?? '').trim() });
      continue;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) {
      const shown = line.length > 40 ? `${line.slice(0, 37)}...` : line;
      return invalid(
        `line ${index + 1} "${shown.trim()}" does not start with a team; write one "Team: text" line per entry, the team being ${labels.accepted}`,
      );
    }
    last.text = `${last.text}\n${line.trim()}`;
  }
  return parsed(entries);
}

/** Pairs the English entries with the Spanish ones, which must name the same teams in the same order. */
export function parseBilingualTeamLines(
  enCell: string,
  esCell: string,
  labels: TeamLabels,
): { ok: true; value: TeamText[] } | { ok: false; message: string; spanish: boolean } {
  const en = parseTeamLines(enCell, labels);
  if (!en.ok) return { ...en, spanish: false };
  const es = parseTeamLines(esCell, labels);
  if (!es.ok) return { ...es, spanish: true };
  if (es.value.length > 0) {
    const mismatch =
      es.value.length !== en.value.length
        ? `has ${es.value.length} entries but the English column has ${en.value.length}`
        : es.value.findIndex((entry, i) => entry.team !== en.value[i]?.team) >= 0
          ? 'names its teams in a different order from the English column'
          : undefined;
    if (mismatch !== undefined) {
      return {
        ok: false,
        spanish: true,
        message: `${mismatch}; write one "Team: texto" line per English entry, in the same order`,
      };
    }
  }
  const value = en.value.map((entry, i): TeamText => {
    const spanish = es.value[i]?.text;
    const text =
      spanish === undefined || spanish === ''
        ? { en: entry.text }
        : { en: entry.text, es: spanish };
    return { team: entry.team, text };
  });
  return { ok: true, value };
}
