// Following up in the web app: a focal point plans an action and moves it along, gets a
// Following up in the web app: a focal point plans an action and moves it along, gets a
// reminder, reads it in Khmer and marks it read; a contributor's assessment waits for a
// coordinator's approval and then shows on the benchmark page; a coordinator defines an
// indicator, records a value, defines an indicator counted from the case register and
// computes its value on a day, records an assessment with confidential evidence and opens a
// call for input that an anonymous visitor answers, whose approved answer then serves as
// evidence; the anonymous public portal shows benchmarks and grades but never the
// confidential evidence. axe-core runs on every new page and each is screenshotted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createMailer } from '../../server/mail/mailer.ts';
import { systemActor } from '../../server/services/actor.ts';
import { addCaseEvent } from '../../server/services/add-case-event.ts';
import { createCase } from '../../server/services/create-case.ts';
import { refreshNotifications } from '../../server/services/refresh-notifications.ts';
import { sharedAvailable } from '../shared.ts';
import { browserAvailable, expectAccessible, screenshot, signInAs, startE2e, type E2e } from './harness.ts';

const CONFIDENTIAL_MARKER = 'CONFIDENTIAL-MARKER-7731 statement of a detained witness';
const PUBLIC_EVIDENCE = 'Public hearing records of 2023';
const CONTRIBUTOR_SECRET = 'Notes of an interview with a complainant';
const CONTRIBUTOR_ORG = 'Cambodian Monitoring Network';
const COALITION = 'National Monitoring Coalition';
const VISITORS = 'Prison Visitors Network';
const ACTION_TITLE = 'Draft a law on access to information';
const DEFENDERS_DETAINED = 'Human rights defenders in detention';
const CASE_IDENTITY = 'Full names of two defenders CASE-IDENTITY-5521';

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openBenchmark(page: Page, base: string, code: string): Promise<string> {
  await page.goto(`${base}/benchmarks`);
  await page.locator('tbody th a').filter({ has: page.locator('.code', { hasText: new RegExp(`^${code}$`) }) }).click();
  await page.getByRole('heading', { name: 'Grades per period' }).waitFor();
  return page.url();
}

const assessmentForm = (page: Page) => page.locator('form', { has: page.getByRole('heading', { name: 'Record an assessment' }) });

async function choosePeriod(page: Page, label: string): Promise<void> {
  const select = assessmentForm(page).getByLabel('Reporting period');
  const option = select.locator('option', { hasText: label }).first();
  await option.waitFor({ state: 'attached' });
  const value = await option.getAttribute('value');
  if (!value) throw new Error(`no reporting period ${label} in the assessment form`);
  await select.selectOption(value);
}

describe.skipIf(!browserAvailable || !sharedAvailable)('follow-up in the web app', () => {
  let e: E2e;
  let anonymous: Page;
  let benchmarkF = '';
  let coordinator: { email: string; password: string };

  async function switchTo(user: { email: string; password: string }): Promise<void> {
    await e.page.goto(e.url('/'));
    const signOut = e.page.getByRole('button', { name: 'Sign out' });
    if (await signOut.count()) {
      await signOut.click();
      await e.page.getByRole('link', { name: 'Sign in' }).waitFor();
    }
    await signInAs(e, user);
  }

  beforeAll(async () => {
    e = await startE2e();
    await e.importSeeds(['000', '001']);
    coordinator = await e.addUser('coordinator');
    anonymous = await (await e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
  }, 240_000);
  afterAll(async () => e?.close());

  it('lets a focal point plan an action on a recommendation, move it along, and read the reminder it brings', async () => {
    const focal = await e.addUser('focal-point', { institution: 'Ministry of Information' });
    await signInAs(e, focal);
    await e.page.goto(e.url(`/search?q=${encodeURIComponent('"freedom of expression"')}&mechanism=treaty-body`));
    await e.page.locator('.hit-title', { hasText: 'CCPR/C/KHM/CO/3, para. 35' }).click();
    const form = e.page.locator('form', { has: e.page.getByRole('heading', { name: 'Plan an action' }) });
    await form.waitFor();
    await form.getByLabel('Action', { exact: true }).fill(ACTION_TITLE);
    await form.getByLabel('Description').fill('Prepared with the national human rights committee.');
    await expect(form.getByLabel('Institution').locator('option:checked').innerText()).resolves.toBe('Ministry of Information');
    await form.getByLabel('Due date').fill(inDays(10));
    await form.getByRole('button', { name: 'Add the action' }).click();
    const row = e.page.getByTestId('actions').locator('tbody tr', { hasText: ACTION_TITLE });
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('planned');

    await row.getByLabel(`Status of ${ACTION_TITLE}`).selectOption('in-progress');
    await row.getByRole('button', { name: 'Update' }).click();
    await e.page.getByTestId('actions').locator('tbody tr[data-status="in-progress"]', { hasText: ACTION_TITLE }).waitFor();
    await screenshot(e.page, 'recommendation-follow-up');
    await expectAccessible(e.page, 'recommendation-follow-up');

    await e.page.getByRole('link', { name: 'Actions', exact: true }).click();
    await e.page.getByTestId('actions').locator('tbody tr', { hasText: ACTION_TITLE }).waitFor();
    await screenshot(e.page, 'actions');
    await expectAccessible(e.page, 'actions');

    // The list downloads with the filters the page shows.
    const downloaded = async (status: string) => {
      await e.page.locator('.filters').getByLabel('Status').selectOption(status);
      const csv = e.page.getByTestId('list-download').getByRole('link', { name: 'CSV' });
      await csv.and(e.page.locator(`[href*="status=${status}"]`)).waitFor();
      const href = (await csv.getAttribute('href'))!;
      expect(href).toBe(`/api/actions/export?status=${status}&format=csv`);
      return e.page.evaluate(async (u) => {
        const res = await fetch(u);
        return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
      }, href);
    };
    const inProgress = await downloaded('in-progress');
    expect(inProgress.status).toBe(200);
    expect(inProgress.type).toMatch(/^text\/csv/);
    expect(inProgress.body).toContain(ACTION_TITLE);
    expect((await downloaded('completed')).body).not.toContain(ACTION_TITLE);
    await e.page.locator('.filters').getByLabel('Status').selectOption('');

    // The reminders job (`landmark remind`) notices the action due within 30 days.
    await refreshNotifications(e.server.database.db, systemActor('e2e'), { mailer: createMailer(undefined) });
    await e.page.goto(e.url('/'));
    await e.page.getByTestId('notifications-link').getByText('1 unread').waitFor();
    await e.page.getByTestId('notifications-link').click();
    const reminder = e.page.getByTestId('notification').filter({ hasText: ACTION_TITLE });
    await reminder.waitFor();
    await screenshot(e.page, 'notifications');
    await expectAccessible(e.page, 'notifications');
    await expect(reminder.innerText()).resolves.toContain(`Action “${ACTION_TITLE}” is due on`);

    // Switched to Khmer, the reminder reads in Khmer with a Khmer date, and the account keeps
    // the choice for the reminder mails.
    const languageOf = async () => (await e.server.database.db.selectFrom('users').select('language').where('email', '=', focal.email).executeTakeFirstOrThrow()).language;
    await e.page.getByTestId('language').selectOption('km');
    const khmerDate = new Intl.DateTimeFormat('km-KH', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${inDays(10)}T00:00:00Z`));
    await reminder.getByRole('link', { name: `សកម្មភាព “${ACTION_TITLE}” ដល់កាលកំណត់នៅថ្ងៃទី ${khmerDate}` }).waitFor();
    await expect.poll(languageOf).toBe('km');
    await screenshot(e.page, 'notifications-km');
    await expectAccessible(e.page, 'notifications-km');
    await e.page.getByTestId('language').selectOption('en');
    await reminder.getByRole('link', { name: `Action “${ACTION_TITLE}” is due on` }).waitFor();
    await expect.poll(languageOf).toBe('en');
    await reminder.getByRole('button', { name: 'Mark as read' }).click();
    await reminder.getByRole('button', { name: 'Mark as read' }).waitFor({ state: 'detached' });
    await e.page.getByTestId('notifications-link').locator('.badge').waitFor({ state: 'detached' });
    await reminder.getByRole('link', { name: new RegExp(ACTION_TITLE) }).click();
    await e.page.getByTestId('actions').locator('tbody tr', { hasText: ACTION_TITLE }).waitFor();
    await expect(e.page.getByTestId('actions').locator('tbody tr').count()).resolves.toBe(1);
  }, 120_000);

  it("holds a contributor's assessment until a coordinator approves it, then shows it on the benchmark page", async () => {
    const contributor = await e.addUser('contributor', { org: CONTRIBUTOR_ORG });
    await switchTo(contributor);
    benchmarkF = await openBenchmark(e.page, e.url(''), 'F');
    const form = assessmentForm(e.page);
    await form.getByText('Your assessment will be published once a coordinator approves it.').waitFor();
    await choosePeriod(e.page, '2022-2023');
    await form.getByLabel('On target', { exact: true }).check();
    await form.getByLabel('Narrative').fill('The new complaints mechanism started hearing cases.');
    await form.getByRole('button', { name: 'Add evidence' }).click();
    const item = form.getByRole('group', { name: 'Evidence item 1' });
    await item.getByLabel('Text of the evidence').fill(PUBLIC_EVIDENCE);
    await form.getByRole('button', { name: 'Add evidence' }).click();
    const secret = form.getByRole('group', { name: 'Evidence item 2' });
    await secret.getByLabel('Text of the evidence').fill(CONTRIBUTOR_SECRET);
    await secret.getByRole('checkbox', { name: /^Confidential/ }).check();
    await screenshot(e.page, 'benchmark-assess');
    await expectAccessible(e.page, 'benchmark-assess');
    await form.getByRole('button', { name: 'Record the assessment' }).click();
    await form.getByText('it waits for a coordinator’s approval').waitFor();
    await e.page.reload();
    await e.page.getByRole('heading', { name: 'Grades per period' }).waitFor();
    await expect(e.page.locator('.assessment h4', { hasText: CONTRIBUTOR_ORG }).count()).resolves.toBe(0);

    await switchTo(coordinator);
    await e.page.getByRole('link', { name: 'Moderation' }).click();
    const pending = e.page.getByTestId('pending-assessment').filter({ hasText: CONTRIBUTOR_ORG });
    await pending.waitFor();
    await expect(pending.innerText()).resolves.toMatch(/The new complaints mechanism started hearing cases\./);
    // The coordinator reads the whole assessment, its confidential evidence marked as such.
    await expect(pending.locator('.evidence li.confidential').textContent()).resolves.toMatch(new RegExp(`^Confidential\\s+${CONTRIBUTOR_SECRET}$`));
    await expect(pending.locator('.evidence li:not(.confidential)').textContent()).resolves.toContain(PUBLIC_EVIDENCE);
    await screenshot(e.page, 'moderation');
    await expectAccessible(e.page, 'moderation');
    await pending.getByRole('button', { name: 'Approve' }).click();
    await pending.waitFor({ state: 'detached' });

    await e.page.goto(benchmarkF);
    const approved = e.page.locator('.assessment', { has: e.page.locator('h4', { hasText: CONTRIBUTOR_ORG }) });
    await approved.waitFor();
    await expect(approved.getAttribute('data-grade')).resolves.toBe('on-target');
    await e.page.goto(e.url('/moderation'));
    await e.page.getByText('No assessment is waiting for approval.').waitFor();
  }, 120_000);

  it('lets a coordinator define an indicator, record a value, and record an assessment with confidential evidence', async () => {
    await e.page.goto(benchmarkF);
    await e.page.getByText('Define a new indicator').click();
    await e.page.getByLabel('Name of the indicator').fill('Prison population');
    await e.page.getByLabel('Unit').fill('people');
    await e.page.getByLabel('Baseline').fill('30000');
    await e.page.getByLabel('Target', { exact: true }).fill('25000');
    await e.page.getByRole('button', { name: 'Add the indicator' }).click();
    const valueForm = e.page.getByRole('form', { name: 'Record a value of Prison population' });
    await valueForm.waitFor();
    await valueForm.getByLabel('Value').fill('38944');
    await valueForm.getByLabel('Date observed').fill('2023-06-30');
    await valueForm.getByLabel('Source').fill("Special Rapporteur's report");
    await valueForm.getByRole('button', { name: 'Record the value' }).click();
    await e.page.locator('figure.chart svg[aria-label*="38,944"]').waitFor();

    // An indicator counted from the case register: its value on a day is computed from the cases.
    const held = await createCase(e.server.database.db, systemActor('e2e'), { label: 'Two defenders', identity: CASE_IDENTITY, personCount: 2, sex: 'mixed', categories: ['human-rights-defender'], trialId: null, summary: '', benchmarkIds: [], recommendationIds: [] }, { on: '2023-06-30', rules: { pretrialLimitDays: 180, releaseFraction: 2 / 3 } });
    await addCaseEvent(e.server.database.db, systemActor('e2e'), held.id, { kind: 'arrest', occurredOn: '2023-03-01', verdict: null, articles: [], sentenceMonths: null, suspendedMonths: null, fine: null, currency: null, note: '', documentId: null, paragraphRef: null, source: 'monitor notes' });
    await e.page.goto(benchmarkF);
    await e.page.getByText('Define a new indicator').click();
    await e.page.getByLabel('Name of the indicator').fill(DEFENDERS_DETAINED);
    await e.page.getByLabel('Counted from the case register').selectOption('detained');
    await e.page.getByLabel('Category counted').selectOption('human-rights-defender');
    await e.page.getByRole('button', { name: 'Add the indicator' }).click();
    const computeForm = e.page.getByRole('form', { name: `Compute ${DEFENDERS_DETAINED} from the case register` });
    await computeForm.waitFor();
    await e.page.getByText('Counted from the case register: Persons detained · Human rights defender').waitFor();
    await computeForm.getByLabel('Count on').fill('2023-06-30');
    await computeForm.getByRole('button', { name: 'Compute from cases' }).click();
    await e.page.locator(`figure.chart svg[aria-label="Values of ${DEFENDERS_DETAINED}: 30 June 2023: 2"]`).waitFor();
    await screenshot(e.page, 'benchmark-indicators');
    await expectAccessible(e.page, 'benchmark-indicators');

    const form = assessmentForm(e.page);
    await choosePeriod(e.page, '2022-2023');
    await form.getByLabel('Assessing organisation').fill(COALITION);
    await form.getByLabel('Variable', { exact: true }).check();
    await form.getByRole('button', { name: 'Add evidence' }).click();
    const secret = form.getByRole('group', { name: 'Evidence item 1' });
    await secret.getByLabel('Text of the evidence').fill(CONFIDENTIAL_MARKER);
    await secret.getByRole('checkbox', { name: /^Confidential/ }).check();
    await form.getByRole('button', { name: 'Add evidence' }).click();
    const link = form.getByRole('group', { name: 'Evidence item 2' });
    await link.getByLabel('Kind of evidence').selectOption('url');
    await link.getByLabel('Web address (URL)').fill('https://example.org/public-report');
    await form.getByRole('button', { name: 'Record the assessment' }).click();
    await form.getByText('The assessment is recorded and published.').waitFor();
    // Cleared roles read confidential evidence on the record page.
    const coalition = e.page.locator('.assessment', { has: e.page.locator('h4', { hasText: COALITION }) });
    await coalition.waitFor();
    await expect(coalition.locator('.evidence li.confidential').textContent()).resolves.toContain(CONFIDENTIAL_MARKER);
  }, 120_000);

  it('lets a coordinator open a call for input that an anonymous visitor answers, approve the answer and cite it as evidence', async () => {
    await e.page.goto(e.url('/calls'));
    await e.page.getByText('Open a call for input').click();
    await e.page.getByLabel('Title', { exact: true }).fill('Input on prison conditions');
    await e.page.getByLabel('What is asked').fill('Tell us what changed in prisons since 2022.');
    await e.page.getByLabel('Deadline').fill(inDays(20));
    await e.page.getByRole('group', { name: 'Benchmarks' }).getByRole('checkbox', { name: /^F / }).check();
    await e.page.getByRole('button', { name: 'Open the call' }).click();
    await e.page.getByTestId('calls').getByRole('link', { name: 'Input on prison conditions' }).waitFor();

    await anonymous.goto(e.url('/calls'));
    await anonymous.getByTestId('calls').getByRole('link', { name: 'Input on prison conditions' }).click();
    await anonymous.getByRole('textbox', { name: 'Your contribution' }).fill('Visits by families are again allowed in two prisons.');
    await anonymous.getByLabel('Your name or organisation (optional)').fill('A prison visitor');
    await screenshot(anonymous, 'call-public');
    await expectAccessible(anonymous, 'call-public');
    await anonymous.getByRole('button', { name: 'Send' }).click();
    await anonymous.getByText('Thank you: your contribution has been received.').waitFor();
    await expect(anonymous.getByRole('heading', { name: 'Contributions received' }).count()).resolves.toBe(0);
    await screenshot(anonymous, 'calls');

    await e.page.getByTestId('calls').getByRole('link', { name: 'Input on prison conditions' }).click();
    const submission = e.page.getByTestId('submission').filter({ hasText: 'Visits by families' });
    await submission.waitFor();
    await expect(submission.getAttribute('data-state')).resolves.toBe('pending');
    await expect(submission.innerText()).resolves.toContain('A prison visitor (Confidential)');
    await submission.getByRole('button', { name: 'Approve' }).click();
    await e.page.getByTestId('submission').and(e.page.locator('[data-state="approved"]')).waitFor();
    await expectAccessible(e.page, 'call-moderation');

    // The approved contribution becomes evidence of an assessment of the benchmark the call is on;
    // the evidence carries its text, never who sent it.
    await e.page.goto(benchmarkF);
    const form = assessmentForm(e.page);
    await choosePeriod(e.page, '2022-2023');
    await form.getByLabel('Assessing organisation').fill(VISITORS);
    await form.getByLabel('Off target', { exact: true }).check();
    await form.getByRole('button', { name: 'Add evidence' }).click();
    const cited = form.getByRole('group', { name: 'Evidence item 1' });
    await cited.getByLabel('Kind of evidence').selectOption('submission');
    const option = cited.getByLabel('Approved contribution').locator('option', { hasText: 'Visits by families' });
    await option.waitFor({ state: 'attached' });
    await expect(option.textContent()).resolves.toBe('Input on prison conditions — A prison visitor (Confidential): Visits by families are again allowed in two prisons.');
    await cited.getByLabel('Approved contribution').selectOption(await option.getAttribute('value'));
    await expectAccessible(e.page, 'benchmark-assess-submission');
    await form.getByRole('button', { name: 'Record the assessment' }).click();
    await form.getByText('The assessment is recorded and published.').waitFor();
    const visitors = e.page.locator('.assessment', { has: e.page.locator('h4', { hasText: VISITORS }) });
    await visitors.waitFor();
    const evidence = visitors.locator('.evidence li', { hasText: 'Contribution to a call for input' });
    await expect(evidence.textContent()).resolves.toContain('Visits by families are again allowed in two prisons.');
    await expect(evidence.textContent()).resolves.not.toContain('A prison visitor');
  }, 120_000);

  it('shows an anonymous visitor the public portal with grades and reports, but never the confidential evidence', async () => {
    await anonymous.goto(e.url('/'));
    await anonymous.getByText('Everything on this portal is public').waitFor();
    await anonymous.getByRole('link', { name: 'Benchmarks', exact: true }).click();
    await anonymous.locator('tbody tr .grade').first().waitFor();
    await expect(anonymous.locator('tbody tr .grade').count()).resolves.toBe(20);
    await screenshot(anonymous, 'portal-benchmarks');
    await expectAccessible(anonymous, 'portal-benchmarks');

    await openBenchmark(anonymous, e.url(''), 'F');
    const coalition = anonymous.locator('.assessment', { has: anonymous.locator('h4', { hasText: COALITION }) });
    await coalition.waitFor();
    await expect(coalition.getByText('1 confidential item withheld').count()).resolves.toBe(1);
    await expect(coalition.locator('a[href="https://example.org/public-report"]').count()).resolves.toBe(1);
    await expect(anonymous.locator('.assessment', { has: anonymous.locator('h4', { hasText: CONTRIBUTOR_ORG }) }).count()).resolves.toBe(1);
    await expect(anonymous.getByRole('heading', { name: 'Record an assessment' }).count()).resolves.toBe(0);
    expect(await anonymous.content()).not.toContain('CONFIDENTIAL-MARKER-7731');
    expect(await anonymous.content()).not.toContain(CONTRIBUTOR_SECRET);
    // The contribution cited as evidence shows, its confidential sender does not.
    await expect(anonymous.locator('.assessment', { has: anonymous.locator('h4', { hasText: VISITORS }) }).locator('.evidence li').textContent()).resolves.toContain('Visits by families');
    expect(await anonymous.content()).not.toContain('A prison visitor');
    // The indicator counted from the cases shows its count, never the persons counted.
    await anonymous.locator(`figure.chart svg[aria-label^="Values of ${DEFENDERS_DETAINED}"]`).waitFor();
    expect(await anonymous.content()).not.toContain(CASE_IDENTITY);
    // Nor in what the API gives the page.
    const id = new URL(anonymous.url()).pathname.split('/').pop()!;
    const bodies = await anonymous.evaluate(async (benchmark) => Promise.all([`/api/benchmarks/${benchmark}`, `/api/assessments?benchmarkId=${benchmark}`].map(async (u) => (await fetch(u)).text())), id);
    for (const body of bodies) {
      expect(body).not.toContain('CONFIDENTIAL-MARKER-7731');
      expect(body).not.toContain(CONTRIBUTOR_SECRET);
      expect(body).not.toContain(CASE_IDENTITY);
    }
    await screenshot(anonymous, 'portal-benchmark');
    await expectAccessible(anonymous, 'portal-benchmark');

    await anonymous.getByRole('link', { name: 'Reports' }).click();
    const download = anonymous.getByTestId('reports').getByRole('link', { name: 'Download (PDF)' }).first();
    await download.waitFor();
    const href = (await download.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/reports\/scorecard\?format=pdf&lang=en$/);
    const report = await anonymous.evaluate(async (u) => {
      const res = await fetch(u);
      return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control') };
    }, href);
    expect(report).toEqual({ status: 200, type: 'application/pdf', cache: 'public, max-age=60' });
    await screenshot(anonymous, 'reports');
    await expectAccessible(anonymous, 'reports');
  }, 120_000);
});
