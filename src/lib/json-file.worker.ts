import { type JsonFileJob, runJsonFileJob } from './json-file-jobs';

// JSON.parse and the file checks of a large file (a 10,000-respondent sessions file, a backup of
// 10 MB) happen here, off the main thread. The schema checks run on the main thread in small
// steps (see json-import.ts), so this worker needs no zod.
self.onmessage = (event: MessageEvent<JsonFileJob>) => {
  self.postMessage(runJsonFileJob(event.data));
};
