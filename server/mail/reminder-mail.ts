// The mail of one user's new reminders, in the user's language: a subject that counts
// them and one line per reminder, worded by the sentences the web app shows. When the
// web app's address is known, each line carries the link of its reminder and the mail
// ends with the link to the whole list.
import { fillMessage, localeFormats, type Language } from '../../contracts/languages.ts';
import { notificationSentence, type NotificationSubject } from '../../contracts/notifications.ts';
import { absoluteUrl } from './links.ts';

// Khmer does not inflect for number.
const KM_SUBJECT = 'Landmark៖ ការរំលឹក {count}';
const SUBJECT: Record<Language, Record<'one' | 'other', string>> = {
  en: { one: 'Landmark: {count} reminder', other: 'Landmark: {count} reminders' },
  fr: { one: 'Landmark : {count} rappel', other: 'Landmark : {count} rappels' },
  es: { one: 'Landmark: {count} recordatorio', other: 'Landmark: {count} recordatorios' },
  km: { one: KM_SUBJECT, other: KM_SUBJECT },
};

/** A reminder's line with its link, and the closing line that leads to every reminder. */
const LINKED: Record<Language, { line: string; all: string }> = {
  en: { line: '{sentence}: {link}', all: 'All your reminders: {link}' },
  fr: { line: '{sentence} : {link}', all: 'Tous vos rappels : {link}' },
  es: { line: '{sentence}: {link}', all: 'Todos sus recordatorios: {link}' },
  km: { line: '{sentence}៖ {link}', all: 'ការរំលឹកទាំងអស់របស់អ្នក៖ {link}' },
};

export interface MailedReminder {
  subject: NotificationSubject;
  /** Where the reminder leads in the web app (a path such as `/actions/<id>`). */
  link: string;
}

/**
 * Subject and text of the mail announcing `reminders` (at least one) in `language`; with
 * `publicUrl` (LANDMARK_PUBLIC_URL), each line ends with its absolute link and a last line
 * leads to `/notifications`.
 */
export function reminderMail(language: Language, reminders: readonly MailedReminder[], publicUrl?: string): { subject: string; text: string } {
  const formats = localeFormats(language);
  const count = reminders.length;
  const lines = reminders.map((r) => {
    const sentence = notificationSentence(language, r.subject);
    return `- ${publicUrl ? fillMessage(LINKED[language].line, { sentence, link: absoluteUrl(publicUrl, r.link) }) : sentence}`;
  });
  return {
    subject: fillMessage(SUBJECT[language][formats.plural(count)], { count: formats.number(count) }),
    text: publicUrl ? `${lines.join('\n')}\n\n${fillMessage(LINKED[language].all, { link: absoluteUrl(publicUrl, '/notifications') })}` : lines.join('\n'),
  };
}
