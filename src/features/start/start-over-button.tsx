import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { preloadWhenIdle } from '@/lib/after-load';
import { useScanStore } from '@/stores/scan-store';
import { readyLazy } from '@/ui/ready-lazy';

// The button is on every screen; its dialog's code is not needed until it is pressed (it is
// fetched once the page is idle, so it opens at once even offline).
const ConfirmDialog = readyLazy(() =>
  import('@/ui/confirm-dialog').then((module) => module.ConfirmDialog),
);

/**
 * Removes this device's answers and profile, after the user confirms. Not shown while there is
 * nothing to remove: a red button on an empty scan only worries.
 */
export function StartOverButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays mounted, so closing it returns focus to the button.
  const [opened, setOpened] = useState(false);
  const startOver = useScanStore((state) => state.startOver);
  const somethingStored = useScanStore(
    (state) =>
      Object.keys(state.answers).length > 0 ||
      Object.keys(state.profile).length > 0 ||
      state.retired !== undefined,
  );
  const [, navigate] = useLocation();
  useEffect(() => {
    if (somethingStored) preloadWhenIdle(ConfirmDialog.ready);
  }, [somethingStored]);
  if (!somethingStored && !open) return null;
  return (
    <>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setOpen(true);
          setOpened(true);
        }}
      >
        {t('startOver.button')}
      </button>
      {opened ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={open}
            title={t('startOver.title')}
            body={t('startOver.body')}
            confirmLabel={t('startOver.confirm')}
            cancelLabel={t('startOver.cancel')}
            onCancel={() => setOpen(false)}
            onConfirm={() => {
              startOver();
              setOpen(false);
              navigate('/');
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
