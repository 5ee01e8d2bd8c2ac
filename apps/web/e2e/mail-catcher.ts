import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from '@playwright/test';

/**
 * The app under test is started with SMTP_URL=smtp://127.0.0.1:<E2E_SMTP_PORT>; the config
 * picks a free port when none is given and passes it to the workers in their environment
 * (playwright.config.ts). A spec that reads mail listens there for as long as it runs.
 */
function smtpPort(): number {
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!port) throw new Error('E2E_SMTP_PORT is unset: run the specs through playwright.config.ts');
  return port;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** A real SMTP server that keeps what it receives, and waits for a given message. */
export class MailCatcher {
  readonly mails: Mail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          this.mails.push({
            to: to.map((address) => address.text).join(', '),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  listen() {
    return new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(smtpPort(), '127.0.0.1', () => resolve());
    });
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async waitFor(match: (mail: Mail) => boolean, what: string): Promise<Mail> {
    let found: Mail | undefined;
    await expect
      .poll(() => (found = this.mails.find(match)), {
        message: `an email: ${what} (received: ${this.mails.map((m) => m.subject).join(' | ')})`,
        timeout: 30_000,
      })
      .toBeTruthy();
    return found!;
  }
}

/** The first link in a message's text to the page at `path`, as a path and query to open. */
export function linkIn(mail: Mail, path: string): string {
  const url = mail.text
    .split(/\s+/)
    .filter((word) => /^https?:\/\//.test(word))
    .map((word) => new URL(word))
    .find((candidate) => candidate.pathname === path);
  expect(url, `a link to ${path} in: ${mail.text}`).toBeTruthy();
  return url!.pathname + url!.search;
}
