import { preparseSessionsFile } from '@/domain/session-format';

// JSON.parse of a 10,000-respondent file happens here, off the main thread. The schema check
// runs on the main thread in small steps (see sessions-import.ts), so the worker needs no zod.
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(preparseSessionsFile(event.data));
};
