/** Hands a stored message to whatever sends it; MailWorker provides it on the jobs module. */
export interface MailQueue {
  send(messageId: string): Promise<void>;
}

export const MAIL_QUEUE = Symbol('MAIL_QUEUE');
