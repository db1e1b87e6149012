/**
 * Text as one CSS string token, for the charter's running footer: the printer's margin boxes
 * can only show literal CSS strings, and the company name is typed by anyone. Quotes and
 * backslashes are escaped; line breaks, control characters, broken surrogates and angle
 * brackets become hex escapes, so the value can neither end the string nor spell `</style>`.
 */
const HEX_ESCAPED = /[\u0000-\u001f\u007f<>]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cssString(text: string): string {
  const escaped = text.replace(/["\\]/g, '\\$&').replace(HEX_ESCAPED, (character) => {
    const code = character.charCodeAt(0);
    // NUL and lone surrogates are not characters a CSS string can hold: the replacement character stands in, as a CSS parser would.
    const shown = code === 0 || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code;
    return `\\${shown.toString(16).toUpperCase()} `;
  });
  return `"${escaped}"`;
}
