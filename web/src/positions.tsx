import { Table } from '@digdir/designsystemet-react';
import type { PositionCategory } from '@registers/client';
import type { ReactNode } from 'react';
import { positionCategory } from './labels.ts';

/** What a row shows of a position or interest, whichever operation read it. */
export interface PositionRow {
  id: string;
  category: PositionCategory;
  organizationName: string;
  organizationNumber?: string | null;
  role?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

/**
 * A declaration's positions and interests as a table: category, organisation, role, period;
 * with `actions`, a last column of what may be done with each (the holder's own page). The
 * public person page and the holder's page show them alike.
 */
export function PositionsTable<TPosition extends PositionRow>({
  caption,
  captionHidden = false,
  positions,
  actions,
}: {
  caption: string;
  /** Read by screen readers only, where a heading above says the same */
  captionHidden?: boolean;
  positions: readonly TPosition[];
  actions?: (position: TPosition) => ReactNode;
}) {
  return (
    <Table zebra>
      <caption className={captionHidden ? 'ds-sr-only' : undefined}>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>Kategori</Table.HeaderCell>
          <Table.HeaderCell>Organisasjon</Table.HeaderCell>
          <Table.HeaderCell>Rolle</Table.HeaderCell>
          <Table.HeaderCell>Periode</Table.HeaderCell>
          {actions && <Table.HeaderCell>Endre</Table.HeaderCell>}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {positions.map((position) => (
          <Table.Row key={position.id}>
            <Table.Cell>{positionCategory[position.category]}</Table.Cell>
            <Table.Cell>
              {position.organizationName}
              {position.organizationNumber ? ` (org.nr. ${position.organizationNumber})` : ''}
            </Table.Cell>
            <Table.Cell>{position.role ?? ''}</Table.Cell>
            <Table.Cell>
              {[position.startDate, position.endDate].some(Boolean)
                ? `${position.startDate ?? ''}–${position.endDate ?? ''}`
                : ''}
            </Table.Cell>
            {actions && <Table.Cell>{actions(position)}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
