import { describe, expect, it } from 'vitest';
import type { NotificationSubject } from '../../contracts/notifications.ts';
import { reminderMail } from './reminder-mail.ts';

const due = { subject: { kind: 'action-due', params: { title: 'Quota for women candidates', dueOn: '2026-12-07' } } satisfies NotificationSubject, link: '/actions/a1' };
const call = { subject: { kind: 'call-deadline', params: { title: 'Input on elections', closesOn: '2027-01-15' } } satisfies NotificationSubject, link: '/calls/c1' };

describe('reminder mail', () => {
  it('counts the reminders in the subject and lists one sentence a line, in the reader’s language', () => {
    expect(reminderMail('en', [due])).toEqual({ subject: 'Landmark: 1 reminder', text: '- Action “Quota for women candidates” is due on 7 December 2026' });
    expect(reminderMail('en', [due, call]).subject).toBe('Landmark: 2 reminders');
    const fr = reminderMail('fr', [due, call]);
    expect(fr.subject).toBe('Landmark : 2 rappels');
    expect(fr.text.split('\n')).toEqual([
      '- L’action « Quota for women candidates » arrive à échéance le 7 décembre 2026',
      '- L’appel à contributions « Input on elections » se clôt le 15 janvier 2027',
    ]);
    expect(reminderMail('es', [due]).subject).toBe('Landmark: 1 recordatorio');
    const km = reminderMail('km', [due, call]);
    expect(km.subject).toBe('Landmark៖ ការរំលឹក 2');
    expect(km.text).toContain('ដល់កាលកំណត់នៅថ្ងៃទី 7 ធ្នូ 2026');
  });

  it('links each reminder and, last, the list of them all, when the web app’s address is known', () => {
    expect(reminderMail('en', [due, call], 'https://landmark.example.org/').text.split('\n')).toEqual([
      '- Action “Quota for women candidates” is due on 7 December 2026: https://landmark.example.org/actions/a1',
      '- The call for input “Input on elections” closes on 15 January 2027: https://landmark.example.org/calls/c1',
      '',
      'All your reminders: https://landmark.example.org/notifications',
    ]);
    const fr = reminderMail('fr', [due], 'https://hr.example.org/landmark').text.split('\n');
    expect(fr).toEqual(['- L’action « Quota for women candidates » arrive à échéance le 7 décembre 2026 : https://hr.example.org/landmark/actions/a1', '', 'Tous vos rappels : https://hr.example.org/landmark/notifications']);
    expect(reminderMail('es', [due], 'https://x.example').text).toContain('Todos sus recordatorios: https://x.example/notifications');
    expect(reminderMail('km', [due], 'https://x.example').text).toContain('៖ https://x.example/actions/a1');
  });
});
