import { useId } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AppAddressDisclosure } from '@/features/workshop/app-address-qr';
import { overlayRoot } from '@/lib/document-mode';
import { toggleFullscreen } from '@/lib/keyboard';
import { useSession } from '@/stores/session-store';
import { useSettingsStore } from '@/stores/settings-store';
import { useModal } from '@/ui/modal';
import { LanguageSwitch } from './language-switch';
import './projector-menu.css';

/** The session a route belongs to (`/workshop/<id>/…`), if any. */
function sessionIdOf(location: string): string {
  return /^\/workshop\/([^/]+)/.exec(location)?.[1] ?? '';
}

/**
 * Projector mode hides the navigation, so the facilitator reaches sessions, group results and
 * settings through this compact menu (button or M) without leaving projector mode in front of
 * the room. Escape closes the menu; it never leaves the session. The shell owns `open` and the M
 * key, so M pressed while this code is still loading opens the menu when it arrives.
 */
export function ProjectorMenu({
  open,
  onOpenChange: setOpen,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('workshop');
  const projector = useSettingsStore((state) => state.projector ?? false);
  const setProjector = useSettingsStore((state) => state.setProjector);
  const [location] = useLocation();
  const session = useSession(sessionIdOf(location));
  const ref = useModal(open);
  const titleId = useId();
  if (!projector) return null;
  const close = () => setOpen(false);
  const go = (href: string, label: string) => (
    <li>
      <Link href={href} onClick={close}>
        {label}
      </Link>
    </li>
  );
  return (
    <>
      <button
        type="button"
        className="button projector-menu__open"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">☰ </span>
        {t('projectorMenu.open')}
      </button>
      {/* Outside the header: its small type and light link colour are not for the menu. */}
      {createPortal(
        <dialog
          ref={ref}
          className="dialog projector-menu"
          aria-labelledby={titleId}
          onCancel={(event) => {
            event.preventDefault();
            close();
          }}
        >
          <h2 id={titleId}>{t('projectorMenu.title')}</h2>
          <nav aria-label={t('projectorMenu.title')}>
            <ul className="projector-menu__links">
              {session ? (
                <>
                  {go(
                    `/workshop/${session.id}`,
                    t('projectorMenu.session', { name: session.name }),
                  )}
                  {session.method === 'tally'
                    ? go(`/workshop/${session.id}/tally/1`, t('projectorMenu.tally'))
                    : null}
                  {go(`/workshop/${session.id}/results`, t('projectorMenu.results'))}
                  {go(`/workshop/${session.id}/discuss/1`, t('projectorMenu.discuss'))}
                </>
              ) : null}
              {go('/workshop', t('projectorMenu.sessions'))}
              {go('/scan/profile', t('projectorMenu.scan'))}
              {go('/', t('projectorMenu.start'))}
            </ul>
          </nav>
          {/* The room opens the scan on their phones from this code. */}
          <AppAddressDisclosure />
          <h3>{t('projectorMenu.settings')}</h3>
          <LanguageSwitch />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={toggleFullscreen}>
              {t('projectorMenu.fullscreen')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                close();
                setProjector(false);
              }}
            >
              {t('projectorMenu.leave')}
            </button>
            <button type="button" className="button button--primary" onClick={close}>
              {t('projectorMenu.close')}
            </button>
          </div>
        </dialog>,
        overlayRoot(),
      )}
    </>
  );
}
