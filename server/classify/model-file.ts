// The model file: gzip of [u32 header length][JSON header][int8 weights]. Weights are
// quantised per label (int8 × that label's scale), which keeps the file small and the
// scores within a fraction of a percent of the float model's.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LinearMultiLabelModel } from './linear-model.ts';
import { makeVectorizer } from './text-features.ts';

const FORMAT = 'landmark-linear-multilabel/1';

interface Header {
  format: string;
  labels: string[];
  vocab: string[];
  idf: number[];
  bias: number[];
  thresholds: number[];
  scale: number;
  /** Per-label factor: weight = int8 value × quantScale[label]. */
  quantScale: number[];
  meta: Record<string, string | number>;
}

const round = (x: number, digits = 5): number => Number(x.toPrecision(digits));

/** Serialises a model (and free-form metadata such as the training data) to gzipped bytes. */
export function encodeModel(model: LinearMultiLabelModel, meta: Record<string, string | number> = {}): Buffer {
  const nl = model.labels.length;
  const nf = model.vectorizer.vocab.length;
  const quantScale = model.labels.map((_, l) => {
    let max = 0;
    for (let f = 0; f < nf; f++) max = Math.max(max, Math.abs(model.weights[f * nl + l]!));
    return max === 0 ? 1 : max / 127;
  });
  const q = new Int8Array(nf * nl);
  for (let f = 0; f < nf; f++) {
    for (let l = 0; l < nl; l++) q[f * nl + l] = Math.round(model.weights[f * nl + l]! / quantScale[l]!);
  }
  const header: Header = {
    format: FORMAT,
    labels: model.labels,
    vocab: model.vectorizer.vocab,
    idf: Array.from(model.vectorizer.idf, (x) => round(x)),
    bias: Array.from(model.bias, (x) => round(x)),
    thresholds: Array.from(model.thresholds, (x) => round(x)),
    scale: round(model.scale),
    quantScale: quantScale.map((x) => round(x, 8)),
    meta,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([len, json, Buffer.from(q.buffer)]), { level: 9 });
}

/** Reads a model file's bytes. Throws when the bytes are not a model of this format. */
export function decodeModel(bytes: Uint8Array): { model: LinearMultiLabelModel; meta: Record<string, string | number> } {
  const raw = gunzipSync(bytes);
  const len = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + len).toString('utf8')) as Header;
  if (header.format !== FORMAT) throw new Error(`not a ${FORMAT} model (format "${header.format}")`);
  const nl = header.labels.length;
  const nf = header.vocab.length;
  const q = new Int8Array(raw.buffer, raw.byteOffset + 4 + len, nf * nl);
  const weights = new Float32Array(nf * nl);
  for (let i = 0; i < weights.length; i++) weights[i] = q[i]! * header.quantScale[i % nl]!;
  return {
    model: {
      labels: header.labels,
      vectorizer: makeVectorizer(header.vocab, Float32Array.from(header.idf)),
      weights,
      bias: Float32Array.from(header.bias),
      thresholds: Float32Array.from(header.thresholds),
      scale: header.scale,
    },
    meta: header.meta,
  };
}
