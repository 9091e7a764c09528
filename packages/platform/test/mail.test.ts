import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { createMailer, mailConfigFrom, mailConfigShape } from '../src/mail.ts';
import { readConfig } from '../src/config.ts';
import { startTestSmtpServer } from '../src/testing-mail.ts';

const folder = mkdtempSync(join(tmpdir(), 'mail-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const message = {
  to: 'kari.nordmann@example.no',
  subject: 'Styrevervregisteret: hei',
  text: 'Hei Kari Nordmann, her er lenken din.',
  html: '<p>Hei Kari Nordmann, her er lenken din.</p>',
  key: 'notice:test',
};

function capturingLogger() {
  const lines: string[] = [];
  return {
    lines,
    logger: createLogger('mail-test', 'info', { write: (line: string) => void lines.push(line) }),
  };
}

describe('mail', () => {
  it('reads SMTP_URL, MAIL_FROM and MAIL_DIR, refusing a URL that is not SMTP', () => {
    const config = mailConfigFrom(readConfig(mailConfigShape, { SMTP_URL: 'smtp://mail.example.no:587' }));
    expect(config.smtpUrl).toBe('smtp://mail.example.no:587');
    expect(config.from).toContain('Styrevervregisteret');
    expect(config.mailDir).toMatch(/\.data[/\\]mail$/);
    expect(() => readConfig(mailConfigShape, { SMTP_URL: 'http://mail.example.no' })).toThrow(/SMTP_URL/);
  });

  it('sends plain text and HTML over SMTP, and logs neither the address nor the body', async () => {
    const smtp = await startTestSmtpServer();
    const { lines, logger } = capturingLogger();
    const mailer = createMailer(
      { smtpUrl: smtp.url, from: 'Registeret <ikke-svar@example.no>', mailDir: folder },
      logger,
    );
    try {
      await mailer.send(message);
      expect(smtp.received).toHaveLength(1);
      const [received] = smtp.received;
      expect(received!.subject).toBe(message.subject);
      expect(received!.text?.trim()).toBe(message.text);
      expect(received!.html).toContain('<p>Hei Kari Nordmann');
      expect(received!.from?.text).toContain('ikke-svar@example.no');
      expect(received!.messageId).toMatch(/@registertjenester>?$/);

      smtp.failNext(1);
      await expect(mailer.send(message)).rejects.toThrow();
      expect(smtp.received).toHaveLength(1);
    } finally {
      mailer.close();
      await smtp.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/kari|nordmann|lenken/i);
  });

  it('without SMTP_URL writes each message as an .eml file and logs where', async () => {
    const mailDir = join(folder, 'mail');
    const { lines, logger } = capturingLogger();
    const mailer = createMailer({ smtpUrl: undefined, from: 'ikke-svar@example.no', mailDir }, logger);
    await mailer.send(message);
    mailer.close();
    const files = readdirSync(mailDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    expect(files[0]).not.toMatch(/kari/i);
    const parsed = await simpleParser(readFileSync(join(mailDir, files[0]!)));
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.html).toContain('Kari Nordmann');
    expect(lines.some((line) => line.includes(files[0]!))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/kari|nordmann|lenken/i);
  });
});
