// Password hashing with argon2id (hash-wasm: WebAssembly, no native build).
import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

// OWASP's second argon2id profile: 19 MiB, 2 passes, 1 lane.
const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19456, hashLength: 32 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

let nobodysHash: Promise<string> | null = null;

/**
 * Checks `password` against the hash of no account and answers false, in the time a real
 * check takes: a sign-in with an unknown email must not answer faster than one with a
 * wrong password, or the time would tell which accounts exist.
 */
export async function verifyNoPassword(password: string): Promise<false> {
  nobodysHash ??= hashPassword(randomToken());
  await verifyPassword(password, await nobodysHash);
  return false;
}

/** A random URL-safe token (sessions, CSRF, password resets). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
