import { currentLayout, editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { decodeAnswers, emptyCompactAnswers, encodeAnswers } from '@/domain/compact-answers';
import { ok } from '@/domain/result';
import {
  type MergeOutcome,
  mergeRespondents,
  type Respondent,
  type Session,
  upgradeSession,
} from '@/domain/session';
import {
  readSessionsDocInSteps,
  sessionItemIsFinal,
  sessionItems,
  sessionsDocSpec,
  sessionsFromItems,
} from '@/domain/session-items';
import type { SyncedDoc } from '@/domain/synced-doc';
import { randomId } from '@/lib/ids';
import { runInSteps } from '@/lib/run-in-steps';
import { readItem } from '@/lib/storage';
import { nextTask } from '@/lib/tasks';
import type { SaveResult } from './sync-engine';
import { createSyncedStore } from './synced-store';

const SESSIONS_STORAGE_KEY = 'collective-scan:sessions';

type SessionsState = { sessions: Session[] };

/**
 * Stored sessions of about 200 respondents and more are read in steps before the store starts:
 * 10,000 respondents (2 MB) read in one go block a slow phone for half a second.
 */
const LARGE_DOC_CHARS = 50_000;

/**
 * Sessions of an earlier edition are read into today's questionnaire; their old form is kept in
 * the session. One this app cannot read stays as it is.
 */
const upgraded = (sessions: Session[]): SessionsState => ({
  sessions: sessions.map((session) => {
    const upgrade = upgradeSession(editions, session);
    return upgrade.ok ? upgrade.value : session;
  }),
});

type Preread = { raw: string; doc: SyncedDoc; state: SessionsState };

/** A large stored doc, read in steps with pauses for the browser; null for a small one or none. */
async function prereadLargeDoc(): Promise<Preread | null> {
  const stored = readItem(SESSIONS_STORAGE_KEY);
  if (!stored.ok || stored.value === null || stored.value.length < LARGE_DOC_CHARS) return null;
  const raw = stored.value;
  const read = await runInSteps(readSessionsDocInSteps(raw));
  if (!read.ok) return null;
  const state = upgraded(read.value.sessions);
  // The store starts in a task of its own.
  await nextTask();
  return { raw, doc: read.value.doc, state };
}

// The store starts once a large doc is read (the screens that import it wait, showing that they
// load). The engine takes the doc as read when storage still holds exactly this text; otherwise
// (another tab wrote meanwhile, or this doc needs the engine's care) it reads storage itself.
const preread = await prereadLargeDoc();

type SessionActions = {
  /** A new session (kept on screen also when it cannot be saved; the shell then says so). */
  createSession: (name: string, method: Session['method']) => string;
  renameSession: (id: string, name: string) => void;
  /** Deletes a session for good, in every open tab. */
  deleteSession: (id: string) => void;
  /** Adds or updates respondents (newer answers win); what became of each, in order. */
  addRespondents: (id: string, respondents: Respondent[]) => MergeOutcome[];
  /** Pass the laptop: a new, empty respondent whose answers are given on this device. */
  addLaptopRespondent: (id: string) => string;
  setRespondentAnswer: (
    id: string,
    respondentId: string,
    questionId: string,
    answer: string,
  ) => void;
  removeRespondent: (id: string, respondentId: string) => void;
  /** Adds (or with a negative delta removes) votes in the room; never below 0. */
  addVotes: (id: string, questionId: string, answerId: string, delta: number) => void;
  setRevealed: (id: string, questionId: string, revealed: boolean) => void;
  /** The number of people in the room (or none). */
  setRoomSize: (id: string, roomSize: number | undefined) => void;
  /**
   * Adds imported sessions, all or none: one whose id is already here (or was deleted here) is
   * added under a new id, never overwriting. How many were added, or why none could be saved.
   */
  importSessions: (sessions: Session[]) => SaveResult & { added: number };
  /** Lets go of a session's data from an earlier edition, once the facilitator has seen it. */
  forgetRetired: (id: string) => void;
};

const now = () => new Date().toISOString();

export const useSessionStore = createSyncedStore<SessionsState, SessionActions>(
  {
    key: SESSIONS_STORAGE_KEY,
    data: 'sessions',
    spec: sessionsDocSpec,
    toItems: (state) => sessionItems(state.sessions),
    fromItems: (items) => {
      const sessions = sessionsFromItems(items);
      return sessions.ok ? ok(upgraded(sessions.value)) : sessions;
    },
    final: sessionItemIsFinal,
    empty: () => ({ sessions: [] }),
    preread: (raw) => (preread !== null && raw === preread.raw ? preread : null),
  },
  ({ commit, get, engine }) => {
    const update = (id: string, change: (session: Session) => Session) =>
      commit((state) => ({
        sessions: state.sessions.map((session) => (session.id === id ? change(session) : session)),
      }));
    return {
      createSession: (name, method) => {
        const id = randomId();
        const session: Session = {
          id,
          name,
          method,
          createdAt: now(),
          questionnaireVersion: questionnaire.version,
          respondents: [],
          tally: {},
          revealed: [],
        };
        commit((state) => ({ sessions: [session, ...state.sessions] }));
        return id;
      },
      renameSession: (id, name) => void update(id, (session) => ({ ...session, name })),
      deleteSession: (id) =>
        void commit((state) => ({
          sessions: state.sessions.filter((session) => session.id !== id),
        })),
      addRespondents: (id, incoming) => {
        let outcomes: MergeOutcome[] = [];
        update(id, (session) => {
          const merged = mergeRespondents(session.respondents, incoming);
          outcomes = merged.outcomes;
          return { ...session, respondents: merged.respondents };
        });
        return outcomes;
      },
      addLaptopRespondent: (id) => {
        const respondentId = randomId();
        update(id, (session) => ({
          ...session,
          respondents: [
            ...session.respondents,
            { id: respondentId, answers: emptyCompactAnswers(currentLayout), addedAt: now() },
          ],
        }));
        return respondentId;
      },
      setRespondentAnswer: (id, respondentId, questionId, answer) =>
        void update(id, (session) => ({
          ...session,
          respondents: session.respondents.map((respondent) => {
            if (respondent.id !== respondentId) return respondent;
            const decoded = decodeAnswers(currentLayout, respondent.answers);
            const answers = decoded.ok ? decoded.value : {};
            return {
              ...respondent,
              answers: encodeAnswers(currentLayout, { ...answers, [questionId]: answer }),
            };
          }),
        })),
      removeRespondent: (id, respondentId) =>
        void update(id, (session) => ({
          ...session,
          respondents: session.respondents.filter((respondent) => respondent.id !== respondentId),
        })),
      addVotes: (id, questionId, answerId, delta) =>
        void update(id, (session) => {
          const counts = session.tally[questionId] ?? {};
          const next = Math.max(0, (counts[answerId] ?? 0) + delta);
          return {
            ...session,
            tally: { ...session.tally, [questionId]: { ...counts, [answerId]: next } },
          };
        }),
      setRevealed: (id, questionId, revealed) =>
        void update(id, (session) => ({
          ...session,
          revealed: revealed
            ? [...new Set([...session.revealed, questionId])]
            : session.revealed.filter((question) => question !== questionId),
        })),
      importSessions: (sessions) => {
        // Ids here now, and ids of sessions deleted here (which stay deleted), are not reused.
        const taken = new Set([
          ...get().sessions.map((session) => session.id),
          ...[...engine.knownIds()]
            .filter((item) => item.startsWith('s:'))
            .map((item) => item.slice(2)),
        ]);
        const copies = sessions.map((session) =>
          taken.has(session.id) ? { ...session, id: randomId() } : session,
        );
        const saved = commit((state) => ({ sessions: [...copies, ...state.sessions] }), {
          atomic: true,
        });
        return { ...saved, added: saved.ok ? copies.length : 0 };
      },
      setRoomSize: (id, roomSize) =>
        void update(id, ({ roomSize: _old, ...session }) =>
          roomSize === undefined ? session : { ...session, roomSize },
        ),
      forgetRetired: (id) => void update(id, ({ retired: _gone, ...session }) => session),
    };
  },
);

/** One session by id, or undefined. */
export function useSession(id: string): Session | undefined {
  return useSessionStore((state) => state.sessions.find((session) => session.id === id));
}
