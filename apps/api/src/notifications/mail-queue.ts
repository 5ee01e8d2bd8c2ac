/** Hands a stored message to whatever sends it; MailWorker provides it with pg-boss. */
export interface MailQueue {
  send(messageId: string): Promise<void>;
}

export const MAIL_QUEUE = Symbol('MAIL_QUEUE');
