import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useScanStore } from '@/stores/scan-store';
import { ConfirmDialog } from '@/ui/confirm-dialog';

/**
 * Removes this device's answers and profile, after the user confirms. Not shown while there is
 * nothing to remove: a red button on an empty scan only worries.
 */
export function StartOverButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const startOver = useScanStore((state) => state.startOver);
  const somethingStored = useScanStore(
    (state) =>
      Object.keys(state.answers).length > 0 ||
      Object.keys(state.profile).length > 0 ||
      state.retired !== undefined,
  );
  const [, navigate] = useLocation();
  if (!somethingStored && !open) return null;
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('startOver.button')}
      </button>
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
    </>
  );
}
