// Email over SMTP with nodemailer: one transport per worker, plain-text messages.
import { createTransport } from 'nodemailer';
import type { Send } from './outbox-worker.ts';

export interface EmailMessage {
  recipient: string;
  subject: string;
  bodyText: string;
}

/** A sender for `smtp://user:pass@host:port` (or smtps://) that mails from `from`. */
export function createEmailSender<M extends EmailMessage>(smtpUrl: string, from: string): Send<M> & { close(): void } {
  const transport = createTransport(smtpUrl);
  const send = async (m: M) => {
    await transport.sendMail({ from, to: m.recipient, subject: m.subject, text: m.bodyText });
  };
  return Object.assign(send, { close: () => transport.close() });
}
