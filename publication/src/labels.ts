import { labels } from '@registers/client';
import type { ContactRole } from './generated/operations.ts';

/** The register's codes in bokmål, as readers of Kommunenøkkelen know them (@registers/client's wording). */
export const {
  municipalityKind: municipalityKindLabel,
  unitKind: unitKindLabel,
  electedBodyKind: electedBodyKindLabel,
  membershipRole: membershipRoleLabel,
  companyRole: companyRoleLabel,
  positionCategory: positionCategoryLabel,
} = labels;

export const contactRoleLabel: Record<ContactRole, string> = {
  KR: 'Kontaktperson for Kommuneregisteret',
  STV: 'Kontaktperson for Styrevervregisteret',
  BOTH: 'Kontaktperson for begge registrene',
  COMPANY: 'Kontaktperson for selskapet',
  ADMINISTRATOR: 'Administrator',
};
