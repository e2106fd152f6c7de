import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from './languages.ts';
import { NOTIFICATION_MESSAGES, notificationSentence, notificationSubject, type NotificationSubject } from './notifications.ts';

const KHMER = /[\u1780-\u17FF]/;
const missing = (count: number): NotificationSubject => ({ kind: 'assessments-due', params: { count, monitor: 'Special Rapporteur', period: '2025-2026', endsOn: '2026-06-30' } });
const SUBJECTS: NotificationSubject[] = [
  { kind: 'action-due', params: { title: 'Draft a law on access to information', dueOn: '2026-12-07' } },
  { kind: 'action-overdue', params: { title: 'Gender budget review', dueOn: '2026-03-01' } },
  { kind: 'call-deadline', params: { title: 'Input on elections', closesOn: '2027-01-15' } },
  missing(1),
  missing(1200),
];

// Each language's sentence for each subject above, dates written out and numbers grouped as the language does.
const EXPECTED: Record<Language, string[]> = {
  en: [
    'Action “Draft a law on access to information” is due on 7 December 2026',
    'Action “Gender budget review” is overdue (it was due on 1 March 2026)',
    'The call for input “Input on elections” closes on 15 January 2027',
    '1 benchmark of Special Rapporteur has no assessment yet for the period 2025-2026 (it ends on 30 June 2026)',
    '1,200 benchmarks of Special Rapporteur have no assessment yet for the period 2025-2026 (it ends on 30 June 2026)',
  ],
  fr: [
    'L’action « Draft a law on access to information » arrive à échéance le 7 décembre 2026',
    'L’action « Gender budget review » est en retard (son échéance était le 1 mars 2026)',
    'L’appel à contributions « Input on elections » se clôt le 15 janvier 2027',
    '1 jalon de Special Rapporteur n’a pas encore d’évaluation pour la période 2025-2026 (elle se termine le 30 juin 2026)',
    '1\u202f200 jalons de Special Rapporteur n’ont pas encore d’évaluation pour la période 2025-2026 (elle se termine le 30 juin 2026)',
  ],
  es: [
    'La acción «Draft a law on access to information» vence el 7 de diciembre de 2026',
    'La acción «Gender budget review» está atrasada (venció el 1 de marzo de 2026)',
    'La convocatoria de aportaciones «Input on elections» se cierra el 15 de enero de 2027',
    '1 hito de Special Rapporteur aún no tiene evaluación para el período 2025-2026 (termina el 30 de junio de 2026)',
    '1200 hitos de Special Rapporteur aún no tienen evaluación para el período 2025-2026 (termina el 30 de junio de 2026)',
  ],
  km: [
    'សកម្មភាព “Draft a law on access to information” ដល់កាលកំណត់នៅថ្ងៃទី 7 ធ្នូ 2026',
    'សកម្មភាព “Gender budget review” ហួសកាលកំណត់ហើយ (កាលកំណត់គឺថ្ងៃទី 1 មីនា 2026)',
    'ការអំពាវនាវសុំធាតុចូល “Input on elections” នឹងបិទនៅថ្ងៃទី 15 មករា 2027',
    'គោលដៅ 1 របស់ Special Rapporteur មិនទាន់មានការវាយតម្លៃសម្រាប់រយៈពេល 2025-2026 នៅឡើយទេ (រយៈពេលនេះបញ្ចប់នៅថ្ងៃទី 30 មិថុនា 2026)',
    'គោលដៅ 1,200 របស់ Special Rapporteur មិនទាន់មានការវាយតម្លៃសម្រាប់រយៈពេល 2025-2026 នៅឡើយទេ (រយៈពេលនេះបញ្ចប់នៅថ្ងៃទី 30 មិថុនា 2026)',
  ],
};

describe('reminder sentences', () => {
  for (const language of LANGUAGES) {
    it(`words every kind in ${language}, with the language's dates, numbers and plurals`, () => {
      expect(SUBJECTS.map((s) => notificationSentence(language, s))).toEqual(EXPECTED[language]);
    });
  }

  it('writes Khmer sentences in Khmer script, and no other language in it', () => {
    for (const language of LANGUAGES) {
      for (const s of SUBJECTS) expect(KHMER.test(notificationSentence(language, s))).toBe(language === 'km');
    }
  });

  it('has every sentence in every language', () => {
    for (const language of LANGUAGES) expect(Object.keys(NOTIFICATION_MESSAGES[language]).sort()).toEqual(Object.keys(NOTIFICATION_MESSAGES.en).sort());
  });

  it('accepts only the facts each kind needs', () => {
    expect(notificationSubject.safeParse(SUBJECTS[0]).success).toBe(true);
    expect(notificationSubject.safeParse({ kind: 'action-due', params: { title: 'x', closesOn: '2026-01-01' } }).success).toBe(false);
    expect(notificationSubject.safeParse({ kind: 'assessments-due', params: { count: 0, monitor: 'm', period: 'p', endsOn: '2026-01-01' } }).success).toBe(false);
    expect(notificationSubject.safeParse({ kind: 'something-else', params: {} }).success).toBe(false);
  });
});
