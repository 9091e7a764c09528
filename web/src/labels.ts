import { labels } from '@registers/client';

/** The register's codes as a reader sees them, in bokmål (one wording, @registers/client's). */
export const { positionCategory, unitKind, electedBodyKind, membershipRole, companyRole } = labels;

/** The organisation forms a municipally owned company may have (createCompany's `form`). */
export const companyForm = {
  AS: 'aksjeselskap',
  ASA: 'allmennaksjeselskap',
  IKS: 'interkommunalt selskap',
  KF: 'kommunalt foretak',
  FKF: 'fylkeskommunalt foretak',
  SA: 'samvirkeforetak',
  STI: 'stiftelse',
} as const;

const errorMessages: Record<string, string> = {
  NOT_FOUND: 'Fant ikke det du lette etter.',
  BAD_USER_INPUT: 'Søket kan ikke brukes. Sjekk det du skrev og prøv igjen.',
  RATE_LIMITED: 'For mange forespørsler. Vent litt og prøv igjen.',
  UNAUTHENTICATED: 'Innloggingen gjelder ikke lenger. Logg inn på nytt.',
  FORBIDDEN: 'Du har ikke tilgang til dette.',
};

export const errorMessage = (code: string) =>
  errorMessages[code] ?? 'Noe gikk galt da vi hentet data. Prøv igjen om litt.';

/** A number with its noun in the singular or the plural: `1 kommune`, `23 kommuner`. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
