import { refusalError, type AckError } from '@borderline/shared';
import { errorCode } from '../error-code';

/** Whether a store write failed because the disk (or its quota) is full. */
export function isStorageFull(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  return code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * What a client hears when the disk is full: the write was rolled back
 * (the engine went back to what is stored), so nothing was applied, and it
 * may be sent again once there is room.
 */
export const STORAGE_FULL: AckError = refusalError(
  'storage-full',
  "The server's disk is full, so nothing was saved: tell whoever runs the server, and send it again once there is space.",
);
