import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Absolute path of the scenarios/ folder: where this package's manifest is,
 * as Node resolves the package's own name. Not the working directory (npm
 * runs workspace scripts from the workspace folder), and not this file's
 * location, which is the bundle's once the server is compiled into
 * server/dist. From the URL's string, not a `URL` object: a DOM test
 * environment replaces the global `URL`.
 */
export const scenariosRoot = path.dirname(
  createRequire(import.meta.url).resolve('@borderline/scenarios/package.json'),
);

/** The repository's root (the folder holding scenarios/). */
export const repoRoot = path.dirname(scenariosRoot);

/**
 * Where the source article lives: beside the repository, never inside it (the
 * project carries the citation and the excerpts, not the text).
 */
export const sharedSeedDir = path.resolve(repoRoot, '..', 'shared', 'seed');

export const DEFAULT_ARTICLE_FILE = 'article.txt';
