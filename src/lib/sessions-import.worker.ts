import '@/lib/zod-config';
import { parseSessionsFile } from '@/domain/session';

// Parses and validates an imported sessions file off the main thread, so a 10,000-respondent
// file does not freeze the page.
self.onmessage = (event: MessageEvent<{ text: string; questionnaireVersion: string }>) => {
  const { text, questionnaireVersion } = event.data;
  self.postMessage(parseSessionsFile(text, questionnaireVersion));
};
