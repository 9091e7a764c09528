import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  /** Every message accepted so far, parsed, in order of arrival. */
  received: ParsedMail[];
  /** Refuses the next `count` messages with a temporary error (451), as a failing server would. */
  failNext(count: number): void;
  /** Messages refused so far. */
  refused: number;
  close(): Promise<void>;
}

/** A real SMTP server in this process, on port 0, for tests that read the mail that was sent. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  let failing = 0;
  const state: TestSmtpServer = {
    url: '',
    received: [],
    refused: 0,
    failNext: (count) => void (failing = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failing > 0) {
          failing -= 1;
          state.refused += 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            state.received.push(parsed);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}
