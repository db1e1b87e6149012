/**
 * What "Verify a charter…" can and cannot tell, in words every window and the command line
 * show beside a verdict. Plain about its limits: the seal proves a file is what an Accord
 * wrote, not which Accord, and it is no certificate or legal signature.
 */

/** Shown with every verdict. */
export const CHARTER_VERIFICATION_LIMIT =
  'What this check can tell: whether the file is byte for byte what Accord exported, and whether the charter data embedded in it matches its fingerprint and the chain of its signatures. ' +
  'What it cannot tell: who made the file. Anyone with Accord could build a consistent charter file from scratch, so the strongest check is against your own library, ' +
  'which tells whether this workshop really has a charter version with this fingerprint. The seal is no certificate and no legal signature.';
