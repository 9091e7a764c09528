import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { env } from './config.ts';
import type { Logger } from './logger.ts';

/** One e-mail: plain text and HTML alike, as every notice is sent. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * What makes the message one of a kind (e.g. the job's key): its Message-ID follows from it,
   * so a message sent again after a crash is recognisable as the same one.
   */
  key: string;
}

export interface Mailer {
  /** Sends the message, or writes it to a file without SMTP; rejects when SMTP refuses it. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

const repositoryMailDir = fileURLToPath(new URL('../../../.data/mail', import.meta.url));

/** The variables a service that sends e-mail reads; documented in the README. */
export const mailConfigShape = {
  SMTP_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  ),
  MAIL_FROM: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().max(200).default('Styrevervregisteret <ikke-svar@styrevervregisteret.localhost>'),
  ),
  MAIL_DIR: env.path(repositoryMailDir),
};

export interface MailConfig {
  /** SMTP server (`smtp://user:pass@host:587`, `smtps://…`); without it messages become files. */
  smtpUrl: string | undefined;
  from: string;
  /** Where messages are written as `.eml` files when there is no SMTP server. */
  mailDir: string;
}

export function mailConfigFrom(config: z.infer<z.ZodObject<typeof mailConfigShape>>): MailConfig {
  return { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, mailDir: config.MAIL_DIR };
}

/**
 * nodemailer over SMTP, or, on the embedded default without an SMTP server, each message as an
 * `.eml` file (the same MIME an SMTP server would get). Log lines name the message by its id
 * and file only: an address, a name or a body is personal data and never reaches a log.
 */
export function createMailer(config: MailConfig, logger: Logger): Mailer {
  const messageIdOf = (key: string) =>
    `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@registertjenester>`;
  if (config.smtpUrl) {
    // Pooled: a round of notices reuses its connections instead of one per message.
    const transport = nodemailer.createTransport(
      {
        url: config.smtpUrl,
        pool: true,
        maxConnections: 2,
        connectionTimeout: 10_000,
        socketTimeout: 30_000,
      },
      { from: config.from },
    );
    return {
      send: async ({ key, ...message }) => {
        const messageId = messageIdOf(key);
        await transport.sendMail({ ...message, messageId });
        logger.info({ messageId }, 'mail sent');
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport(
    { streamTransport: true, buffer: true },
    { from: config.from },
  );
  return {
    send: async ({ key, ...message }) => {
      const messageId = messageIdOf(key);
      const built = await transport.sendMail({ ...message, messageId });
      await mkdir(config.mailDir, { recursive: true });
      const file = join(
        config.mailDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.slice(1, 17)}.eml`,
      );
      await writeFile(file, built.message as Buffer);
      logger.info({ messageId, file }, `mail written to ${file} (no SMTP_URL)`);
    },
    close: () => transport.close(),
  };
}
