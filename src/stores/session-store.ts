import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { currentLayout, editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { decodeAnswers, emptyCompactAnswers, encodeAnswers } from '@/domain/compact-answers';
import {
  type MergeOutcome,
  mergeRespondents,
  type Respondent,
  type Session,
  type SessionsState,
  sessionsStateSpec,
  upgradeSession,
} from '@/domain/session';
import { randomId } from '@/lib/ids';
import { createGuardedStorage } from './guarded-storage';

const SESSIONS_STORAGE_KEY = 'collective-scan:sessions';

type SessionActions = {
  createSession: (name: string, method: Session['method']) => string;
  renameSession: (id: string, name: string) => void;
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
  /** Adds imported sessions; one whose id already exists here is added as a copy, never overwriting. */
  importSessions: (sessions: Session[]) => number;
  /** Lets go of a session's data from an earlier edition, once the facilitator has seen it. */
  forgetRetired: (id: string) => void;
  clear: () => void;
};

type SessionStore = SessionsState & SessionActions;

const now = () => new Date().toISOString();

export const useSessionStore = create<SessionStore>()(
  persist(
    (set, get) => {
      const update = (id: string, change: (session: Session) => Session) =>
        set((state) => ({
          sessions: state.sessions.map((session) =>
            session.id === id ? change(session) : session,
          ),
        }));
      return {
        sessions: [],
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
          set((state) => ({ sessions: [session, ...state.sessions] }));
          return id;
        },
        renameSession: (id, name) => update(id, (session) => ({ ...session, name })),
        deleteSession: (id) =>
          set((state) => ({ sessions: state.sessions.filter((session) => session.id !== id) })),
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
          update(id, (session) => ({
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
          update(id, (session) => ({
            ...session,
            respondents: session.respondents.filter((respondent) => respondent.id !== respondentId),
          })),
        addVotes: (id, questionId, answerId, delta) =>
          update(id, (session) => {
            const counts = session.tally[questionId] ?? {};
            const next = Math.max(0, (counts[answerId] ?? 0) + delta);
            return {
              ...session,
              tally: { ...session.tally, [questionId]: { ...counts, [answerId]: next } },
            };
          }),
        setRevealed: (id, questionId, revealed) =>
          update(id, (session) => ({
            ...session,
            revealed: revealed
              ? [...new Set([...session.revealed, questionId])]
              : session.revealed.filter((question) => question !== questionId),
          })),
        importSessions: (sessions) => {
          const existing = new Set(get().sessions.map((session) => session.id));
          const copies = sessions.map((session) =>
            existing.has(session.id) ? { ...session, id: randomId() } : session,
          );
          set((state) => ({ sessions: [...copies, ...state.sessions] }));
          return copies.length;
        },
        setRoomSize: (id, roomSize) =>
          update(id, ({ roomSize: _old, ...session }) =>
            roomSize === undefined ? session : { ...session, roomSize },
          ),
        forgetRetired: (id) => update(id, ({ retired: _gone, ...session }) => session),
        clear: () => set({ sessions: [] }),
      };
    },
    {
      name: SESSIONS_STORAGE_KEY,
      version: sessionsStateSpec.version,
      storage: createGuardedStorage(sessionsStateSpec),
      partialize: ({ sessions }) => ({ sessions }),
      // Sessions of an earlier edition are read into today's questionnaire; their old form is kept
      // in the session. One this app cannot read stays as it is.
      merge: (persisted, current) => {
        const stored = (persisted as SessionsState | undefined)?.sessions;
        if (!stored) return current;
        const sessions = stored.map((session) => {
          const upgraded = upgradeSession(editions, session);
          return upgraded.ok ? upgraded.value : session;
        });
        return { ...current, sessions };
      },
    },
  ),
);

/** One session by id, or undefined. */
export function useSession(id: string): Session | undefined {
  return useSessionStore((state) => state.sessions.find((session) => session.id === id));
}
