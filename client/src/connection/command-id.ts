/**
 * A command id: 16 random bytes in base64url (22 characters, within the
 * protocol's 8 to 64). Not `crypto.randomUUID`: browsers offer it only on
 * HTTPS or localhost, and a seminar server is often reached over plain HTTP
 * on the room's network; `getRandomValues` works everywhere.
 */
export function newCommandId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
