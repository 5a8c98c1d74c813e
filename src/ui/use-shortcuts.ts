import { useEffect, useRef } from 'react';
import { onShortcut } from '@/lib/keyboard';

/** Page-wide single-key shortcuts while the component is shown; `keys` maps a key to its action. */
export function useShortcuts(keys: Record<string, () => void>, enabled = true): void {
  // The latest actions, without re-subscribing on every render.
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    if (!enabled) return;
    return onShortcut((key) => {
      const action = latest.current[key] ?? latest.current[key.toLowerCase()];
      if (!action) return false;
      action();
      return true;
    });
  }, [enabled]);
}
