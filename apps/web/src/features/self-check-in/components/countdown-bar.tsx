import { Progress } from '@mantine/core';
import { useEffect, useState } from 'react';

/** How much of the code's life is left, shrinking smoothly; decoration only (the code is the content). */
export function CountdownBar({ startedAt, lifetimeMs }: { startedAt: number; lifetimeMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 200);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  const left = Math.max(0, Math.min(1, 1 - (now - startedAt) / lifetimeMs));
  return (
    <Progress
      value={left * 100}
      size="xl"
      radius="xl"
      color={left < 0.25 ? 'orange' : 'teal'}
      transitionDuration={200}
      aria-hidden
      w="100%"
    />
  );
}
