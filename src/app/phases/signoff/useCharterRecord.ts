/**
 * The open workshop's current charter as a CharterRecord, for the console and the projector.
 * The fingerprint comes from the host; it is asked for again whenever what the charter says
 * changes (a new charter version, an edit in any phase), and only while the room is in Sign-off.
 */
import { useEffect, useMemo, useState } from 'react';
import { currentCharterRecord, defaultPaperSize, type CharterRecord } from '../../../domain/charterRecord';
import { CHARTER_FIELDS } from '../../../domain/signoff';
import type { PaperSize, Workshop } from '../../../domain/workshopSchema';
import { hostApi } from '../../bridge/hostApi';
import { errorMessage } from '../../stores/sessionStore';
import { useWorkshop } from '../../stores/workshopSelectors';

export type CharterRecordState =
  | { status: 'loading'; record: null; message: null }
  | { status: 'ready'; record: CharterRecord; message: null }
  | { status: 'failed'; record: null; message: string };

/** The host's answer, with the content it was asked for (a record never pairs new content with an old fingerprint). */
type Fingerprint = ({ ok: true; fingerprint: string } | { ok: false; message: string }) & { forParts: unknown[] };

const selectWorkshop = (s: { snapshot: { workshop: Workshop } | null }) => s.snapshot?.workshop ?? null;

/** The paper the charter prints on: the workshop's choice, else this machine's default. */
export function effectivePaperSize(choice: PaperSize | null): PaperSize {
  return choice ?? defaultPaperSize(navigator.language);
}

export function useCharterRecord(): CharterRecordState {
  const workshop = useWorkshop(selectWorkshop);
  const [fingerprint, setFingerprint] = useState<Fingerprint | null>(null);
  const inSignoff = workshop?.currentPhase === 'signoff';
  // Immer keeps untouched parts identical: these change only when what the charter says changes.
  const contentParts = CHARTER_FIELDS.map((field) => workshop?.[field]);
  const charterVersion = workshop?.signoff.charterVersion;

  useEffect(() => {
    if (!workshop || !inSignoff) return;
    let current = true;
    const forParts = [charterVersion, ...contentParts];
    hostApi()
      .getCharterFingerprint()
      .then(
        (result) => current && setFingerprint(result.ok ? { ok: true, fingerprint: result.fingerprint, forParts } : { ok: false, message: result.message, forParts }),
        (error: unknown) => current && setFingerprint({ ok: false, message: errorMessage(error), forParts }),
      );
    return () => {
      current = false;
    };
    // Keyed on the charter's content, not on every change of the workshop (a timer, the current section).
  }, [inSignoff, charterVersion, ...contentParts]);

  const paperSize = effectivePaperSize(workshop?.setup.paperSize ?? null);
  const signoff = workshop?.signoff;
  return useMemo<CharterRecordState>(() => {
    const forParts = [charterVersion, ...contentParts];
    const fresh = fingerprint !== null && fingerprint.forParts.every((part, i) => part === forParts[i]);
    if (!workshop || !fingerprint || !fresh) return { status: 'loading', record: null, message: null };
    if (!fingerprint.ok) return { status: 'failed', record: null, message: fingerprint.message };
    return { status: 'ready', record: currentCharterRecord(workshop, fingerprint.fingerprint, paperSize), message: null };
    // The record reads the charter's content and its sign-off, nothing else of the workshop.
  }, [fingerprint, paperSize, signoff, charterVersion, ...contentParts]);
}
