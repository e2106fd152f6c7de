// The trials a document lists (an annex of verdicts, charges and judgments), stored once
// per annex row however often the document is imported, and linked to the benchmarks whose
// sections refer to that annex.
import type { ExtractResult } from '../../contracts/extract.ts';
import type { Db } from '../db/handle.ts';
import { addLinks } from '../repositories/case-links.repository.ts';
import { upsertImportedTrial } from '../repositories/trial.repository.ts';

/** Stores the trials of `result`; `benchmarkIds` maps the document's benchmark codes to ids. Returns how many. */
export async function storeTrials(db: Db, documentId: string, result: ExtractResult, benchmarkIds: ReadonlyMap<string, string>, createdBy: string | null): Promise<number> {
  const trials = result.trials ?? [];
  for (const t of trials) {
    const id = await upsertImportedTrial(
      db,
      {
        title: t.title ?? t.charges,
        court: t.court,
        charges: t.charges,
        articles: t.articles,
        verdictOn: t.verdictDate,
        judgment: t.judgment,
        defendantCount: t.defendants,
        documentId,
        paragraphRef: t.paragraph,
      },
      createdBy,
    );
    const linked = t.benchmarks.map((code) => benchmarkIds.get(code)).filter((b): b is string => b !== undefined);
    await addLinks(db, 'trial', id, { benchmarkIds: linked });
  }
  return trials.length;
}
