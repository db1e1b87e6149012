/**
 * The sign-off rules: who may sign when (sponsors first, once per version, not while absent,
 * only the charter the signer saw, only once every open point is fixed or accepted, and the
 * accepted points then stay as signed), the hash chain that fixes the order of signatures, and
 * the charter versions an edit after a signature starts. Hashing and the clock come from the host
 * through the command context, so this module stays pure.
 */
import type { Draft } from 'immer';
import { canonicalJson, CanonicalJsonError, LONE_SURROGATE } from './canonicalJson';
import { charterCanonicalText, charterContent, type CharterSource } from './charterContent';
import { checkResponsibilities } from './checkResponsibilities';
import { countNoun } from './countNoun';
import { NOUNS } from './labels';
import type { Rejection } from './validationMessages';
import type { SignatureRecord, Signoff, Stroke, Workshop } from './workshopSchema';

/** What signing needs from the host: a SHA-256 (hex) of UTF-8 text and its clock as local time. */
export interface SigningContext {
  hash?: (text: string) => string;
  /** The host's clock as local time with UTC offset, e.g. 2026-11-22T16:05:00+01:00. */
  localTime?: string;
  /** The host's IANA time zone, e.g. Europe/Berlin. */
  timeZone?: string;
}

export type SignoffCommand =
  | { type: 'sign'; participantId: string; typedName: string; strokes: Stroke[]; fingerprint: string }
  | { type: 'withdrawSignature'; participantId: string }
  | { type: 'markAbsent'; participantId: string }
  | { type: 'markPresent'; participantId: string }
  | { type: 'acceptWarnings'; keys: string[] };

export const emptySignoff = (): Signoff => ({ charterVersion: 1, versions: [], signatures: [], absent: [], acceptedWarnings: [], reviewSection: null, reviewPage: 0 });

/**
 * The sentence every signer of a charter version agrees to. Plain and honest: it says what was
 * reviewed and what the signature is, never that it is legally binding or certified.
 */
export function signatureStatement(workshop: Pick<Workshop, 'setup' | 'signoff'>): string {
  const { company, title } = workshop.setup;
  const charter = title.trim() ? `the alignment charter “${title.trim()}”` : 'the alignment charter';
  const of = company.trim() ? ` of ${company.trim()}` : '';
  return `I have reviewed version ${workshop.signoff.charterVersion} of ${charter}${of}, as shown to me, and I agree to work by it. This is a simple electronic sign-off, timed by the facilitator's device clock.`;
}

/** The text a signature record's `hash` is computed over: its canonical JSON without the hash itself. */
export function signatureChainText(record: Omit<SignatureRecord, 'hash'> & { hash?: string }): string {
  const { hash: _, ...rest } = record;
  return canonicalJson(rest);
}

/** What the first signature of a version links to: the hash of the fingerprint it signs. */
export function chainStart(fingerprint: string, hash: (text: string) => string): string {
  return hash(fingerprint);
}

export type ChainCheck = { ok: true } | { ok: false; index: number; reason: string };

/**
 * Whether a version's signatures are the records Accord wrote, in the order it wrote them:
 * each hash matches its record, each record links to the one before it (the first to the
 * fingerprint), and all bind to the same fingerprint (the expected one, when given).
 */
export function verifySignatureChain(records: readonly SignatureRecord[], hash: (text: string) => string, fingerprint?: string): ChainCheck {
  const expected = fingerprint ?? records[0]?.fingerprint;
  for (const [index, record] of records.entries()) {
    if (record.fingerprint !== expected) return { ok: false, index, reason: 'binds to a different charter fingerprint than the signatures before it' };
    const previous = index === 0 ? chainStart(record.fingerprint, hash) : records[index - 1]!.hash;
    if (record.previousHash !== previous) {
      return { ok: false, index, reason: index === 0 ? 'does not start the chain at the charter fingerprint' : 'does not link to the signature before it (the order was changed or a signature removed)' };
    }
    if (record.hash !== hash(signatureChainText(record))) return { ok: false, index, reason: 'was changed after it was signed (its hash does not match)' };
  }
  return { ok: true };
}

/** Participants named as executive sponsors: they sign first. Sponsors not linked to a participant block nobody. */
export function sponsorParticipantIds(workshop: Pick<Workshop, 'participants'> & { rhythm: Pick<Workshop['rhythm'], 'sponsors'> }): string[] {
  const ids = new Set(workshop.participants.map((p) => p.id));
  return [...new Set(workshop.rhythm.sponsors.flatMap((s) => (s.participantId !== null && ids.has(s.participantId) ? [s.participantId] : [])))];
}

/** Final: at least one signature, and every participant has signed or is marked absent. */
export function isCharterFinal(workshop: Pick<Workshop, 'participants' | 'signoff'>): boolean {
  const { signatures, absent } = workshop.signoff;
  if (signatures.length === 0) return false;
  const done = new Set([...signatures.map((s) => s.participantId), ...absent]);
  return workshop.participants.every((p) => done.has(p.id));
}

export interface SignoffWarning {
  /** Stable while the problem lasts; what `acceptWarnings` records. */
  key: string;
  message: string;
}

/** What is unresolved and shown before signing: responsibility problems and actions without an owner. */
export function signoffWarnings(
  workshop: Pick<Workshop, 'teams' | 'stages' | 'activities'> & { actions: readonly Pick<Workshop['actions'][number], 'id' | 'title' | 'ownerParticipantId'>[] },
): SignoffWarning[] {
  const responsibility = checkResponsibilities(workshop).problems.map((p) => ({ key: `responsibility:${p.kind}:${p.activityId ?? p.stageId}`, message: p.message }));
  const actions = workshop.actions
    .filter((a) => a.ownerParticipantId === null)
    .map((a) => ({ key: `actionWithoutOwner:${a.id}`, message: `The action “${a.title || 'untitled'}” has no owner.` }));
  return [...responsibility, ...actions];
}

/** The warnings neither fixed nor accepted for the current version: while any is left, nobody signs. */
export function openSignoffWarnings(workshop: Pick<Workshop, 'teams' | 'stages' | 'activities' | 'actions' | 'signoff'>): SignoffWarning[] {
  const accepted = new Set(workshop.signoff.acceptedWarnings);
  return signoffWarnings(workshop).filter((warning) => !accepted.has(warning.key));
}

/**
 * Why the accepted points can no longer change, or null while they can. The charter's sign-off
 * record lists them as accepted, so once someone has signed, changing them would change what
 * that signature stands beside without starting a new version.
 */
export function acceptedWarningsLocked(workshop: Pick<Workshop, 'participants' | 'signoff'>): string | null {
  const { signatures, charterVersion } = workshop.signoff;
  if (signatures.length === 0) return null;
  const stay = 'so the open points accepted for it can no longer change';
  const next = `edit the charter to start version ${charterVersion + 1}, which is signed again`;
  if (isCharterFinal(workshop)) return `The charter is final: version ${charterVersion} is signed, ${stay}. To change them, ${next}.`;
  const signers = `${countNoun(signatures.length, NOUNS.participant)} ${signatures.length === 1 ? 'has' : 'have'}`;
  const those = signatures.length === 1 ? 'that signature' : 'those signatures';
  return `${signers} signed version ${charterVersion}, ${stay}. To change them, withdraw ${those} first, or ${next}.`;
}

// ---------------------------------------------------------------- validation

/** The charter's fingerprint, or why it has none: text holding a broken character cannot be fingerprinted. */
function fingerprintOrProblem(workshop: Workshop, hash: (text: string) => string): string | Rejection {
  try {
    return hash(charterCanonicalText(workshop));
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return { path: '', message: `The charter cannot be signed: a text in it holds a broken character (${error.path.replace(/^\$\.?/, '')}). Type that text again, then sign.` };
  }
}

const nameOf = (workshop: Workshop, participantId: string) => {
  const name = workshop.participants.find((p) => p.id === participantId)?.name.trim();
  return name || 'This participant';
};

/** The typed name as it is stored: NFC, without surrounding spaces. */
const normalizedTypedName = (typedName: string) => typedName.normalize('NFC').trim();

export function validateSignoff(workshop: Workshop, cmd: SignoffCommand, context: SigningContext): Rejection | null {
  if (cmd.type === 'acceptWarnings') {
    const locked = acceptedWarningsLocked(workshop);
    return locked === null ? null : { path: 'keys', message: locked };
  }
  const participant = workshop.participants.find((p) => p.id === cmd.participantId);
  if (!participant) return { path: 'participantId', message: 'This participant no longer exists.' };
  const name = nameOf(workshop, cmd.participantId);
  const { signatures, absent } = workshop.signoff;
  const signed = signatures.some((s) => s.participantId === cmd.participantId);
  switch (cmd.type) {
    case 'sign': {
      if (!context.hash || !context.localTime || !context.timeZone) return { path: '', message: 'Signing needs the host’s clock and fingerprint; this window cannot sign on its own.' };
      if (signed) return { path: 'participantId', message: `${name} has already signed version ${workshop.signoff.charterVersion} of the charter.` };
      if (absent.includes(cmd.participantId)) return { path: 'participantId', message: `${name} is marked absent. Mark them present before they sign.` };
      // The room signs a charter whose open points it has seen and dealt with, whichever window sends the command.
      const open = openSignoffWarnings(workshop).length;
      if (open > 0) {
        // A file from before this rule may have signatures and open points: then say why accepting is no way out.
        const locked = acceptedWarningsLocked(workshop);
        return { path: '', message: `Fix or accept ${open === 1 ? 'the open point' : `the ${open} open points`} before signing.${locked ? ` ${locked}` : ''}` };
      }
      if (normalizedTypedName(cmd.typedName) === '') return { path: 'typedName', message: 'Type your name to sign.' };
      if (LONE_SURROGATE.test(cmd.typedName)) return { path: 'typedName', message: 'holds a broken character; type the name again.' };
      if (!cmd.strokes.some((stroke) => stroke.length > 0)) return { path: 'strokes', message: 'Draw your signature to sign.' };
      const fingerprint = fingerprintOrProblem(workshop, context.hash);
      if (typeof fingerprint !== 'string') return fingerprint;
      if (fingerprint !== cmd.fingerprint) {
        return { path: 'fingerprint', message: 'The charter changed after it was shown for signing. Review the current charter, then sign again.' };
      }
      // Sponsors sign first, in any order among themselves; an absent sponsor holds nobody up.
      const sponsors = sponsorParticipantIds(workshop);
      const waitingFor = sponsors.filter((id) => !absent.includes(id) && !signatures.some((s) => s.participantId === id));
      if (waitingFor.length > 0 && !sponsors.includes(cmd.participantId)) {
        return { path: 'participantId', message: `The sponsor signs first: waiting for ${waitingFor.map((id) => nameOf(workshop, id)).join(' and ')}.` };
      }
      return null;
    }
    case 'withdrawSignature': {
      if (!signed) return { path: 'participantId', message: `${name} has not signed version ${workshop.signoff.charterVersion} of the charter.` };
      if (isCharterFinal(workshop)) return { path: 'participantId', message: 'The charter is final: everyone has signed or is marked absent, so signatures can no longer be withdrawn.' };
      if (!context.hash) return { path: '', message: 'Withdrawing needs the host’s hashing; this window cannot do it on its own.' };
      const sponsors = sponsorParticipantIds(workshop);
      if (sponsors.includes(cmd.participantId)) {
        const others = signatures.filter((s) => !sponsors.includes(s.participantId));
        if (others.length > 0) {
          return { path: 'participantId', message: `${name} signed first as sponsor and ${others.length === 1 ? '1 participant has' : `${others.length} participants have`} signed since. Withdraw their signatures first, so that the sponsor still signs first.` };
        }
      }
      return null;
    }
    case 'markAbsent':
      if (signed) return { path: 'participantId', message: `${name} has signed this version. Withdraw the signature before marking them absent.` };
      if (absent.includes(cmd.participantId)) return { path: 'participantId', message: `${name} is already marked absent.` };
      return null;
    case 'markPresent': {
      if (!absent.includes(cmd.participantId)) return { path: 'participantId', message: `${name} is not marked absent.` };
      if (isCharterFinal(workshop)) return { path: 'participantId', message: `The charter is final: everyone has signed or is marked absent, so ${name} stays marked absent for version ${workshop.signoff.charterVersion}.` };
      // A sponsor marked present after others signed would sign after them: the order the rule fixes.
      const sponsors = sponsorParticipantIds(workshop);
      if (sponsors.includes(cmd.participantId) && signatures.some((s) => !sponsors.includes(s.participantId))) {
        return { path: 'participantId', message: `${name} is a sponsor, and others have signed since ${name} was marked absent, so the sponsor could no longer sign first. ${name} stays marked absent for this version.` };
      }
      return null;
    }
  }
}

// ---------------------------------------------------------------- resolution

/** Applies a validated sign-off command; `context` has what validation checked it has. */
export function resolveSignoff(draft: Draft<Workshop>, cmd: SignoffCommand, context: SigningContext & { newId: () => string }): void {
  const signoff = draft.signoff;
  switch (cmd.type) {
    case 'sign': {
      const hash = context.hash!;
      const participant = draft.participants.find((p) => p.id === cmd.participantId)!;
      const last = signoff.signatures.at(-1);
      const record: Omit<SignatureRecord, 'hash'> = {
        id: context.newId(),
        participantId: participant.id,
        typedName: normalizedTypedName(cmd.typedName),
        teamId: participant.teamId,
        statement: signatureStatement(draft),
        strokes: cmd.strokes.filter((stroke) => stroke.length > 0),
        fingerprint: cmd.fingerprint,
        signedAt: context.localTime!,
        timeZone: context.timeZone!,
        previousHash: last ? last.hash : chainStart(cmd.fingerprint, hash),
      };
      signoff.signatures.push({ ...record, hash: hash(signatureChainText(record)) });
      return;
    }
    case 'withdrawSignature': {
      const at = signoff.signatures.findIndex((s) => s.participantId === cmd.participantId);
      signoff.signatures.splice(at, 1);
      relinkFrom(signoff.signatures, at, context.hash!);
      return;
    }
    case 'markAbsent':
      signoff.absent.push(cmd.participantId);
      return;
    case 'markPresent':
      signoff.absent = signoff.absent.filter((id) => id !== cmd.participantId);
      return;
    case 'acceptWarnings':
      signoff.acceptedWarnings = [...new Set(cmd.keys)];
      return;
  }
}

/**
 * After a withdrawal the signatures that followed link to the one before the gap. Only the
 * chain fields change: what each signer typed, drew, saw and when stays as it was.
 */
function relinkFrom(records: SignatureRecord[], from: number, hash: (text: string) => string): void {
  for (let index = from; index < records.length; index++) {
    const record = records[index]!;
    record.previousHash = index === 0 ? chainStart(record.fingerprint, hash) : records[index - 1]!.hash;
    record.hash = hash(signatureChainText(record));
  }
}

// ---------------------------------------------------------------- charter versions

/** The workshop fields the charter shows (see charterContent). */
export const CHARTER_FIELDS = ['id', 'setup', 'teams', 'participants', 'pulse', 'stages', 'activities', 'handoffs', 'bestCustomers', 'goals', 'incentives', 'rhythm', 'actions', 'parkingLot', 'decisions', 'checkIn'] as const satisfies readonly (keyof CharterSource)[];
/** Fails to compile when the charter reads a part of the workshop that CHARTER_FIELDS leaves out (a change to it would go unnoticed). */
const everyCharterField: Record<Exclude<keyof CharterSource, (typeof CHARTER_FIELDS)[number]>, never> = {};
void everyCharterField;

/**
 * Whether the charter says something else after a change. Immer keeps untouched parts
 * identical, so most edits are decided without serialising, and only the parts of the charter
 * that are new objects are compared as text: a venue edit in a large workshop compares the
 * cover, not every activity.
 */
export function charterChanged(before: CharterSource, after: CharterSource): boolean {
  if (CHARTER_FIELDS.every((field) => before[field] === after[field])) return false;
  const was = charterContent(before);
  const is = charterContent(after);
  const keys = new Set([...Object.keys(was), ...Object.keys(is)]) as Set<keyof typeof was>;
  return [...keys].some((key) => was[key] !== is[key] && comparableText(was[key]) !== comparableText(is[key]));
}

/** The canonical text, or for content that has none (a broken character) its plain JSON: both tell a change apart. */
function comparableText(part: unknown): string {
  try {
    return canonicalJson(part);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return `not canonical:${JSON.stringify(part)}`;
  }
}

/**
 * The charter changed while the current version has signatures: that version, with what it
 * said and its signatures, goes into the history and the next version starts unsigned.
 */
export function startNextVersion(draft: Draft<Workshop>, signedContent: CharterSource): void {
  const signoff = draft.signoff;
  signoff.versions.push({
    number: signoff.charterVersion,
    fingerprint: signoff.signatures[0]!.fingerprint,
    content: charterContent(signedContent),
    signatures: signoff.signatures,
    absent: signoff.absent,
    acceptedWarnings: signoff.acceptedWarnings,
  });
  signoff.charterVersion += 1;
  signoff.signatures = [];
  signoff.absent = [];
  signoff.acceptedWarnings = [];
}
