/**
 * The article's address, opened at the excerpt a card quotes where the
 * browser supports text fragments (it scrolls to and marks the words); the
 * article's top otherwise. The line number stays in the description: the
 * published page has no line numbers.
 */
export function excerptAddress(url: string, excerpt: string): string {
  const words = excerpt.replace(/^[“"‘']+|[”"’']+$/g, '').trim();
  return words === '' ? url : `${url}#:~:text=${encodeURIComponent(words)}`;
}
