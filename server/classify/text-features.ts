// Text → sparse TF-IDF vectors over words and word bigrams, with a vocabulary pruned by
// document frequency. Shared by the classifier, the label-similarity scorer and the
// related-recommendations index.

/** A sparse vector: feature indices (ascending) and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** Words that carry no theme; dropped before bigrams are formed so `right to food` → `right food`. */
const STOPWORDS = new Set(
  ('a an the of to in on for and or with by at as from its it their this that these those be is are was were been ' +
    'all any such which who whom other also into upon within including include well more most further ' +
    'ensure continue take necessary measures measure step steps efforts effort consider country')
    .split(' '),
);

/** A light English stemmer: plural and a few verb endings, enough to join `rights`/`right`. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

/** Lower-cased, accent-free, stemmed content words of a text, in order. */
export function tokenize(text: string): string[] {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = plain.match(/[a-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Terms of a text: its words and adjacent word pairs (`death penalty` → `death_penalty`). */
export function terms(text: string): string[] {
  const words = tokenize(text);
  const out = words.slice();
  for (let k = 1; k < words.length; k++) out.push(`${words[k - 1]!}_${words[k]!}`);
  return out;
}

export interface Vectorizer {
  vocab: string[];
  idf: Float32Array;
  /** Term → feature index, built from `vocab`. */
  index: Map<string, number>;
}

/** Builds a vocabulary of the terms found in at least `minDf` texts, with smoothed IDF. */
export function fitVectorizer(texts: readonly string[], minDf = 2): Vectorizer {
  const df = new Map<string, number>();
  for (const t of texts) {
    for (const term of new Set(terms(t))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const vocab = [...df.entries()].filter(([, n]) => n >= minDf).map(([term]) => term).sort();
  const idf = new Float32Array(vocab.length);
  vocab.forEach((term, k) => (idf[k] = Math.log((1 + texts.length) / (1 + df.get(term)!)) + 1));
  return makeVectorizer(vocab, idf);
}

export function makeVectorizer(vocab: string[], idf: Float32Array): Vectorizer {
  const index = new Map<string, number>();
  vocab.forEach((term, k) => index.set(term, k));
  return { vocab, idf, index };
}

/** Sublinear TF × IDF, L2-normalised; unknown terms are ignored. */
export function vectorize(v: Vectorizer, text: string): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms(text)) {
    const k = v.index.get(term);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const val = new Float32Array(idx.length);
  let norm = 0;
  idx.forEach((k, j) => {
    const x = (1 + Math.log(counts.get(k)!)) * v.idf[k]!;
    val[j] = x;
    norm += x * x;
  });
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let j = 0; j < val.length; j++) val[j]! *= inv;
  }
  return { idx, val };
}

/** Dot product of two sparse vectors with ascending indices. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i]!;
    const y = b.idx[j]!;
    if (x === y) sum += a.val[i++]! * b.val[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
