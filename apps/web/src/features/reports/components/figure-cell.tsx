import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A figure ("87%", "4.3 / 5", "No data") on one line: broken in two it reads as two values. */
export function FigureCell({ children }: { children: ReactNode }) {
  return <Table.Td style={{ whiteSpace: 'nowrap' }}>{children}</Table.Td>;
}
