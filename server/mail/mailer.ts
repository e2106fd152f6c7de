// Outgoing mail through SMTP_URL (nodemailer). Without SMTP_URL there is no mailer and
// callers fall back to what they do without one (print the token, keep the in-app list).
import nodemailer from 'nodemailer';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export const MAIL_FROM = 'Landmark <landmark@localhost>';

/** A mailer for `smtp://` or `smtps://` URLs (credentials in the URL), or null when unset. */
export function createMailer(smtpUrl: string | undefined, from = MAIL_FROM): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
