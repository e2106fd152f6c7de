import { describe, expect, it, vi } from 'vitest';

// Counts the argon2 checks while running the real ones.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('hash-wasm', async (importOriginal) => {
  const real = await importOriginal<typeof import('hash-wasm')>();
  return {
    ...real,
    argon2Verify: (options: Parameters<typeof real.argon2Verify>[0]) => {
      checks.count++;
      return real.argon2Verify(options);
    },
  };
});

const { hashPassword, verifyNoPassword, verifyPassword } = await import('./passwords.ts');

describe('passwords', () => {
  it('verifies an argon2id hash of the password and nothing else', async () => {
    const hash = await hashPassword('a long enough passphrase');
    expect(hash).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword('a long enough passphrase', hash)).resolves.toBe(true);
    await expect(verifyPassword('another passphrase', hash)).resolves.toBe(false);
    await expect(verifyPassword('a long enough passphrase', 'not a hash')).resolves.toBe(false);
  });

  it('checks a password for an unknown account as it would for a real one, and refuses it', async () => {
    const before = checks.count;
    await expect(verifyNoPassword('a long enough passphrase')).resolves.toBe(false);
    await expect(verifyNoPassword('')).resolves.toBe(false);
    expect(checks.count - before).toBe(2);
  });
});
