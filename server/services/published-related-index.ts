// The related-recommendations index over the published recommendations, built lazily on
// first use and rebuilt when that set changes (checked by one aggregate query per use).
// One index per database handle; concurrent callers share one build.
import { buildRelatedIndex, type RelatedIndex } from '../classify/related.ts';
import type { Db } from '../db/handle.ts';
import { findPublishedCorpus, publishedCorpusSignature } from '../repositories/related.repository.ts';

interface Built {
  signature: string;
  index: RelatedIndex;
}

interface Slot {
  built: Built | null;
  building: Promise<Built> | null;
}

const slots = new WeakMap<Db, Slot>();

async function build(db: Db, signature: string): Promise<Built> {
  const corpus = await findPublishedCorpus(db);
  const index = buildRelatedIndex(corpus.map((r) => ({ id: r.id, text: r.text, ...(r.mechanism ? { mechanism: r.mechanism } : {}) })));
  return { signature, index };
}

/** The current index of published recommendations with text. */
export async function publishedRelatedIndex(db: Db): Promise<RelatedIndex> {
  let slot = slots.get(db);
  if (!slot) {
    slot = { built: null, building: null };
    slots.set(db, slot);
  }
  const signature = await publishedCorpusSignature(db);
  if (slot.built?.signature === signature) return slot.built.index;
  const s = slot;
  const pending = s.building ?? (s.building = build(db, signature).finally(() => (s.building = null)));
  const built = await pending;
  s.built = built;
  return built.index;
}
