import { userError, type UserError } from '@registers/graphql-kit';
import type { PositionRow } from '../../db/schema/index.ts';

/** The categories of the roles Kommuneregisteret holds: positions from it alone. */
export const kommuneregisteretCategories = [
  'MUNICIPAL_EMPLOYMENT',
  'ELECTED_OFFICE',
  'MUNICIPAL_COMPANY_ROLE',
] as const;

export type SelfDeclaredCategory = Exclude<
  PositionRow['category'],
  (typeof kommuneregisteretCategories)[number]
>;

/** A position's fields as they would be written, by an addition or after a change. */
export interface PositionFields {
  category: string | null;
  organizationName: string | null;
  startDate: string | null;
  endDate: string | null;
}

/**
 * What makes a position unfit to write, checked on the whole position so that a change of one
 * date is held against the other as it is stored. Duplicates are the database's to refuse.
 */
export function positionUserErrors(position: PositionFields): UserError[] {
  const { category, organizationName, startDate, endDate } = position;
  return [
    category === null ? userError('INVALID', 'category', 'A position needs a category.') : undefined,
    (kommuneregisteretCategories as readonly (string | null)[]).includes(category)
      ? userError(
          'FROM_KOMMUNEREGISTERET',
          'category',
          'Employments, elected offices and company roles come from Kommuneregisteret; they are not declared by hand.',
        )
      : undefined,
    organizationName === null || organizationName.length === 0 || organizationName.length > 200
      ? userError('INVALID', 'organizationName', 'The organisation name must be 1 to 200 characters.')
      : undefined,
    startDate && endDate && endDate < startDate
      ? userError('INVALID', 'endDate', 'The end date must not be before the start date.')
      : undefined,
  ].filter((error): error is UserError => error !== undefined);
}
