/** Hostile text written by the tests: large files of one shape, slow for a reader to get through. */

/** About `bytes` of Markdown headings, one a line: a second or more in the Markdown reader alone. */
export function headings(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const part = `# Heading w${i.toString(36)}q\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}
