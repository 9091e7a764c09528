import { changedFieldsOf, changeTypeOf, ChangeFeedWriter } from '@registers/platform';
import type { InterestsTransaction } from '../../db/index.ts';
import type { DeclarationRow, PositionRow } from '../../db/schema/index.ts';

export type DeclarationEntityType = 'DECLARATION' | 'POSITION';

/** Anyone may read a declaration once the person accepted the terms and published it. */
export const isPublic = (declaration: DeclarationRow | null | undefined): boolean =>
  !!declaration && declaration.published && declaration.termsAcceptedAt !== null;

/** What of a declaration the public sees; the feed names the fields of this that changed. */
const publicDeclaration = ({ termsAcceptedAt, published, updatedAt, confirmedAt }: DeclarationRow) => ({
  termsAcceptedAt,
  published,
  updatedAt,
  confirmedAt,
});

const publicPosition = ({ personId: _personId, ...position }: PositionRow) => position;

/**
 * The public feed of Styrevervregisteret: changes to published declarations only. A
 * declaration that becomes public is CREATED in it, one that stops being public (unpublished,
 * terms withdrawn, deleted) is DELETED, and a copy must delete it with its positions; its
 * positions' changes are in the feed only while it is public. So nothing the public may not see
 * is ever in the feed, not even that an unpublished declaration changed.
 */
export class DeclarationFeed {
  private readonly writer = new ChangeFeedWriter();

  /** A declaration changed from `before` to `after` (null: none, or deleted). */
  declaration(personId: string, before: DeclarationRow | null | undefined, after: DeclarationRow | null) {
    const was = isPublic(before) ? publicDeclaration(before!) : null;
    const is = isPublic(after) ? publicDeclaration(after!) : null;
    if (!was && !is) return;
    this.add('DECLARATION', personId, personId, was, is);
  }

  /** A position of a declaration that is public (`declaration`) changed; nothing otherwise. */
  position(
    declaration: DeclarationRow | null | undefined,
    before: PositionRow | null | undefined,
    after: PositionRow | null | undefined,
  ) {
    if (!isPublic(declaration)) return;
    const position = (after ?? before)!;
    this.add(
      'POSITION',
      position.id,
      position.personId,
      before ? publicPosition(before) : null,
      after ? publicPosition(after) : null,
    );
  }

  private add(
    entityType: DeclarationEntityType,
    entityId: string,
    personId: string,
    before: object | null,
    after: object | null,
  ) {
    const changeType = changeTypeOf(before, after);
    const changedFields = changedFieldsOf(before, after);
    if (changeType === 'UPDATED' && changedFields.length === 0) return;
    this.writer.record({
      municipalityNumber: null,
      entityType,
      entityId,
      personId,
      changeType,
      changedFields,
    });
  }

  /** The transaction's last write (see ChangeFeedWriter: events are numbered in commit order). */
  write(tx: InterestsTransaction): Promise<void> {
    return this.writer.write(tx);
  }
}
