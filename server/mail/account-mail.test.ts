import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contracts/languages.ts';
import { invitationMail, passwordResetMail } from './account-mail.ts';

describe('account mails', () => {
  it('word a reset in the account’s language, with the code and, when the address is known, its link', () => {
    const fr = passwordResetMail('fr', 'abc123', 'https://landmark.example.org/');
    expect(fr.subject).toBe('Landmark : réinitialiser votre mot de passe');
    expect(fr.text).toContain('valable une heure');
    expect(fr.text).toContain('abc123\n\nhttps://landmark.example.org/reset-password?token=abc123');
    const en = passwordResetMail('en', 'abc123', undefined);
    expect(en.text).toContain('valid for one hour:\n\nabc123\n\nIf it was not you');
    expect(en.text).not.toContain('http');
  });

  it('word an invitation in each language, naming the account and how long the code lasts', () => {
    for (const language of LANGUAGES) {
      const mail = invitationMail(language, 'sokha@example.org', 'tok', 'https://l.example', 7);
      expect(mail.text).toContain('sokha@example.org');
      expect(mail.text).toContain('https://l.example/reset-password?token=tok');
      expect(mail.text).not.toMatch(/\{\w+\}/);
    }
    expect(invitationMail('km', 'a@b.org', 'tok', undefined, 7).subject).toMatch(/[\u1780-\u17FF]/);
    expect(invitationMail('es', 'a@b.org', 'tok', undefined, 7).text).toContain('válido durante 7 días');
  });
});
