import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ScaleDefinition } from '../services/scales.ts';

export async function upsertScales(db: Kysely<DB>, scales: readonly ScaleDefinition[]): Promise<void> {
  for (const scale of scales) {
    await db.insertInto('scales').values({ code: scale.code, name: scale.name }).onConflict((oc) => oc.column('code').doUpdateSet({ name: scale.name })).execute();
    for (const g of scale.grades) {
      await db
        .insertInto('scale_grades')
        .values({ scale: scale.code, code: g.code, label: g.label, rank: g.rank, colour: g.colour, definition: g.definition })
        .onConflict((oc) => oc.columns(['scale', 'code']).doUpdateSet({ label: g.label, rank: g.rank, colour: g.colour, definition: g.definition }))
        .execute();
    }
  }
}
