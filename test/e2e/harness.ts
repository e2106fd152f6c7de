// End-to-end harness: the real server (built web app, job worker) on a random port over a
// fresh database, Debian's chromium driven by playwright-core, axe-core for accessibility,
// and screenshots under test-results/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { build } from 'vite';
import { loadConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/main.ts';
import { systemActor } from '../../server/services/actor.ts';
import { addUser } from '../../server/services/add-user.ts';
import { importDocument } from '../../server/services/import-document.ts';
import { publishDocument } from '../../server/services/publish-document.ts';
import type { Role } from '../../contracts/enums.ts';
import { createServerDatabase, onPostgres } from '../db.ts';
import { REPO_DIR, seedPath } from '../shared.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);
export const RESULTS_DIR = resolve(REPO_DIR, 'test-results');
const WEB_DIST = resolve(REPO_DIR, 'web/dist');

export interface E2e {
  server: RunningServer;
  browser: Browser;
  page: Page;
  url(path: string): string;
  /** Adds an account as `landmark user add` does: an organisation or institution by name is created when unknown. */
  addUser(role: Role, opts?: { org?: string; institution?: string }): Promise<{ email: string; password: string }>;
  /** Imports seeds and publishes them as the review screen does (for flows that start from published records). */
  importSeeds(prefixes: string[]): Promise<void>;
  /** Imports files by path and publishes them, as importSeeds does. */
  importPublished(paths: string[]): Promise<void>;
  close(): Promise<void>;
}

/** Builds the web app when `npm install` has not (a fresh clone installed with --ignore-scripts). */
async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  await build({ configFile: resolve(REPO_DIR, 'vite.config.ts'), logLevel: 'error' });
}

/** `smtpUrl` and `publicUrl` set SMTP_URL and LANDMARK_PUBLIC_URL (mails and the links in them). */
export async function startE2e(opts: { smtpUrl?: string; publicUrl?: string } = {}): Promise<E2e> {
  await ensureWebBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'landmark-e2e-'));
  const created = onPostgres ? await createServerDatabase() : null;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LANDMARK_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(created ? { DATABASE_URL: created.url } : {}),
    ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
    ...(opts.publicUrl ? { LANDMARK_PUBLIC_URL: opts.publicUrl } : {}),
  });
  const server = await startServer(config, { webDir: WEB_DIST });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // A fresh context is a fresh profile: no cookies, no localStorage.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  let n = 0;
  const importPublished = async (paths: string[]): Promise<void> => {
    for (const path of paths) {
      const imported = await importDocument(server.database.db, systemActor('e2e'), { name: basename(path), bytes: new Uint8Array(await readFile(path)) });
      await publishDocument(server.database.db, systemActor('e2e'), imported.documentId);
    }
  };
  return {
    server,
    browser,
    page,
    url: (path) => `${server.url}${path}`,
    async addUser(role, opts = {}) {
      n += 1;
      const user = { email: `${role}${n}@example.org`, password: `pass-${role}-${n}-long-enough` };
      await addUser(server.database.db, systemActor('e2e'), { email: user.email, name: `${role} ${n}`, role, password: user.password, organisationName: opts.org, institutionName: opts.institution });
      return user;
    },
    importSeeds: (prefixes) => importPublished(prefixes.map(seedPath)),
    importPublished,
    async close() {
      await browser.close();
      await server.stop();
      await created?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: resolve(REPO_DIR, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with the list of serious and critical axe-core violations of the page, named `name`. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${name}: ${v.id} (${v.impact ?? ''}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** Signs in through the login screen. */
export async function signInAs(e: E2e, user: { email: string; password: string }): Promise<void> {
  await e.page.goto(e.url('/login'));
  await e.page.getByLabel('Email address').fill(user.email);
  await e.page.getByLabel('Password').fill(user.password);
  await e.page.getByRole('button', { name: 'Sign in' }).click();
  await e.page.getByText(`Signed in as ${user.email}`).waitFor();
}
