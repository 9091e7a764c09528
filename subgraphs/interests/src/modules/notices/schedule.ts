/**
 * The automatic notice rounds: on each configured date (20 January and 20 July by default) at
 * 08:00 Norwegian time, everyone who has accepted the terms gets a notice. A round that was due
 * while the service was down starts when it comes back, for up to a week; after that it is
 * skipped rather than sent late.
 */
export const ROUND_HOUR_OSLO = 8;
export const ROUND_GRACE_DAYS = 7;

/** The round due at `now` (its date, YYYY-MM-DD), or null. `dates` are MM-DD. */
export function dueRound(now: Date, dates: readonly string[]): string | null {
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(now),
  );
  let due: { on: string; at: number } | null = null;
  for (const candidateYear of [year - 1, year]) {
    for (const date of dates) {
      const [month, day] = date.split('-').map(Number) as [number, number];
      const at = osloInstant(candidateYear, month, day, ROUND_HOUR_OSLO).getTime();
      const inWindow = at <= now.getTime() && now.getTime() < at + ROUND_GRACE_DAYS * 86_400_000;
      if (inWindow && (!due || at > due.at)) due = { on: `${candidateYear}-${date}`, at };
    }
  }
  return due?.on ?? null;
}

/** The instant of a wall-clock time in Europe/Oslo (CET in winter, CEST in summer). */
export function osloInstant(year: number, month: number, day: number, hour: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  return new Date(asUtc - osloOffsetMinutes(new Date(asUtc)) * 60_000);
}

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  timeZoneName: 'longOffset',
});

function osloOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** MM-DD, a day that exists in every year. */
export const isNoticeDate = (value: string) => {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
};
