import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSessionStore } from '@/stores/session-store';
import { PageHeading } from '@/ui/page-heading';
import { AppAddressDisclosure } from './app-address-qr';
import { NewSessionForm } from './new-session-form';
import { SessionsTransfer } from './sessions-transfer';
import './workshop.css';

const votesIn = (tally: Record<string, Record<string, number>>) =>
  Object.values(tally).reduce(
    (sum, counts) => sum + Object.values(counts).reduce((total, count) => total + count, 0),
    0,
  );

/** The facilitator's start: what a group session is, the sessions on this device, a new one. */
export function SessionsPage() {
  const { t, i18n } = useTranslation('workshop');
  const sessions = useSessionStore((state) => state.sessions);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  return (
    <div className="workshop">
      <PageHeading>{t('sessions.title')}</PageHeading>
      <p className="lead">{t('sessions.intro')}</p>
      <ul className="workshop__ways">
        <li>{t('sessions.wayTally')}</li>
        <li>{t('sessions.wayMerge')}</li>
        <li>{t('sessions.wayLaptop')}</li>
      </ul>
      <AppAddressDisclosure />

      <section aria-labelledby="sessions-list">
        <h2 id="sessions-list">{t('sessions.listTitle')}</h2>
        {sessions.length === 0 ? (
          <p>{t('sessions.none')}</p>
        ) : (
          <ul className="session-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <Link href={`/workshop/${session.id}`}>{session.name}</Link>
                <span className="session-list__meta">
                  {session.method === 'tally'
                    ? t('sessions.metaTally', {
                        date: date(session.createdAt),
                        method: t(`method.${session.method}`),
                        count: votesIn(session.tally),
                      })
                    : t('sessions.meta', {
                        date: date(session.createdAt),
                        method: t(`method.${session.method}`),
                        count: session.respondents.length,
                      })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <NewSessionForm />
      <SessionsTransfer />
    </div>
  );
}
