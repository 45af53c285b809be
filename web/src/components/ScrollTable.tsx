import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A cell kept on one line (a date, a status badge): the table scrolls rather than squeeze or cut it. */
export const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * A table that scrolls sideways below `minWidth`, as on a phone. The scroll area is a region named like the table
 * and reachable by keyboard, as axe requires of anything that scrolls.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
  ...table
}: TableProps & { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      <Table aria-label={label} {...table}>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
