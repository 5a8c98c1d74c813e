import { lazy, Suspense } from 'react';
import { useScanStore } from '@/stores/scan-store';

// Rarely needed (only after the questions were revised), so not part of the first load.
const RetiredNotice = lazy(() =>
  import('./retired-notice').then((module) => ({ default: module.RetiredNotice })),
);

/**
 * Answers to an earlier edition of the questionnaire that no longer count, kept until the user
 * lets them go: nothing is dropped unseen. (Sessions say the same on their own page.)
 */
export function EditionNotice() {
  const retired = useScanStore((state) => state.retired);
  if (!retired) return null;
  return (
    <Suspense fallback={null}>
      <RetiredNotice retired={retired} />
    </Suspense>
  );
}
