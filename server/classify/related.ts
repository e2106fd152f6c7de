// Related recommendations: for an item, the nearest others by TF-IDF cosine over words and
// word pairs, through an inverted index so a query touches only the items sharing a term.
import { fitVectorizer, vectorize, type SparseVector, type Vectorizer } from './text-features.ts';

export interface RelatedItem {
  id: string;
  text: string;
  /** The issuing mechanism (`upr`, `CCPR`, `high-commissioner`…); used to look across them. */
  mechanism?: string;
}

export interface RelatedMatch {
  id: string;
  score: number;
  mechanism: string | undefined;
}

export interface RelatedQuery {
  /** How many matches at most (default 10). */
  k?: number;
  /** Matches scoring below this are dropped (default 0.1). */
  minScore?: number;
  /** `other`: only items of another mechanism than the query item's (default `all`). */
  mechanisms?: 'all' | 'other';
}

export interface RelatedIndex {
  size: number;
  /** The nearest items to the item `id`, itself excluded, best first. Throws on an unknown id. */
  related(id: string, query?: RelatedQuery): RelatedMatch[];
  /** The nearest items to a free text (a benchmark's wording), best first. */
  similarTo(text: string, query?: Omit<RelatedQuery, 'mechanisms'> & { mechanism?: string }): RelatedMatch[];
}

/** Terms found in more than this share of the items say nothing about what is asked. */
const MAX_DF_SHARE = 0.5;

/** Builds the index. Ids must be unique; throws on a repeated one. */
export function buildRelatedIndex(items: readonly RelatedItem[]): RelatedIndex {
  const ids = new Map<string, number>();
  items.forEach((item, k) => {
    if (ids.has(item.id)) throw new Error(`related index: id "${item.id}" appears twice`);
    ids.set(item.id, k);
  });
  const vz: Vectorizer = fitVectorizer(items.map((i) => i.text), 1);
  const vectors: SparseVector[] = items.map((i) => vectorize(vz, i.text));
  const df = new Int32Array(vz.vocab.length);
  for (const v of vectors) for (const f of v.idx) df[f]!++;
  const maxDf = Math.max(2, Math.floor(items.length * MAX_DF_SHARE));
  // Postings: for each term, the items holding it and their weights (CSR layout).
  const start = new Int32Array(vz.vocab.length + 1);
  for (let f = 0; f < df.length; f++) start[f + 1] = start[f]! + (df[f]! <= maxDf ? df[f]! : 0);
  const postDoc = new Int32Array(start[df.length]!);
  const postVal = new Float32Array(start[df.length]!);
  const fill = start.slice(0, -1);
  vectors.forEach((v, d) => {
    v.idx.forEach((f, j) => {
      if (df[f]! > maxDf) return;
      postDoc[fill[f]!] = d;
      postVal[fill[f]!++] = v.val[j]!;
    });
  });
  const acc = new Float32Array(items.length);
  const touched: number[] = [];

  function search(x: SparseVector, exclude: number, mechanism: string | undefined, q: RelatedQuery): RelatedMatch[] {
    const k = q.k ?? 10;
    const minScore = q.minScore ?? 0.1;
    for (let j = 0; j < x.idx.length; j++) {
      const f = x.idx[j]!;
      const w = x.val[j]!;
      for (let p = start[f]!; p < start[f + 1]!; p++) {
        const d = postDoc[p]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += w * postVal[p]!;
      }
    }
    const found: { d: number; score: number }[] = [];
    for (const d of touched) {
      const score = acc[d]!;
      acc[d] = 0;
      if (d === exclude || score < minScore) continue;
      if (q.mechanisms === 'other' && mechanism !== undefined && items[d]!.mechanism === mechanism) continue;
      found.push({ d, score });
    }
    touched.length = 0;
    found.sort((a, b) => b.score - a.score);
    return found.slice(0, k).map(({ d, score }) => ({ id: items[d]!.id, score: Math.round(score * 1000) / 1000, mechanism: items[d]!.mechanism }));
  }

  return {
    size: items.length,
    related(id, q = {}) {
      const d = ids.get(id);
      if (d === undefined) throw new Error(`related index: no item "${id}"`);
      return search(vectors[d]!, d, items[d]!.mechanism, q);
    },
    similarTo(text, q = {}) {
      return search(vectorize(vz, text), -1, q.mechanism, { ...q, mechanisms: q.mechanism === undefined ? 'all' : 'other' });
    },
  };
}
