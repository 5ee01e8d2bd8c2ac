import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  /** The HTML part, or false when the message has none. */
  html: string | false;
  /** Lower-case names of the message's headers. */
  headers: string[];
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/**
 * A real SMTP server on a loopback port that keeps what it receives, so tests read the
 * emails the application actually sent. `rejectFor` makes it refuse some recipients.
 */
export class SmtpCatcher {
  readonly mails: CaughtMail[] = [];
  rejectFor = new Set<string>();
  private server!: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.rejectFor.has(address.address)) callback(new Error('550 mailbox unavailable'));
        else callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
            this.mails.push({
              to: to?.value[0]?.address ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: mail.html ?? false,
              headers: [...mail.headers.keys()],
              attachments: mail.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                content: a.content,
              })),
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits (up to 30 s) for a message to this address whose subject matches. */
  async waitFor(to: string, subject: RegExp): Promise<CaughtMail> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const mail = this.mails.find((m) => m.to === to && subject.test(m.subject));
      if (mail) return mail;
      if (Date.now() > deadline) {
        throw new Error(
          `No mail to ${to} matching ${subject}; got: ${this.mails.map((m) => `${m.to}: ${m.subject}`).join(' | ')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
