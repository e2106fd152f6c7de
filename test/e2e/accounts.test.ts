// Accounts in the web app: an admin adds an account on the accounts page (the new user is
// mailed a link), changes its role by keyboard, and cannot disable the last administrator;
// the user, locked out after failed sign-ins, asks for a reset from the sign-in page,
// follows the link mailed to the test SMTP server, chooses a new password and signs in;
// disabled by the admin, the user is signed out and can no longer sign in. axe-core on
// each new page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCKOUT } from '../../server/services/login.ts';
import { mailHeader, mailText, startSmtpServer, type TestSmtp } from '../smtp.ts';
import { browserAvailable, expectAccessible, screenshot, signInAs, startE2e, type E2e } from './harness.ts';

const PUBLIC_URL = 'http://landmark.test';
const EMAIL = 'amara@example.org';
const NEW_PASSWORD = 'a passphrase Amara chose';

describe.skipIf(!browserAvailable)('accounts in the web app', () => {
  let smtp: TestSmtp;
  let e: E2e;
  let admin: { email: string; password: string };
  let user: Page;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    e = await startE2e({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    admin = await e.addUser('admin');
    user = await (await e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
  }, 180_000);
  afterAll(async () => {
    await e?.close();
    await smtp?.close();
  });

  const row = () => e.page.getByTestId('accounts').locator(`tr[data-email="${EMAIL}"]`);
  /** The path and query of the reset link in the last mail to `to` whose subject is `subject`. */
  async function mailedLink(to: string, subject: string, count: number): Promise<string> {
    const mails = () => smtp.mails.filter((m) => m.to.includes(to) && mailHeader(m, 'subject') === subject);
    await expect.poll(() => mails().length).toBe(count);
    const link = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}(/reset-password\\?token=[A-Za-z0-9_-]+)`).exec(mailText(mails().at(-1)!))?.[1];
    expect(link).toBeDefined();
    return link!;
  }

  it('lets an admin add an account, which is mailed a link, and change its role by keyboard', async () => {
    await signInAs(e, admin);
    await e.page.getByRole('link', { name: 'Accounts' }).click();
    await e.page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    const form = e.page.getByTestId('add-account');
    await form.getByLabel('Email address').fill(EMAIL);
    await form.getByLabel('Name').fill('Amara Chea');
    await form.getByLabel('Role').selectOption('focal-point');
    await form.getByLabel('Organisation').fill('Cambodian Human Rights Committee');
    await form.getByLabel('Institution').fill('Ministry of Interior');
    await form.getByLabel('Language').selectOption('fr');
    await expect(form.getByLabel('Mail a link to choose it (valid 7 days)').isChecked()).resolves.toBe(true);
    await form.getByRole('button', { name: 'Add the account' }).click();
    await form.getByText('The account is added.').waitFor();
    await row().waitFor();
    await expect(row().locator('td').allInnerTexts()).resolves.toEqual(['Amara Chea', 'Focal point', 'Cambodian Human Rights Committee', 'Ministry of Interior', 'Français', 'Active', expect.stringContaining('Change') as unknown]);
    // The account reads French, and so does its invitation.
    await mailedLink(EMAIL, 'Landmark : votre nouveau compte', 1);
    await screenshot(e.page, 'accounts');
    await expectAccessible(e.page, 'accounts');

    // By keyboard: open the form, change the role, save; the focus comes back to the button.
    const change = row().getByRole('button', { name: `Change ${EMAIL}` });
    await change.focus();
    await e.page.keyboard.press('Enter');
    const edit = e.page.getByTestId('edit-account');
    await edit.getByRole('heading', { name: `Change the account ${EMAIL}` }).waitFor();
    await expect(change.getAttribute('aria-expanded')).resolves.toBe('true');
    await screenshot(e.page, 'accounts-change');
    await expectAccessible(e.page, 'accounts-change');
    await edit.getByLabel('Role').focus();
    await edit.getByLabel('Role').selectOption('contributor');
    await edit.getByRole('button', { name: 'Save' }).focus();
    await e.page.keyboard.press('Enter');
    await edit.waitFor({ state: 'detached' });
    await row().getByText('Contributor').waitFor();
    await row().getByText('Saved.').waitFor();
    await expect(e.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(`Change ${EMAIL}`);

    // The only administrator cannot be disabled.
    await e.page.getByTestId('accounts').locator(`tr[data-email="${admin.email}"]`).getByRole('button', { name: `Disable ${admin.email}` }).click();
    await e.page.getByRole('alert').filter({ hasText: 'This is the last active administrator.' }).waitFor();
    await expect(e.page.getByTestId('accounts').locator(`tr[data-email="${admin.email}"]`).getByText('Active', { exact: true }).count()).resolves.toBe(1);
  }, 120_000);

  it('lets a locked-out user ask for a reset, follow the mailed link, choose a password and sign in', async () => {
    await user.goto(e.url('/login'));
    for (let i = 0; i < LOCKOUT.failures; i++) {
      await user.getByLabel('Email address').fill(EMAIL);
      await user.getByLabel('Password').fill(`a guess ${i}`);
      await user.getByRole('button', { name: 'Sign in' }).click();
      await user.getByRole('alert').filter({ hasText: 'Wrong email address or password.' }).waitFor();
    }
    await user.getByLabel('Password').fill('one more guess');
    await user.getByRole('button', { name: 'Sign in' }).click();
    await user.getByRole('alert').filter({ hasText: /^This account is locked after too many failed sign-ins\. Try again in \d+ minutes, or reset your password to unlock it now\.$/ }).waitFor();
    await user.getByRole('link', { name: 'Forgot your password?' }).click();
    await user.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
    await screenshot(user, 'reset-request');
    await expectAccessible(user, 'reset-request');
    await user.getByRole('form', { name: 'Reset your password' }).getByLabel('Email address').fill(EMAIL);
    await user.getByRole('button', { name: 'Mail me a link' }).click();
    await user.getByText('If an account uses this address, a link to choose a new password is on its way.').waitFor();
    const link = await mailedLink(EMAIL, 'Landmark : réinitialiser votre mot de passe', 1);

    // A code that is not one gets a clear answer.
    await user.goto(e.url('/reset-password?token=not-a-real-code-at-all'));
    await user.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await user.getByLabel('New password, again').fill(NEW_PASSWORD);
    await user.getByRole('button', { name: 'Set the new password' }).click();
    await user.getByRole('alert').filter({ hasText: 'This link or code is unknown, already used or expired. Ask for a new one.' }).waitFor();
    await user.getByRole('link', { name: 'Ask for a new link' }).click();
    await user.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();

    await user.goto(e.url(link));
    await user.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await expect(user.getByLabel('Code from the mail').count()).resolves.toBe(0);
    await user.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await user.getByLabel('New password, again').fill(`${NEW_PASSWORD}!`);
    await user.getByRole('button', { name: 'Set the new password' }).click();
    await user.getByRole('alert').filter({ hasText: 'The two passwords differ.' }).waitFor();
    await screenshot(user, 'reset-choose');
    await expectAccessible(user, 'reset-choose');
    await user.getByLabel('New password, again').fill(NEW_PASSWORD);
    await user.getByRole('button', { name: 'Set the new password' }).click();
    await user.getByText('Your new password is set. Sign in with it.').waitFor();
    expect(new URL(user.url()).pathname).toBe('/login');
    await user.getByLabel('Email address').fill(EMAIL);
    await user.getByLabel('Password').fill(NEW_PASSWORD);
    await user.getByRole('button', { name: 'Sign in' }).click();
    // The account reads French: the web app switches to it once signed in.
    await user.getByText(`Connecté en tant que ${EMAIL}`).waitFor();
    // A contributor is not offered the accounts page, nor let in by its address.
    await expect(user.getByRole('link', { name: 'Comptes' }).count()).resolves.toBe(0);
    await user.goto(e.url('/users'));
    await user.getByText('Seuls les administrateurs gèrent les comptes.').waitFor();
    await screenshot(user, 'accounts-refused-fr');
    await expectAccessible(user, 'accounts-refused-fr');
  }, 120_000);

  it('lets the admin disable the user, who is signed out and can no longer sign in', async () => {
    await e.page.goto(e.url('/users'));
    await row().getByRole('button', { name: `Disable ${EMAIL}` }).click();
    await row().getByText(`${EMAIL} can no longer sign in.`).waitFor();
    await row().getByText('Disabled', { exact: true }).waitFor();
    await row().getByRole('button', { name: `Enable ${EMAIL}` }).waitFor();

    // The session ended: the page comes back signed out, in the device's language.
    await user.goto(e.url('/'));
    await user.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect(user.getByText(`Signed in as ${EMAIL}`).count()).resolves.toBe(0);
    await user.goto(e.url('/login'));
    await user.getByLabel('Email address').fill(EMAIL);
    await user.getByLabel('Password').fill(NEW_PASSWORD);
    await user.getByRole('button', { name: 'Sign in' }).click();
    await user.getByRole('alert').filter({ hasText: 'Wrong email address or password.' }).waitFor();
    await screenshot(user, 'login-refused');
    await expectAccessible(user, 'login-refused');
  }, 120_000);
});
