import type { HttpQueryInput } from '../protocol/http-route';

/**
 * The URL of a route: its path with each `:name` replaced by the encoded
 * parameter, then the query's given keys. Throws on a parameter the path
 * names and the call does not give (a caller's bug).
 */
export function routeUrl(
  baseUrl: string,
  path: string,
  params: Readonly<Record<string, string>>,
  query: HttpQueryInput | undefined,
): string {
  const filled = path.replace(/:([A-Za-z]\w*)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(key, value);
  }
  const text = search.toString();
  return `${baseUrl}${filled}${text === '' ? '' : `?${text}`}`;
}
