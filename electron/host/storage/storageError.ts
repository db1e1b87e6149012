/** Turns a failed file operation into a RepositoryError whose message says what to do. */
import { RepositoryError } from './workshopRepository.types';

export interface FailedOperation {
  /** What Accord tried, completing "Accord could not …", e.g. `save “Kestrel day”`. */
  doing: string;
  /** The folder the facilitator should look at. */
  folder: string;
  access: 'read' | 'write';
  /** Appended when the files on disk are known to be intact, e.g. "The version saved before is unchanged." */
  reassurance?: string;
}

export function storageError(error: unknown, operation: FailedOperation): RepositoryError {
  if (error instanceof RepositoryError) return error;
  const { doing, folder, access, reassurance } = operation;
  const code = (error as NodeJS.ErrnoException).code;
  let cause: string;
  let advice: string;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      cause = 'The disk is full';
      advice = `Free some space on the disk that holds ${folder}.`;
      break;
    case 'EACCES':
    case 'EPERM':
      cause = `Accord may not ${access} ${access === 'write' ? 'to' : 'in'} ${folder}`;
      advice = 'Check the permissions of that folder, or whether another program (a virus scanner or a sync tool) is locking it.';
      break;
    case 'EROFS':
      cause = `The disk that holds ${folder} is read-only`;
      advice = 'Make the disk writable, or run Accord with its data on another disk.';
      break;
    default:
      cause = `The disk reported an error (${code ?? (error as Error).message})`;
      advice = 'Try again; if it keeps happening, check the disk.';
  }
  return new RepositoryError(`${cause}: Accord could not ${doing}.${reassurance ? ` ${reassurance}` : ''} ${advice}`, 'io');
}
