/** A position inside the scenario object, e.g. ['injects', 7, 'source', 'excerpt']. */
export type Path = (string | number)[];

/** What a check finds: where in the scenario, and what is wrong there. */
export interface Problem {
  path: Path;
  message: string;
}

/** A problem placed in a file, for people: `file:line path: message`. */
export interface LocatedProblem extends Problem {
  /** Absolute path of the YAML file, or of the scenario folder when no file holds the path. */
  file: string;
  /** 1-based line, when the path (or its nearest ancestor) is found in the file. */
  line?: number;
}

/** `injects[7].source.excerpt` */
export function formatPath(path: Path): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
