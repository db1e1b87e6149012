/**
 * Sends a sign-off command and answers with the host's own words on refusal, so the place
 * that asked (the signing dialog, a participant's row) can say it there rather than in a toast.
 */
import type { Command } from '../../../domain/commands';
import { hostApi } from '../../bridge/hostApi';
import { isDisconnected, NOT_CONNECTED_EDIT_MESSAGE } from '../../stores/connectionStore';
import { errorMessage, rejectionSentence } from '../../stores/sessionStore';

export type SendResult = { ok: true } | { ok: false; message: string; /** The refused field, e.g. 'fingerprint'. */ path: string };

export async function sendSignoff(command: Command): Promise<SendResult> {
  if (isDisconnected()) return { ok: false, message: NOT_CONNECTED_EDIT_MESSAGE, path: '' };
  try {
    const result = await hostApi().dispatch(command);
    return result.ok ? { ok: true } : { ok: false, message: rejectionSentence(result.rejection), path: result.rejection.path };
  } catch (error) {
    return { ok: false, message: errorMessage(error), path: '' };
  }
}
