// Storage of imported documents, on PGlite and on a PostgreSQL server.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { importDocument } from '../server/services/import-document.ts';
import { systemActor } from '../server/services/actor.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { DATA_DIR, SHARED_DIR, seedPath } from './shared.ts';

const actor = systemActor('test');
const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });
const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

async function count(t: TestDb, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db);
  return rows[0]!.n;
}

describe(`importing documents (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await ensureReferenceData(t.db, SHARED_DIR);
  });
  afterAll(async () => t.close());

  it('links the 2022 and 2023 benchmarks as one, with one wording per report and the 2023 grades', async () => {
    const first = await importDocument(t.db, actor, file(seedPath('000')));
    const second = await importDocument(t.db, actor, file(seedPath('001')));
    expect(first.status).toBe('imported');
    expect(second.counts?.assessments).toBe(20);
    expect(await count(t, 'benchmarks')).toBe(20);
    expect(await count(t, 'benchmark_wordings')).toBe(40);
    const f = await sql<{ title: string }>`select w.title from benchmark_wordings w join benchmarks b on b.id = w.benchmark_id where b.code = 'F' and b.number = 6 order by w.title`.execute(t.db);
    expect(f.rows.map((r) => r.title)).toEqual([
      expect.stringMatching(/^Improve the capacity of the overloaded prison system/),
      expect.stringMatching(/^Improve the overload/),
    ]);
    const grades = await sql<{ grade: string; codes: string }>`
      select a.grade, string_agg(b.code, '' order by b.code) as codes from assessments a join benchmarks b on b.id = a.benchmark_id group by a.grade order by a.grade`.execute(t.db);
    expect(grades.rows).toEqual([
      { grade: 'off-target', codes: 'ABCDEGHIMOPQ' },
      { grade: 'on-target', codes: 'JKNST' },
      { grade: 'variable', codes: 'FLR' },
    ]);
    const period = await sql<{ label: string; starts_on: string; ends_on: string }>`select label, starts_on, ends_on from reporting_periods`.execute(t.db);
    expect(period.rows).toEqual([{ label: '2022-2023', starts_on: '2022-06-01', ends_on: '2023-06-30' }]);
    const pending = await sql<{ n: number }>`select count(*)::int as n from assessments where state = 'pending'`.execute(t.db);
    expect(pending.rows[0]?.n).toBe(20);
  });

  it('gives a paragraph quoted under several benchmarks the text of all its quotes, each part once', async () => {
    const { rows } = await sql<{ text: string }>`
      select r.text from recommendations r join documents d on d.id = r.document_id where d.symbol = 'CCPR/C/KHM/CO/3' and r.ref = '35'`.execute(t.db);
    const text = rows[0]!.text;
    // Benchmark 1 quotes (d), (e) and the paragraph's part on assembly, benchmark 2 quotes (a)–(c).
    for (const part of ['(a) Refrain', '(b) Prevent', '(c) Decriminalize', '(d) Review', '(e) Ensure', 'In accordance with article 21']) {
      expect(text.split(part).length - 1, part).toBe(1);
    }
    expect(text.indexOf('(a) Refrain')).toBeLessThan(text.indexOf('(e) Ensure'));
  });

  it('turns cited sources into recommendations that a later import of the cited document fills in', async () => {
    const sources = await sql<{ ref: string }>`
      select r.ref from benchmark_sources s join benchmarks b on b.id = s.benchmark_id join recommendations r on r.id = s.recommendation_id
      join documents d on d.id = r.document_id where b.code = 'F' and d.symbol = 'CCPR/C/KHM/CO/3' order by r.ref`.execute(t.db);
    expect(sources.rows.map((r) => r.ref)).toEqual(['25', '27', '41']);
    const co = [
      'Human Rights Committee',
      'Concluding observations on the third periodic report of Cambodia',
      'CCPR/C/KHM/CO/3',
      '',
      '24. The Committee is concerned about the overcrowding of places of detention.',
      '',
      '25. The State party should reduce overcrowding, in particular by using alternatives to detention.',
      '',
    ].join('\n');
    const imported = await importDocument(t.db, actor, text('ccpr-khm-co-3.txt', co), { kind: 'treaty-body-co' });
    expect(imported.symbol).toBe('CCPR/C/KHM/CO/3');
    const docs = await sql<{ id: string; sha256: string | null }>`select id, sha256 from documents where symbol = 'CCPR/C/KHM/CO/3'`.execute(t.db);
    expect(docs.rows).toHaveLength(1);
    expect(docs.rows[0]?.sha256).not.toBeNull();
    const para25 = await sql<{ text: string; linked: number }>`
      select r.text, (select count(*)::int from benchmark_sources s where s.recommendation_id = r.id) as linked
      from recommendations r where r.document_id = ${docs.rows[0]!.id} and r.ref = '25'`.execute(t.db);
    expect(para25.rows).toHaveLength(1);
    expect(para25.rows[0]?.text).toMatch(/reduce overcrowding/);
    expect(para25.rows[0]?.linked).toBe(1);
  });

  it('stores the same file once (by content hash)', async () => {
    const again = await importDocument(t.db, actor, file(seedPath('000')));
    expect(again.status).toBe('already-imported');
    expect(await count(t, 'benchmark_wordings')).toBe(40);
  });

  it('imports the UPR Info export of Cambodia with positions and States as ISO3', async () => {
    const outcome = await importDocument(t.db, actor, file(resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')), { publish: true });
    expect(outcome.counts?.recommendations).toBe(205);
    const positions = await sql<{ position: string; n: number }>`
      select position, count(*)::int as n from recommendations where document_id = ${outcome.documentId} group by position order by position`.execute(t.db);
    expect(positions.rows).toEqual([{ position: 'noted', n: 42 }, { position: 'supported', n: 163 }]);
    const states = await sql<{ bad: number }>`
      select count(*)::int as bad from recommendation_states s join recommendations r on r.id = s.recommendation_id
      where r.document_id = ${outcome.documentId} and s.state !~ '^[A-Z]{3}$'`.execute(t.db);
    expect(states.rows[0]?.bad).toBe(0);
    const tagged = await sql<{ n: number }>`select count(distinct t.recommendation_id)::int as n from recommendation_tags t join recommendations r on r.id = t.recommendation_id where r.document_id = ${outcome.documentId}`.execute(t.db);
    expect(tagged.rows[0]?.n).toBeGreaterThan(200);
  });

  it('refuses a broken file with an error naming it, and stores nothing', async () => {
    const documents = await count(t, 'documents');
    const recommendations = await count(t, 'recommendations');
    const bad = [
      text('empty.txt', ''),
      { name: 'binary.pdf', bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0]) },
      text('no-text-column.csv', 'To,From,Response,Issue,Session\nCambodia,France,Accepted,Justice,18\n'),
      text('unknown.txt', 'A shopping list\n\nmilk\neggs\n'),
    ];
    for (const f of bad) {
      const err = await importDocument(t.db, actor, f).catch((e: unknown) => e);
      expect(err, f.name).toBeInstanceOf(AppError);
      expect((err as AppError).message).toContain(f.name);
    }
    expect(await count(t, 'documents')).toBe(documents);
    expect(await count(t, 'recommendations')).toBe(recommendations);
  });
});
