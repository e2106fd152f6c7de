// Deriving a benchmark in the web app: a coordinator of a national human rights commission
// creates a draft benchmark on /benchmarks, adds two of the recommendations the page
// proposes as its sources, publishes it and removes a source; an anonymous visitor finds
// the published benchmark with its title, its sources and no editing controls; and a
// recommendation page lists similar recommendations from every mechanism with their
// document and score. axe-core runs on each changed page and each is screenshotted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedAvailable } from '../shared.ts';
import { browserAvailable, expectAccessible, screenshot, signInAs, startE2e, type E2e } from './harness.ts';

const COMMISSION = 'National Human Rights Commission';
const CODE = 'NHRC-1';
const TITLE = 'Release human rights defenders detained for the peaceful exercise of freedom of expression and association';

const proposalNames = (page: Page) => page.getByTestId('proposals').locator(':scope > li > a').allInnerTexts();
const sourceNames = (page: Page) => page.getByTestId('sources').locator(':scope > li > a').allInnerTexts();

describe.skipIf(!browserAvailable || !sharedAvailable)('deriving benchmarks in the web app', () => {
  let e: E2e;
  let anonymous: Page;
  let benchmarkUrl = '';
  let sources: string[] = [];

  beforeAll(async () => {
    e = await startE2e();
    await e.importSeeds(['000', '001', '002']);
    anonymous = await (await e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
  }, 240_000);
  afterAll(async () => e?.close());

  it('lets a coordinator create a benchmark, add two proposed recommendations as its sources and publish it', async () => {
    const coordinator = await e.addUser('coordinator', { org: COMMISSION });
    await signInAs(e, coordinator);
    await e.page.goto(e.url('/benchmarks'));
    await e.page.getByText('New benchmark', { exact: true }).click();
    const monitor = e.page.getByLabel('Monitor (whose benchmark it is)');
    await expect.poll(() => monitor.inputValue()).toBe(COMMISSION);
    await e.page.getByLabel('Code', { exact: true }).fill(CODE);
    await e.page.getByLabel('Title', { exact: true }).fill(TITLE);
    await e.page.getByLabel('Timeframe (optional)').fill('2025–2026');
    await expectAccessible(e.page, 'benchmarks-new');
    await screenshot(e.page, 'benchmarks-new');
    await e.page.getByRole('button', { name: 'Create the benchmark' }).click();

    await e.page.getByRole('heading', { level: 1, name: `Benchmark ${CODE}: ${TITLE}` }).waitFor();
    benchmarkUrl = e.page.url();
    await e.page.getByTestId('draft-note').waitFor();
    await e.page.getByText('No report words this benchmark: its monitor set it.').waitFor();
    await e.page.getByTestId('proposals').waitFor();
    const proposed = await proposalNames(e.page);
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    for (const name of proposed.slice(0, 2)) {
      await e.page.getByRole('button', { name: `Add as a source: ${name}` }).click();
      await e.page.getByTestId('sources').getByRole('link', { name, exact: true }).waitFor();
    }
    sources = proposed.slice(0, 2);
    expect((await sourceNames(e.page)).sort()).toEqual([...sources].sort());
    await expect.poll(() => proposalNames(e.page)).not.toContain(sources[0]);
    expect(await e.page.getByTestId('sources').getByText('(added by the monitor)').count()).toBe(2);
    await expect(e.page.getByTestId('proposals').locator(':scope > li').first().locator('.meta').innerText()).resolves.toMatch(/ · \d+% similar$/);

    await e.page.getByText('Change this benchmark').click();
    await e.page.getByLabel('Timeframe (optional)').fill('By the end of 2026');
    await e.page.getByLabel('Published: everyone').check();
    await e.page.getByRole('button', { name: 'Save the changes' }).click();
    await e.page.getByTestId('draft-note').waitFor({ state: 'detached' });
    await e.page.locator('.facts').getByText('By the end of 2026').waitFor();
    await expectAccessible(e.page, 'benchmark-derived');
    await screenshot(e.page, 'benchmark-derived');
  });

  it('shows the published benchmark with its title and sources to an anonymous visitor, without editing controls', async () => {
    await anonymous.goto(e.url('/benchmarks'));
    const link = anonymous.getByTestId('benchmarks').getByRole('link', { name: `${CODE} ${TITLE}` });
    await link.click();
    await anonymous.getByRole('heading', { level: 1, name: `Benchmark ${CODE}: ${TITLE}` }).waitFor();
    await anonymous.getByTestId('sources').waitFor();
    expect((await sourceNames(anonymous)).sort()).toEqual([...sources].sort());
    await anonymous.getByTestId('proposals').waitFor();
    expect(await anonymous.getByRole('button', { name: /^Add as a source/ }).count()).toBe(0);
    expect(await anonymous.getByRole('button', { name: /^Remove from the sources/ }).count()).toBe(0);
    expect(await anonymous.getByText('Change this benchmark').count()).toBe(0);
    expect(await anonymous.getByText('New benchmark').count()).toBe(0);
    await expectAccessible(anonymous, 'benchmark-derived-public');
  });

  it('lets the coordinator remove a source', async () => {
    await e.page.goto(benchmarkUrl);
    await e.page.getByTestId('sources').waitFor();
    await e.page.getByRole('button', { name: `Remove from the sources: ${sources[1]!}` }).click();
    await e.page.getByText('Removed from the sources.').waitFor();
    await expect.poll(() => sourceNames(e.page)).toEqual([sources[0]]);
    await anonymous.reload();
    await anonymous.getByTestId('sources').waitFor();
    expect(await sourceNames(anonymous)).toEqual([sources[0]]);
  });

  it('shows similar recommendations on a recommendation page, with mechanism, document and score', async () => {
    await anonymous.getByTestId('sources').getByRole('link', { name: sources[0]!, exact: true }).click();
    await anonymous.getByRole('heading', { name: 'Similar recommendations' }).waitFor();
    const similar = anonymous.getByTestId('similar').locator(':scope > li');
    await similar.first().waitFor();
    const count = await similar.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(8);
    for (const meta of await anonymous.getByTestId('similar').locator('.meta').allInnerTexts()) expect(meta).toMatch(/^.+ · .+ · \d+% similar$/);
    // The benchmark it rests on is listed on the recommendation too.
    await anonymous.getByRole('link', { name: new RegExp(`^${CODE} — `) }).waitFor();
    await expectAccessible(anonymous, 'recommendation-similar');
    await screenshot(anonymous, 'recommendation-similar');
  });
});
