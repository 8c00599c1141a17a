// Email over SMTP with nodemailer: one transport per worker, plain-text messages.
import { createTransport } from 'nodemailer';
import type { OutboxRow } from '../db/outbox.ts';

export type Send = (message: OutboxRow) => Promise<void>;

/** A sender for `smtp://user:pass@host:port` (or smtps://) that mails from `from`. */
export function createEmailSender(smtpUrl: string, from: string): Send & { close(): void } {
  const transport = createTransport(smtpUrl);
  const send = async (m: OutboxRow) => {
    await transport.sendMail({ from, to: m.recipient, subject: m.subject, text: m.bodyText });
  };
  return Object.assign(send, { close: () => transport.close() });
}
