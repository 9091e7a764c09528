import type { PersonScope } from '@registers/access';
import type { PersonRow } from '../../db/schema/index.ts';

/** The policy's view of a person: who they are and the municipality that registered them. */
export const personScope = (person: Pick<PersonRow, 'id' | 'municipalityNumber'>): PersonScope => ({
  personId: person.id,
  municipalityNumber: person.municipalityNumber,
});
