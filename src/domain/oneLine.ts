/**
 * Text for a one-line field made from text that may span lines (a sticky note turned into a
 * stage, a parked topic turned into an action): line breaks become spaces, the ends are
 * trimmed, and the text is cut at the field's limit without splitting a character in two.
 */
export function oneLine(text: string, maxLength: number): string {
  const flat = text.replace(/\s*(?:\r\n|[\r\n])\s*/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  let cut = '';
  for (const character of flat) {
    if (cut.length + character.length > maxLength) break;
    cut += character;
  }
  return cut.trimEnd();
}
