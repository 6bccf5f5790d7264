import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the scenarios/ folder. Taken from this file's location, not
 * the working directory: npm runs workspace scripts from the workspace folder.
 * From the URL's string, not a `URL` object: a DOM test environment replaces
 * the global `URL`, which `fileURLToPath` then refuses.
 */
export const scenariosRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The repository's root (the folder holding scenarios/). */
export const repoRoot = path.dirname(scenariosRoot);

/**
 * Where the source article lives: beside the repository, never inside it (the
 * project carries the citation and the excerpts, not the text).
 */
export const sharedSeedDir = path.resolve(repoRoot, '..', 'shared', 'seed');

export const DEFAULT_ARTICLE_FILE = 'article.txt';
