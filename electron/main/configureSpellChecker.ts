import type { Session } from 'electron';

/**
 * The spell checker never downloads dictionaries. macOS checks spelling with the system's own
 * dictionaries (nothing to download). On Windows and Linux Chromium fetches Hunspell dictionaries
 * from Google's servers the first time a language is checked, so there the spell checker is off
 * for the whole session, as it is in every window (createSecureWindow: spellcheck).
 */
export function configureSpellChecker(session: Session, platform: NodeJS.Platform): void {
  if (platform === 'darwin') return;
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
}
