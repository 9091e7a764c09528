import type { JobQueues } from '@registers/platform';
import { NOTICE_QUEUE, NOTICE_ROUND_QUEUE, type NoticeJob, type NoticeService } from './service.ts';

export interface NoticeQueueOptions {
  /** Seconds before the first retry of a failed send, doubled on each (default 30: 30 s … 8 min). */
  retryDelaySeconds?: number;
}

/**
 * The queues of notices: a failed send (SMTP down, Kommuneregisteret unreachable) is retried 5
 * times over some 15 minutes; a job whose process died runs again after 5 minutes. A notice job
 * may so send its mail twice in the rare case that the process dies between the SMTP server's
 * acceptance and the job's completion: the mail carries the same Message-ID both times.
 */
export function noticeQueues(service: NoticeService, options: NoticeQueueOptions = {}): JobQueues {
  return {
    [NOTICE_QUEUE]: {
      handle: (data: NoticeJob, context) => service.deliver(data, context),
      retryLimit: 5,
      retryDelaySeconds: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: 300,
    },
    [NOTICE_ROUND_QUEUE]: {
      handle: (data: { dueOn: string }) => service.queueRound(data),
      retryLimit: 5,
      retryDelaySeconds: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: 900,
    },
  };
}
