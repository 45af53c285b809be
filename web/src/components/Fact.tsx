import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small labelled value (Jarak: 12 km), as candidate cards and supplier profiles show them. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}
