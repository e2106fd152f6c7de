import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, signIn, type Client, type TestServer } from '../server.ts';
import { buildUser } from '../factories.ts';
import { seedPath, sharedAvailable } from '../shared.ts';
import { importDocument } from '../../server/services/import-document.ts';
import { systemActor } from '../../server/services/actor.ts';
import type { ReviewDocument, ReviewSummary } from '../../contracts/review.ts';
import type { Dashboard } from '../../contracts/dashboard.ts';
import type { SearchResult } from '../../contracts/search.ts';

describe.skipIf(!sharedAvailable)('reviewing and publishing the Special Rapporteur reports', () => {
  let s: TestServer;
  let coordinator: Client;
  let viewer: Client;
  let docs: string[];

  beforeAll(async () => {
    s = await createTestServer();
    docs = [];
    for (const seed of ['000', '001']) {
      const path = seedPath(seed);
      const outcome = await importDocument(s.t.db, systemActor('test'), { name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
      docs.push(outcome.documentId);
    }
    const c = await buildUser(s.t.db, 'coordinator');
    coordinator = await signIn(s.app, c.email, c.password);
    const v = await buildUser(s.t.db, 'viewer');
    viewer = await signIn(s.app, v.email, v.password);
  });
  afterAll(async () => s.close());

  const review = async (id: string) => (await coordinator.request('GET', `/api/reviews/${id}`)).json<ReviewDocument>();

  it('lists the drafts for coordinators only, with their extracted items next to the text', async () => {
    expect((await viewer.request('GET', '/api/reviews')).statusCode).toBe(403);
    const list = (await coordinator.request('GET', '/api/reviews')).json<{ items: ReviewSummary[] }>();
    expect(list.items.map((d) => d.id).sort()).toEqual([...docs].sort());
    const r = await review(docs[1]!);
    expect(r.benchmarks).toHaveLength(20);
    expect(r.grades).toHaveLength(20);
    expect(r.paragraphs.length).toBeGreaterThan(100);
    expect(r.items.length).toBeGreaterThan(0);
  });

  it('edits, splits, merges, discards and restores recommendations in review', async () => {
    const item = (await review(docs[0]!)).items[0]!;
    expect((await coordinator.request('PATCH', `/api/reviews/recommendations/${item.id}`, { text: 'First ask. Second ask.' })).statusCode).toBe(204);
    const split = await coordinator.request('POST', `/api/reviews/recommendations/${item.id}/split`, { at: 11 });
    expect(split.statusCode, split.body).toBe(201);
    const created = split.json<{ id: string }>().id;
    let items = (await review(docs[0]!)).items;
    expect(items.find((i) => i.id === item.id)?.text).toBe('First ask.');
    expect(items.find((i) => i.id === created)).toMatchObject({ ref: `${item.ref}-2`, text: 'Second ask.' });
    expect((await coordinator.request('POST', `/api/reviews/recommendations/${item.id}/merge`, { with: created })).statusCode).toBe(204);
    items = (await review(docs[0]!)).items;
    expect(items.find((i) => i.id === item.id)?.text).toBe('First ask. Second ask.');
    expect(items.find((i) => i.id === created)?.state).toBe('discarded');
    expect((await coordinator.request('POST', `/api/reviews/recommendations/${created}/restore`)).statusCode).toBe(204);
    expect((await coordinator.request('POST', `/api/reviews/recommendations/${created}/discard`)).statusCode).toBe(204);
    expect((await viewer.request('POST', `/api/reviews/recommendations/${created}/restore`)).statusCode).toBe(403);
  });

  it('publishes both reports; the scorecard shows 5 on target, 3 variable (F, L, R), 12 off target', async () => {
    for (const id of docs) expect((await coordinator.request('POST', `/api/reviews/${id}/publish`)).statusCode).toBe(200);
    const d = (await coordinator.request('GET', '/api/dashboard')).json<Dashboard>();
    const card = d.scorecards[0]!;
    expect(card.rows).toHaveLength(20);
    expect(Object.fromEntries(card.totals.map((g) => [g.grade, g.count]))).toEqual({ 'on-target': 5, variable: 3, 'off-target': 12 });
    expect(card.rows.filter((r) => r.grade === 'variable').map((r) => r.code)).toEqual(['F', 'L', 'R']);
    expect(card.changes.first).toBe(20);
    expect(card.since?.label).toBe('2022');
    const search = (await coordinator.request('GET', `/api/search?q=${encodeURIComponent('"freedom of expression"')}&mechanism=treaty-body`)).json<SearchResult>();
    expect(search.items.map((h) => `${h.document.symbol ?? ''} ${h.ref}`)).toContain('CCPR/C/KHM/CO/3 35');
  });
});
