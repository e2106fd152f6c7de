// What a reminder is about: its kind and the facts its sentence needs (titles, dates,
// counts), stored as such and worded in the reader's language, by the web app (whose
// dictionaries take these sentences) and by the reminder mail. Browser-safe.
import { z } from 'zod';
import { fillMessage, localeFormats, type Language, type LocaleFormats } from './languages.ts';

const isoDate = z.iso.date();
const title = z.string().min(1);

const actionDue = z.object({ kind: z.literal('action-due').describe('An action is due within 30 days'), params: z.object({ title, dueOn: isoDate }) });
const actionOverdue = z.object({ kind: z.literal('action-overdue').describe('An action is past its due date'), params: z.object({ title, dueOn: isoDate }) });
const callDeadline = z.object({ kind: z.literal('call-deadline').describe('An open call for input closes within 14 days'), params: z.object({ title, closesOn: isoDate }) });
const assessmentsDue = z.object({
  kind: z.literal('assessments-due').describe('Benchmarks of a monitor have no assessment for a period ending within 30 days'),
  params: z.object({ count: z.number().int().positive(), monitor: z.string(), period: z.string(), endsOn: isoDate }),
});

export const notificationSubject = z.discriminatedUnion('kind', [actionDue, actionOverdue, callDeadline, assessmentsDue]);
export type NotificationSubject = z.infer<typeof notificationSubject>;
export type NotificationKind = NotificationSubject['kind'];

const delivery = { id: z.string(), link: z.string(), dueAt: z.string().nullable(), readAt: z.string().nullable(), createdAt: z.string() };
/** A reminder as the API serves it: what it is about (`kind`, `params`), where it leads, and when. */
export const notificationView = z.discriminatedUnion('kind', [actionDue.extend(delivery), actionOverdue.extend(delivery), callDeadline.extend(delivery), assessmentsDue.extend(delivery)]);
export type NotificationView = z.infer<typeof notificationView>;

const en = {
  notificationActionDue: 'Action “{title}” is due on {date}',
  notificationActionOverdue: 'Action “{title}” is overdue (it was due on {date})',
  notificationCallDeadline: 'The call for input “{title}” closes on {date}',
  notificationAssessmentsDueOne: '{count} benchmark of {monitor} has no assessment yet for the period {period} (it ends on {date})',
  notificationAssessmentsDueOther: '{count} benchmarks of {monitor} have no assessment yet for the period {period} (it ends on {date})',
} as const;
export type NotificationMessageKey = keyof typeof en;
type NotificationMessages = Record<NotificationMessageKey, string>;

const fr: NotificationMessages = {
  notificationActionDue: 'L’action « {title} » arrive à échéance le {date}',
  notificationActionOverdue: 'L’action « {title} » est en retard (son échéance était le {date})',
  notificationCallDeadline: 'L’appel à contributions « {title} » se clôt le {date}',
  notificationAssessmentsDueOne: '{count} jalon de {monitor} n’a pas encore d’évaluation pour la période {period} (elle se termine le {date})',
  notificationAssessmentsDueOther: '{count} jalons de {monitor} n’ont pas encore d’évaluation pour la période {period} (elle se termine le {date})',
};

const es: NotificationMessages = {
  notificationActionDue: 'La acción «{title}» vence el {date}',
  notificationActionOverdue: 'La acción «{title}» está atrasada (venció el {date})',
  notificationCallDeadline: 'La convocatoria de aportaciones «{title}» se cierra el {date}',
  notificationAssessmentsDueOne: '{count} hito de {monitor} aún no tiene evaluación para el período {period} (termina el {date})',
  notificationAssessmentsDueOther: '{count} hitos de {monitor} aún no tienen evaluación para el período {period} (termina el {date})',
};

// Khmer does not inflect for number: one sentence serves every count.
const kmAssessmentsDue = 'គោលដៅ {count} របស់ {monitor} មិនទាន់មានការវាយតម្លៃសម្រាប់រយៈពេល {period} នៅឡើយទេ (រយៈពេលនេះបញ្ចប់នៅថ្ងៃទី {date})';
const km: NotificationMessages = {
  notificationActionDue: 'សកម្មភាព “{title}” ដល់កាលកំណត់នៅថ្ងៃទី {date}',
  notificationActionOverdue: 'សកម្មភាព “{title}” ហួសកាលកំណត់ហើយ (កាលកំណត់គឺថ្ងៃទី {date})',
  notificationCallDeadline: 'ការអំពាវនាវសុំធាតុចូល “{title}” នឹងបិទនៅថ្ងៃទី {date}',
  notificationAssessmentsDueOne: kmAssessmentsDue,
  notificationAssessmentsDueOther: kmAssessmentsDue,
};

/** The reminder sentences of each language; the web app's dictionaries include them. */
export const NOTIFICATION_MESSAGES = { en, fr, es, km } satisfies Record<Language, NotificationMessages>;

/** Which sentence says what `subject` is about, and its values formatted for the reader. */
export function notificationMessage(subject: NotificationSubject, formats: LocaleFormats): { key: NotificationMessageKey; values: Record<string, string> } {
  switch (subject.kind) {
    case 'action-due':
      return { key: 'notificationActionDue', values: { title: subject.params.title, date: formats.date(subject.params.dueOn) } };
    case 'action-overdue':
      return { key: 'notificationActionOverdue', values: { title: subject.params.title, date: formats.date(subject.params.dueOn) } };
    case 'call-deadline':
      return { key: 'notificationCallDeadline', values: { title: subject.params.title, date: formats.date(subject.params.closesOn) } };
    case 'assessments-due': {
      const p = subject.params;
      return {
        key: formats.plural(p.count) === 'one' ? 'notificationAssessmentsDueOne' : 'notificationAssessmentsDueOther',
        values: { count: formats.number(p.count), monitor: p.monitor, period: p.period, date: formats.date(p.endsOn) },
      };
    }
  }
}

/** The sentence of a reminder in `language`. */
export function notificationSentence(language: Language, subject: NotificationSubject): string {
  const { key, values } = notificationMessage(subject, localeFormats(language));
  return fillMessage(NOTIFICATION_MESSAGES[language][key], values);
}
