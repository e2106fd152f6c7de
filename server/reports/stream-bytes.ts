// Collects what a stream writes: the XLSX writers stream into memory, then hand back bytes.
import type { PassThrough } from 'node:stream';

/** Resolves with everything written to `stream` once it ends; rejects on its error. */
export function collect(stream: PassThrough): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
