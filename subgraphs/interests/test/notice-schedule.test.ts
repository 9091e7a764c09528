import { describe, expect, it } from 'vitest';
import { readNoticesConfig } from '../src/config.ts';
import { dueRound, isNoticeDate, osloInstant } from '../src/modules/notices/schedule.ts';
import { noticeText } from '../src/modules/notices/texts.ts';

const dates = ['01-20', '07-20'];

describe('the automatic notice rounds', () => {
  it('fall at 08:00 Norwegian time, winter (CET) and summer (CEST) alike', () => {
    expect(osloInstant(2027, 1, 20, 8).toISOString()).toBe('2027-01-20T07:00:00.000Z');
    expect(osloInstant(2027, 7, 20, 8).toISOString()).toBe('2027-07-20T06:00:00.000Z');
  });

  it('are due from that hour for a week, then skipped rather than sent late', () => {
    expect(dueRound(new Date('2027-01-20T06:59:59Z'), dates)).toBeNull();
    expect(dueRound(new Date('2027-01-20T07:00:00Z'), dates)).toBe('2027-01-20');
    expect(dueRound(new Date('2027-01-26T12:00:00Z'), dates)).toBe('2027-01-20');
    expect(dueRound(new Date('2027-01-27T07:00:00Z'), dates)).toBeNull();
    expect(dueRound(new Date('2027-07-20T06:30:00Z'), dates)).toBe('2027-07-20');
    expect(dueRound(new Date('2027-11-29T12:00:00Z'), dates)).toBeNull();
    // A round late in December is still due in the first days of January.
    expect(dueRound(new Date('2028-01-02T12:00:00Z'), ['12-30'])).toBe('2027-12-30');
  });

  it('are configured as MM-DD dates (NOTICE_DATES)', () => {
    expect(readNoticesConfig({}, false).noticeDates).toEqual(dates);
    expect(readNoticesConfig({ NOTICE_DATES: '03-01, 09-15' }, false).noticeDates).toEqual([
      '03-01',
      '09-15',
    ]);
    expect(() => readNoticesConfig({ NOTICE_DATES: '02-30' }, false)).toThrow(/NOTICE_DATES/);
    expect(() => readNoticesConfig({ NOTICE_DATES: '2027-01-20' }, false)).toThrow(/NOTICE_DATES/);
    expect(isNoticeDate('02-29')).toBe(false);
  });

  it('need an SMTP server and the internal key in production', () => {
    expect(() => readNoticesConfig({}, true)).toThrow(/SMTP_URL[\s\S]*INTERNAL_TOKEN_PRIVATE_KEY/);
    expect(readNoticesConfig({}, false).mail.smtpUrl).toBeUndefined();
  });
});

describe('the texts of notices', () => {
  it('escape the name in HTML and name the link once in each part', () => {
    const text = noticeText(
      'MANUAL',
      'Kari <Nordmann>',
      'https://example.no/logg-inn#lenke=x',
      new Date('2028-01-20T07:00:00Z'),
    );
    expect(text.html).toContain('Hei Kari &#60;Nordmann&#62;,');
    expect(text.text).toContain('Hei Kari <Nordmann>,');
    expect(text.text).toContain('gyldig til 20. januar 2028');
    expect(text.text.match(/https:\/\/example\.no\/logg-inn#lenke=x/g)).toHaveLength(1);
  });
});
