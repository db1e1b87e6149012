/** A file name for an exported workshop that is safe on every platform: `kestrel-alignment-day.accord`. */
import { WORKSHOP_FILE_EXTENSION } from '../../../src/shared/accordApi';

const MAX_BASE_CHARACTERS = 80;
/** Device names Windows refuses as file names, even with an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

export function exportFileName(title: string): string {
  const slug = Array.from(
    title
      .normalize('NFC')
      .toLowerCase()
      // Everything but letters, their marks and digits (path separators, dots, control characters…) becomes a dash.
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  )
    .slice(0, MAX_BASE_CHARACTERS)
    .join('')
    .replace(/-+$/, '');
  const base = slug === '' ? 'workshop' : WINDOWS_RESERVED.test(slug) ? `workshop-${slug}` : slug;
  return `${base}${WORKSHOP_FILE_EXTENSION}`;
}
