// The mails that carry a one-time code to set a password: a reset someone asked for, and
// the invitation of an account an admin added without a password, in the account's
// language. The code is in the mail (to type in at /reset-password) and, when the web
// app's address is known, in a link.
import { fillMessage, localeFormats, type Language } from '../../contracts/languages.ts';
import { absoluteUrl } from './links.ts';

interface AccountTexts {
  resetSubject: string;
  /** {code}: the code and its link. */
  reset: string;
  inviteSubject: string;
  /** {email}, {days}, {code}. */
  invite: string;
}

const TEXTS: Record<Language, AccountTexts> = {
  en: {
    resetSubject: 'Landmark: reset your password',
    reset: 'Someone asked to reset the password of your Landmark account. This one-time code is valid for one hour:\n\n{code}\n\nIf it was not you, ignore this mail.',
    inviteSubject: 'Landmark: your new account',
    invite: 'An account was opened for you on Landmark ({email}). Choose your password with this one-time code, valid for {days} days:\n\n{code}\n\nAfterwards, sign in with your email address and that password.',
  },
  fr: {
    resetSubject: 'Landmark : réinitialiser votre mot de passe',
    reset: 'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Landmark. Ce code à usage unique est valable une heure :\n\n{code}\n\nSi ce n’était pas vous, ignorez ce message.',
    inviteSubject: 'Landmark : votre nouveau compte',
    invite: 'Un compte vous a été ouvert sur Landmark ({email}). Choisissez votre mot de passe avec ce code à usage unique, valable {days} jours :\n\n{code}\n\nEnsuite, connectez-vous avec votre adresse électronique et ce mot de passe.',
  },
  es: {
    resetSubject: 'Landmark: restablecer su contraseña',
    reset: 'Alguien pidió restablecer la contraseña de su cuenta de Landmark. Este código de un solo uso es válido durante una hora:\n\n{code}\n\nSi no fue usted, ignore este mensaje.',
    inviteSubject: 'Landmark: su nueva cuenta',
    invite: 'Se abrió una cuenta para usted en Landmark ({email}). Elija su contraseña con este código de un solo uso, válido durante {days} días:\n\n{code}\n\nDespués, inicie sesión con su dirección de correo electrónico y esa contraseña.',
  },
  km: {
    resetSubject: 'Landmark៖ កំណត់ពាក្យសម្ងាត់របស់អ្នកឡើងវិញ',
    reset: 'មាននរណាម្នាក់បានស្នើកំណត់ពាក្យសម្ងាត់នៃគណនី Landmark របស់អ្នកឡើងវិញ។ លេខកូដប្រើតែម្តងនេះមានសុពលភាពរយៈពេលមួយម៉ោង៖\n\n{code}\n\nប្រសិនបើមិនមែនជាអ្នកទេ សូមកុំខ្វល់នឹងសារនេះ។',
    inviteSubject: 'Landmark៖ គណនីថ្មីរបស់អ្នក',
    invite: 'គណនីមួយត្រូវបានបើកសម្រាប់អ្នកនៅលើ Landmark ({email})។ សូមជ្រើសរើសពាក្យសម្ងាត់របស់អ្នកដោយប្រើលេខកូដប្រើតែម្តងនេះ ដែលមានសុពលភាព {days} ថ្ងៃ៖\n\n{code}\n\nបន្ទាប់មក សូមចូលដោយប្រើអាសយដ្ឋានអ៊ីមែលរបស់អ្នក និងពាក្យសម្ងាត់នោះ។',
  },
};

function codeAndLink(token: string, publicUrl: string | undefined): string {
  return publicUrl ? `${token}\n\n${absoluteUrl(publicUrl, `/reset-password?token=${token}`)}` : token;
}

/** The mail of a password reset; the code is valid for one hour. */
export function passwordResetMail(language: Language, token: string, publicUrl: string | undefined): { subject: string; text: string } {
  const texts = TEXTS[language];
  return { subject: texts.resetSubject, text: fillMessage(texts.reset, { code: codeAndLink(token, publicUrl) }) };
}

/** The mail inviting the holder of a new account to choose a password, valid for `days`. */
export function invitationMail(language: Language, email: string, token: string, publicUrl: string | undefined, days: number): { subject: string; text: string } {
  const texts = TEXTS[language];
  return { subject: texts.inviteSubject, text: fillMessage(texts.invite, { email, days: localeFormats(language).number(days), code: codeAndLink(token, publicUrl) }) };
}
