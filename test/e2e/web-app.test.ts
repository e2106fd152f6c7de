// The web app as people use it: import the Special Rapporteur's two reports, review and
// publish them, read the scorecard, search with facets and a shareable URL, open records,
// read State names in French, switch to Khmer; axe-core on every main page and a screenshot of each.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATA_DIR, seedPath, sharedAvailable } from '../shared.ts';
import { browserAvailable, expectAccessible, screenshot, signInAs, startE2e, type E2e } from './harness.ts';

/** Drops files on the drop zone as a person dragging them from the desktop would. */
async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

const hitTitles = (page: Page) => page.locator('.hit-title').allTextContents();

describe.skipIf(!browserAvailable || !sharedAvailable)('web app end to end', () => {
  let e: E2e;

  beforeAll(async () => {
    e = await startE2e();
  }, 180_000);
  afterAll(async () => e.close());

  it('shows anonymous visitors the public portal', async () => {
    await e.page.goto(e.url('/'));
    await e.page.getByText('Everything on this portal is public').waitFor();
    await expect(e.page.getByRole('link', { name: 'Import' }).count()).resolves.toBe(0);
    await screenshot(e.page, 'portal');
    await expectAccessible(e.page, 'portal');
  });

  it('imports the two reports by drag and drop, reviews them and publishes them', async () => {
    const coordinator = await e.addUser('coordinator');
    await signInAs(e, coordinator);
    await e.page.getByRole('link', { name: 'Import' }).click();
    await dropFiles(e.page, [seedPath('000'), seedPath('001')]);
    await e.page.getByRole('button', { name: 'Import', exact: true }).click();
    const imported = e.page.getByTestId('imported').getByRole('link');
    await imported.nth(1).waitFor({ timeout: 120_000 });
    await expect(imported.count()).resolves.toBe(2);
    await screenshot(e.page, 'import');
    await expectAccessible(e.page, 'import');

    for (const index of [0, 1]) {
      await e.page.goto(e.url('/import'));
      await e.page.getByRole('heading', { name: 'Documents waiting for review' }).waitFor();
      await e.page.locator('#queue-h + ul a').first().click();
      await e.page.getByRole('heading', { name: /Extracted benchmarks \(20\)/ }).waitFor();
      if (index === 0) {
        // Fix one item: edit its text, and see it next to the source.
        const first = e.page.locator('.review-item').first();
        await first.getByRole('button', { name: 'Edit' }).click();
        const box = first.getByRole('textbox');
        await box.fill(`${await box.inputValue()} (reviewed)`);
        await first.getByRole('button', { name: 'Save' }).click();
        await e.page.locator('.review-item').first().getByText('(reviewed)').waitFor();
        await screenshot(e.page, 'review');
        await expectAccessible(e.page, 'review');
      }
      await e.page.getByRole('button', { name: 'Publish this document' }).click();
      await e.page.getByTestId('published').waitFor();
    }
  }, 240_000);

  it('shows the 2023 scorecard: 5 on target, 3 variable (F, L, R), 12 off target, and the change since 2022', async () => {
    await e.page.goto(e.url('/'));
    const totals = e.page.getByTestId('scorecard-totals');
    await totals.waitFor();
    await expect(totals.locator('li[data-grade="on-target"]').innerText()).resolves.toMatch(/On target: 5\b/);
    await expect(totals.locator('li[data-grade="variable"]').innerText()).resolves.toMatch(/Variable: 3 \(F, L, R\)/);
    await expect(totals.locator('li[data-grade="off-target"]').innerText()).resolves.toMatch(/Off target: 12\b/);
    await expect(e.page.getByTestId('scorecard-since').innerText()).resolves.toMatch(/Change since 2022.*First graded: 20/);
    await expect(e.page.locator('h2', { hasText: '2022-2023' }).count()).resolves.toBeGreaterThan(0);
    await screenshot(e.page, 'dashboard');
    await expectAccessible(e.page, 'dashboard');
  });

  it('opens a benchmark with its wording in both reports and its grade with evidence', async () => {
    await e.page.locator('tr[data-code="F"] a').click();
    await e.page.getByRole('heading', { name: 'Grades per period' }).waitFor();
    await expect(e.page.locator('.assessment[data-grade="variable"]').count()).resolves.toBe(1);
    await expect(e.page.locator('#wordings-h + ul li').count()).resolves.toBe(2);
    await screenshot(e.page, 'benchmark');
    await expectAccessible(e.page, 'benchmark');
  });

  it('searches "freedom of expression" with the treaty-body facet, and the URL reloads the same results', async () => {
    await e.page.goto(e.url('/search'));
    await e.page.getByLabel('Words to search for').fill('"freedom of expression"');
    await Promise.all([
      e.page.waitForResponse((r) => r.url().includes('/api/search?q=')),
      e.page.getByRole('button', { name: 'Search', exact: true }).click(),
    ]);
    await e.page.locator('fieldset[data-facet="mechanism"]').getByLabel(/Treaty bodies/).check();
    await e.page.waitForURL(/mechanism=treaty-body/);
    await e.page.locator('.hit-title', { hasText: 'CCPR/C/KHM/CO/3, para. 35' }).waitFor();
    const before = await hitTitles(e.page);
    expect(before).toContain('CCPR/C/KHM/CO/3, para. 35');
    const shared = e.page.url();
    expect(new URL(shared).searchParams.get('q')).toBe('"freedom of expression"');
    // The count agrees with its noun: "1 recommendation", "2 recommendations".
    const heading = await e.page.locator('.results-head h2').innerText();
    expect(heading).toMatch(before.length === 1 ? /^1 recommendation\b(?!s)/ : new RegExp(`^${before.length} recommendations`));
    await screenshot(e.page, 'search');
    await expectAccessible(e.page, 'search');

    // The results download with the same words and facet; all of them are treaty-body recommendations.
    const json = (await e.page.getByTestId('list-download').getByRole('link', { name: 'JSON' }).getAttribute('href'))!;
    const params = new URL(json, shared).searchParams;
    expect([new URL(json, shared).pathname, params.get('q'), params.get('mechanism'), params.get('format')]).toEqual(['/api/search/export', '"freedom of expression"', 'treaty-body', 'json']);
    const rows = await e.page.evaluate(async (u) => (await fetch(u)).json() as Promise<{ document: string; paragraph: string; mechanism: string }[]>, json);
    expect(rows.map((r) => `${r.document}, para. ${r.paragraph}`)).toContain('CCPR/C/KHM/CO/3, para. 35');
    expect(new Set(rows.map((r) => r.mechanism))).toEqual(new Set(['treaty-body']));

    await e.page.reload();
    await e.page.locator('.hit-title').first().waitFor();
    expect(await hitTitles(e.page)).toEqual(before);
    await expect(e.page.locator('fieldset[data-facet="mechanism"]').getByLabel(/Treaty bodies/).isChecked()).resolves.toBe(true);
  });

  it('opens the recommendation record with its source and the benchmarks resting on it', async () => {
    await e.page.locator('.hit-title', { hasText: 'CCPR/C/KHM/CO/3, para. 35' }).click();
    await e.page.getByRole('heading', { name: 'Benchmarks resting on it' }).waitFor();
    await expect(e.page.locator('.rec-text').innerText()).resolves.toMatch(/freedom of expression/i);
    await expect(e.page.locator('#bench-h + ul li').count()).resolves.toBeGreaterThan(0);
    // Only quoted by the reports: the Committee's own text is not imported.
    await e.page.getByText('The text of this document is not in Landmark').waitFor();
    await screenshot(e.page, 'recommendation');
    await expectAccessible(e.page, 'recommendation');
  });

  it('lists the five mass trials of the 2023 report on the cases page, and filters cases in the URL', async () => {
    await e.page.goto(e.url('/cases'));
    await e.page.getByTestId('trials').waitFor();
    await expect(e.page.getByTestId('trials').locator('tbody tr').count()).resolves.toBe(5);
    await expect(e.page.getByTestId('trials').innerText()).resolves.toMatch(/Phnom Penh Municipal Court/);
    await e.page.getByTestId('case-filter-status').selectOption('pretrial-detention');
    await e.page.waitForURL(/status=pretrial-detention/);
    await screenshot(e.page, 'cases');
    await expectAccessible(e.page, 'cases');
  });

  it('switches to French and names the States of the search facets and hits in French, while the URL keeps their codes', async () => {
    await e.importPublished([resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')]);
    await e.page.goto(e.url(`/search?q=${encodeURIComponent('"Paris Principles"')}`));
    const states = e.page.locator('fieldset[data-facet="state"]');
    await states.getByLabel('Algeria (1)').waitFor();
    await e.page.getByTestId('language').selectOption('fr');
    await states.getByLabel('Algérie (1)').check();
    await e.page.waitForURL(/state=DZA/);
    // Narrowed to Algeria's one recommendation, its State named in French.
    await e.page.locator('.hit').nth(1).waitFor({ state: 'detached' });
    await expect(e.page.locator('.hit .meta').innerText()).resolves.toMatch(/· Algérie ·/);
    const download = await e.page.getByTestId('list-download').getByRole('link', { name: 'JSON' }).getAttribute('href');
    expect(new URL(download!, e.page.url()).searchParams.get('lang')).toBe('fr');
    await screenshot(e.page, 'search-fr');
    await expectAccessible(e.page, 'search-fr');
    await e.page.getByTestId('language').selectOption('en');
    await states.getByLabel('Algeria (1)').waitFor();
  });

  it('switches to Khmer, shows Khmer interface text in the Khmer font, and remembers the choice', async () => {
    await e.page.goto(e.url('/'));
    await e.page.getByTestId('language').selectOption('km');
    await e.page.getByRole('navigation').getByRole('link', { name: 'ផ្ទាំងសង្ខេប', exact: true }).waitFor();
    await expect(e.page.locator('html').getAttribute('lang')).resolves.toBe('km');
    const font = await e.page.evaluate(async () => {
      await document.fonts.ready;
      return { family: getComputedStyle(document.body).fontFamily, loaded: document.fonts.check('16px "Noto Sans Khmer"', 'ផ្ទាំង') };
    });
    expect(font.family).toMatch(/Noto Sans Khmer/);
    expect(font.loaded).toBe(true);
    await screenshot(e.page, 'dashboard-km');
    await e.page.reload();
    await e.page.getByRole('navigation').getByRole('link', { name: 'ស្វែងរក', exact: true }).waitFor();
    await expectAccessible(e.page, 'dashboard-km');
    await e.page.getByTestId('language').selectOption('en');
  });
});
