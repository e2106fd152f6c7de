// A local SMTP server for tests: accepts every message and keeps it in memory.
import { SMTPServer } from 'smtp-server';

export interface Mail {
  to: string[];
  raw: string;
}

export interface TestSmtp {
  url: string;
  mails: Mail[];
  /** Holds every message from now on (the sender waits for the server's answer) until the returned function is called. */
  hold(): () => void;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtp> {
  const mails: Mail[] = [];
  let held: Promise<void> = Promise.resolve();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void held.then(() => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    hold() {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parts(mail: Mail): { headers: string; body: string } {
  const end = /\r?\n\r?\n/.exec(mail.raw);
  if (!end) return { headers: mail.raw, body: '' };
  return { headers: mail.raw.slice(0, end.index).replace(/\r?\n[ \t]+/g, ' '), body: mail.raw.slice(end.index + end[0].length) };
}

const quotedPrintable = (text: string): Buffer => {
  const bytes: number[] = [];
  const flat = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < flat.length; i++) {
    const hex = flat[i] === '=' ? /^[0-9A-F]{2}/i.exec(flat.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(flat[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes);
};

/** A header of the mail (`subject`), its RFC 2047 encoded words (UTF-8) decoded. */
export function mailHeader(mail: Mail, name: string): string {
  const line = parts(mail).headers.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  const value = line?.slice(name.length + 1).trim() ?? '';
  // Adjacent encoded words join without the space between them, their bytes decoded together.
  return value.replace(/(?:=\?UTF-8\?[BQ]\?[^?]*\?=\s*)+/gi, (run) => {
    const words = [...run.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)];
    const bytes = Buffer.concat(words.map((w) => (w[1]!.toUpperCase() === 'B' ? Buffer.from(w[2]!, 'base64') : quotedPrintable(w[2]!.replace(/_/g, ' ')))));
    return bytes.toString('utf8') + (/\s$/.test(run) ? ' ' : '');
  });
}

/** The body of a mail, decoded from its transfer encoding (quoted-printable or base64) as UTF-8. */
export function mailText(mail: Mail): string {
  const { headers, body } = parts(mail);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(body).toString('utf8');
  return body;
}
