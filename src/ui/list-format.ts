/** "a, b and c" in the user's language (Intl.ListFormat): where a message names several things. */
export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
