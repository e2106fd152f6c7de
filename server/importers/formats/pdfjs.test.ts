import { describe, expect, it } from 'vitest';

// Taken before pdfjs loads (the import below is dynamic). core-js would make its own look
// native to Function.prototype.toString, so the check is by identity.
const engine = { parse: JSON.parse, stringify: JSON.stringify };

describe('pdfjs, loaded through pdfjs.ts', () => {
  it("keeps the engine's JSON.parse and JSON.stringify, which its core-js would replace", async () => {
    const { getDocument } = await import('./pdfjs.ts');
    expect(typeof getDocument).toBe('function');
    expect(JSON.parse).toBe(engine.parse);
    expect(JSON.stringify).toBe(engine.stringify);
  });
});
