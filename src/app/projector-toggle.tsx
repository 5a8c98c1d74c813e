import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setProjectorClass } from '@/lib/document-mode';
import { useSettingsStore } from '@/stores/settings-store';

/** Switches projector mode: the same screens in large type, one statement at a time. */
export function ProjectorToggle() {
  const { t } = useTranslation();
  const projector = useSettingsStore((state) => state.projector ?? false);
  const setProjector = useSettingsStore((state) => state.setProjector);
  useEffect(() => setProjectorClass(projector), [projector]);
  return (
    <button
      type="button"
      className="projector-toggle"
      aria-pressed={projector}
      onClick={() => setProjector(!projector)}
    >
      <span aria-hidden="true">▣ </span>
      {t('app.projector')}
    </button>
  );
}
