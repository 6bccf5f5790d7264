import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import { knowledgeCheckSources, knowledgeCheckTexts } from './knowledge-check-sources';
import type { Path, Problem } from './problem';

/** The article's text, as read by the caller (the check itself does no I/O). */
export interface Article {
  /** Where it was read from, for messages. */
  file: string;
  text: string;
}

export interface ArticleCheck {
  problems: Problem[];
  /** Excerpts found verbatim at their cited line. */
  verified: number;
  total: number;
  /** How much of the article the excerpts quote (see `measureQuotation`). */
  quotation: Quotation;
}

/** At most this share of the article's words may stand in the excerpts, together. */
export const MAX_QUOTED_SHARE = 0.15;
/** No excerpt may be longer than this many words. */
export const MAX_EXCERPT_WORDS = 15;
/** A run of this many consecutive words shared with the article, outside an excerpt, is copying. */
export const SHARED_RUN_WORDS = 8;

export interface Quotation {
  /** The article's words. */
  articleWords: number;
  /** The words of the distinct excerpts, together. */
  quotedWords: number;
  /** The longest excerpt, in words. */
  longestExcerpt: number;
  /** Runs of `SHARED_RUN_WORDS` or more words the scenario's English texts share with the article. */
  sharedRuns: number;
}

/**
 * Every inject's excerpt stands verbatim at its cited line of the article.
 * Only runs of whitespace are normalised: quotes, dashes and case must match.
 */
export function checkArticle(scenario: Scenario, article: Article): ArticleCheck {
  const lines = splitLines(article.text).map(normaliseWhitespace);
  const name = path.basename(article.file);
  const problems: Problem[] = [];
  let verified = 0;
  const cards = scenario.injects.map((inject, i) => ({
    path: ['injects', i, 'source'],
    source: inject.source,
  }));
  // The knowledge check's questions cite the article as the cards do.
  const sources = [...cards, ...knowledgeCheckSources(scenario)];
  sources.forEach(({ path: at, source }) => {
    const { line, excerpt } = source;
    const cited = lines[line - 1];
    if (cited === undefined) {
      problems.push({
        path: [...at, 'line'],
        message: `line ${line} is beyond the end of ${name} (${lines.length} lines)`,
      });
      return;
    }
    const wanted = normaliseWhitespace(excerpt);
    if (cited.includes(wanted)) {
      verified += 1;
      return;
    }
    const elsewhere = lines.findIndex((text) => text.includes(wanted));
    const hint =
      elsewhere === -1 ? 'nor anywhere else in it, verbatim' : `it stands at line ${elsewhere + 1}`;
    problems.push({
      path: [...at, 'excerpt'],
      message: `excerpt not found at line ${line} of ${name} (${hint})`,
    });
  });
  const quotation = measureQuotation(scenario, article);
  problems.push(...quotation.problems);
  return { problems, verified, total: sources.length, quotation: quotation.figures };
}

/**
 * Quoting stays short: the excerpts together hold at most 15% of the article's
 * words and none more than 15 words, and no other English text of the scenario
 * shares a run of 8 consecutive words with the article (a card's own excerpt
 * excepted). Words are compared case-insensitively, without punctuation, once
 * curly quotes and dashes are normalised.
 */
export function measureQuotation(
  scenario: Scenario,
  article: Article,
): { problems: Problem[]; figures: Quotation } {
  const name = path.basename(article.file);
  const articleWords = articleTokens(article.text);
  const problems: Problem[] = [];
  const distinct = new Set<string>();
  let longestExcerpt = 0;
  const cited = [
    ...scenario.injects.map((inject, i) => ({
      path: ['injects', i, 'source'],
      source: inject.source,
    })),
    ...knowledgeCheckSources(scenario),
  ];
  cited.forEach(({ path: at, source }) => {
    const words = countWords(source.excerpt);
    distinct.add(wordsOf(source.excerpt).join(' '));
    longestExcerpt = Math.max(longestExcerpt, words);
    if (words > MAX_EXCERPT_WORDS) {
      problems.push({
        path: [...at, 'excerpt'],
        message: `the excerpt is ${words} words long (at most ${MAX_EXCERPT_WORDS}: quote a short phrase and say the rest in our own words)`,
      });
    }
  });
  const quotedWords = [...distinct].reduce((sum, excerpt) => sum + countWords(excerpt), 0);
  const total = articleWords.length;
  if (total > 0 && quotedWords > MAX_QUOTED_SHARE * total) {
    problems.push({
      path: ['injects'],
      message: `the excerpts quote ${formatShare(quotedWords, total)} of ${name}'s words (${quotedWords} of ${total}; at most ${formatShare(MAX_QUOTED_SHARE, 1)}): shorten them`,
    });
  }
  const grams = articleGrams(articleWords);
  let sharedRuns = 0;
  for (const { path: where, text, excerpt } of englishTexts(scenario)) {
    const allowed = excerpt === undefined ? new Set<string>() : new Set(gramsOf(wordsOf(excerpt)));
    for (const run of sharedRunsOf(wordsOf(text), grams, allowed)) {
      sharedRuns += 1;
      problems.push({
        path: where,
        message: `shares ${run.words.length} consecutive words with line ${run.line} of ${name} ("${run.words.join(' ')}"; at most ${SHARED_RUN_WORDS - 1} outside the card's excerpt): say it in our own words`,
      });
    }
  }
  return {
    problems,
    figures: { articleWords: total, quotedWords, longestExcerpt, sharedRuns },
  };
}

/** `9.8%`: a share rounded up to a tenth of a percent, so that a share over a limit never reads as the limit. */
export function formatShare(part: number, whole: number): string {
  const tenths = Math.ceil((1000 * part) / whole - 1e-9);
  return `${(tenths / 10).toFixed(1).replace(/\.0$/, '')}%`;
}

/** The words of a text: quotes and dashes normalised, split on whitespace, punctuation dropped, lower case. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, ' ')
    .split(/\s+/)
    .map((word) =>
      word
        .toLowerCase()
        .replace(/[^\p{L}\p{N}%'-]+/gu, '')
        .replace(/^['-]+|['-]+$/g, ''),
    )
    .filter((word) => word !== '');
}

export function countWords(text: string): number {
  return wordsOf(text).length;
}

interface ArticleWord {
  word: string;
  line: number;
}

function articleTokens(text: string): ArticleWord[] {
  return splitLines(text).flatMap((line, index) =>
    wordsOf(line).map((word) => ({ word, line: index + 1 })),
  );
}

/** Every n-gram of the article, with the line it starts on. */
function articleGrams(words: ArticleWord[]): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i += 1) {
    const gram = words
      .slice(i, i + SHARED_RUN_WORDS)
      .map(({ word }) => word)
      .join(' ');
    if (!grams.has(gram)) grams.set(gram, words[i]?.line ?? 0);
  }
  return grams;
}

function gramsOf(words: string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i += 1) {
    grams.push(words.slice(i, i + SHARED_RUN_WORDS).join(' '));
  }
  return grams;
}

/** The maximal runs of the text's words that the article also holds, each at least n words long. */
function sharedRunsOf(
  words: string[],
  grams: Map<string, number>,
  allowed: Set<string>,
): { words: string[]; line: number }[] {
  const runs: { words: string[]; line: number }[] = [];
  let start = -1;
  let end = -1;
  let line = 0;
  for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i += 1) {
    const gram = words.slice(i, i + SHARED_RUN_WORDS).join(' ');
    const at = allowed.has(gram) ? undefined : grams.get(gram);
    if (at === undefined) continue;
    if (start !== -1 && i <= end) {
      end = i + SHARED_RUN_WORDS;
      continue;
    }
    if (start !== -1) runs.push({ words: words.slice(start, end), line });
    start = i;
    end = i + SHARED_RUN_WORDS;
    line = at;
  }
  if (start !== -1) runs.push({ words: words.slice(start, end), line });
  return runs;
}

interface EnglishText {
  path: Path;
  text: string;
  /** The card's own excerpt, which the text may repeat. */
  excerpt?: string;
}

/** Every English text players read, with where it stands. */
function englishTexts(scenario: Scenario): EnglishText[] {
  const texts: EnglishText[] = [{ path: ['summary'], text: scenario.summary.en }];
  scenario.teams.forEach((team, t) => {
    for (const key of ['role', 'publicBriefing', 'secretBriefing'] as const) {
      texts.push({ path: ['teams', t, key], text: team[key].en });
    }
    team.objectives.forEach((objective, o) =>
      texts.push({ path: ['teams', t, 'objectives', o, 'text'], text: objective.text.en }),
    );
  });
  scenario.moves.forEach((move, m) => {
    for (const key of ['period', 'title', 'situation'] as const) {
      texts.push({ path: ['moves', m, key], text: move[key].en });
    }
  });
  scenario.actions.forEach((action, a) => {
    texts.push({ path: ['actions', a, 'name'], text: action.name.en });
    texts.push({ path: ['actions', a, 'description'], text: action.description.en });
    for (const outcome of ['onSuccess', 'onFailure'] as const) {
      texts.push({ path: ['actions', a, outcome, 'text'], text: action[outcome].text.en });
    }
  });
  scenario.injects.forEach((inject, i) => {
    const { excerpt } = inject.source;
    const add = (where: Path, text: string): void => {
      texts.push({ path: ['injects', i, ...where], text, excerpt });
    };
    add(['title'], inject.title.en);
    add(['from'], inject.from.en);
    add(['body'], inject.body.en);
    inject.questions.forEach((question, q) => add(['questions', q, 'text'], question.text.en));
    inject.expectedActions.forEach((expected, e) =>
      add(['expectedActions', e, 'text'], expected.text.en),
    );
    inject.alsoCites.forEach((cited, c) => add(['alsoCites', c, 'finding'], cited.finding.en));
  });
  scenario.endings.forEach((ending, e) => {
    texts.push({ path: ['endings', e, 'title'], text: ending.title.en });
    texts.push({ path: ['endings', e, 'text'], text: ending.text.en });
    if (ending.dilemma === undefined) return;
    texts.push({ path: ['endings', e, 'dilemma', 'prompt'], text: ending.dilemma.prompt.en });
    ending.dilemma.options.forEach((option, o) => {
      texts.push({ path: ['endings', e, 'dilemma', 'options', o, 'label'], text: option.label.en });
      texts.push({ path: ['endings', e, 'dilemma', 'options', o, 'text'], text: option.text.en });
    });
  });
  texts.push(...knowledgeCheckTexts(scenario));
  return texts;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not start another one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
