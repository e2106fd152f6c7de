// Reading one published recommendation with what surrounds it: its paragraph in the
// document, its States and tags, links, benchmarks, assignments and actions.
import { sql, type Kysely } from 'kysely';
import type { Language } from '../../contracts/languages.ts';
import type { DB } from '../db/schema.ts';
import { shownName, stateLabel, stateRegion, termLabel } from './reference-labels.ts';

export interface DocRefRow {
  documentId: string;
  symbol: string | null;
  title: string | null;
  mechanism: string | null;
  body: string | null;
  date: string | null;
}

export interface RecommendationRow extends DocRefRow {
  id: string;
  ref: string;
  text: string;
  addressee: string | null;
  position: string | null;
  positionDocumentId: string | null;
  cluster: string | null;
  subTheme: string | null;
  session: number | null;
  cycle: number | null;
  paragraphId: string | null;
}

const DOC_COLUMNS = sql`d.id as "documentId", d.symbol, d.title, d.mechanism, d.body, d.date::text as date`;

export async function findPublishedRecommendation(db: Kysely<DB>, id: string): Promise<RecommendationRow | null> {
  const { rows } = await sql<RecommendationRow>`
    select r.id, r.ref, r.text, r.addressee, r.position, r.position_document_id as "positionDocumentId", r.cluster,
      r.sub_theme as "subTheme", coalesce(r.session, d.session) as session, coalesce(r.cycle, d.cycle) as cycle,
      r.paragraph_id as "paragraphId", ${DOC_COLUMNS}
    from recommendations r join documents d on d.id = r.document_id
    where r.id = ${id} and r.state = 'published'
  `.execute(db);
  return rows[0] ?? null;
}

export async function findDocumentRef(db: Kysely<DB>, id: string): Promise<DocRefRow | null> {
  const { rows } = await sql<DocRefRow>`select ${DOC_COLUMNS} from documents d where d.id = ${id}`.execute(db);
  return rows[0] ?? null;
}

/** The paragraph with `around` paragraphs on each side, in document order. */
export async function findParagraphContext(db: Kysely<DB>, paragraphId: string, around: number): Promise<{ ref: string; text: string; ordinal: number; focus: boolean }[]> {
  const { rows } = await sql<{ ref: string; text: string; ordinal: number; focus: boolean }>`
    select p.ref, p.text, p.ordinal, p.id = ${paragraphId} as focus
    from paragraphs p join paragraphs f on f.id = ${paragraphId} and p.document_id = f.document_id
    where p.ordinal between f.ordinal - ${around} and f.ordinal + ${around}
    order by p.ordinal
  `.execute(db);
  return rows;
}

/** The recommending States in print order, named in `language` (the code when Landmark does not know it). */
export async function findStates(db: Kysely<DB>, id: string, language: Language): Promise<{ code: string; name: string }[]> {
  const { rows } = await sql<{ code: string; label: string; region: string | null }>`
    select rs.state as code, coalesce(${stateLabel('c', language)}, rs.state) as label, ${stateRegion('c', language)} as region
    from recommendation_states rs left join countries c on c.code = rs.state
    where rs.recommendation_id = ${id} order by rs.ordinal, rs.state
  `.execute(db);
  return rows.map((r) => ({ code: r.code, name: shownName(language, r.label, r.region) }));
}

/** Tags not rejected, labelled in `language`, by taxonomy and label. */
export async function findTags(db: Kysely<DB>, id: string, language: Language): Promise<{ taxonomy: string; code: string; label: string; origin: string }[]> {
  const { rows } = await sql<{ taxonomy: string; code: string; label: string; origin: string }>`
    select tt.taxonomy, tt.code, ${termLabel('tt', language)} as label, t.origin
    from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id
    where t.recommendation_id = ${id} and t.origin <> 'rejected'
    order by tt.taxonomy, label
  `.execute(db);
  return rows;
}

export interface LinkRow extends DocRefRow {
  id: string;
  ref: string;
  text: string;
  kind: string;
  score: number | null;
}

/** Published recommendations linked to this one, either way, best score first. */
export async function findLinks(db: Kysely<DB>, id: string): Promise<LinkRow[]> {
  const { rows } = await sql<LinkRow>`
    select o.id, o.ref, o.text, l.kind, l.score, ${DOC_COLUMNS}
    from (
      select to_id as other, kind, score from recommendation_links where from_id = ${id}
      union select from_id, kind, score from recommendation_links where to_id = ${id}
    ) l
    join recommendations o on o.id = l.other and o.state = 'published'
    join documents d on d.id = o.document_id
    order by l.score desc nulls last, d.symbol, o.ref
    limit 50
  `.execute(db);
  return rows;
}

export async function findBenchmarksResting(db: Kysely<DB>, id: string): Promise<{ id: string; code: string | null; number: number | null; title: string }[]> {
  const { rows } = await sql<{ id: string; code: string | null; number: number | null; title: string }>`
    select b.id, b.code, b.number,
      coalesce((select w.title from benchmark_wordings w join documents wd on wd.id = w.document_id
        where w.benchmark_id = b.id order by wd.date desc nulls last, wd.created_at desc limit 1), b.title) as title
    from benchmark_sources s join benchmarks b on b.id = s.benchmark_id
    where s.recommendation_id = ${id} and b.state = 'published'
    order by b.number nulls last, b.code
  `.execute(db);
  return rows.map((r) => ({ ...r, title: r.title ?? r.code ?? '' }));
}

export async function findAssignments(db: Kysely<DB>, id: string): Promise<{ institution: string; role: string }[]> {
  const { rows } = await sql<{ institution: string; role: string }>`
    select i.name as institution, a.role from assignments a join institutions i on i.id = a.institution_id
    where a.recommendation_id = ${id} order by a.role, i.name
  `.execute(db);
  return rows;
}

export interface ActionRow {
  id: string;
  title: string;
  status: string;
  institution: string;
  startsOn: string | null;
  dueOn: string | null;
}

export async function findActions(db: Kysely<DB>, id: string): Promise<ActionRow[]> {
  const { rows } = await sql<ActionRow>`
    select a.id, a.title, a.status, i.name as institution, a.starts_on::text as "startsOn", a.due_on::text as "dueOn"
    from action_recommendations ar join actions a on a.id = ar.action_id join institutions i on i.id = a.institution_id
    where ar.recommendation_id = ${id} order by a.due_on nulls last, a.title
  `.execute(db);
  return rows;
}
