import { fail, ok, type Result } from './result';
import { type HeaderError, readHeader } from './versioned';

export type JsonFileError = 'empty' | 'tooLarge' | 'binary' | 'notJson' | 'tooDeep' | HeaderError;

/** True when the text holds control characters that no JSON text from this app contains. */
function hasBinaryBytes(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 9 || (code > 13 && code < 32)) return true;
  }
  return false;
}

function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

/**
 * The checks every file the app opens goes through before its schema: not empty, not too large,
 * not binary, JSON, not absurdly deep, then the common header (our `format`, not a newer
 * `version`). No zod here, so a Web Worker can run it cheaply.
 */
export function readJsonFile(
  text: string,
  expect: { format: string; version: number; maxBytes: number; maxDepth: number },
): Result<Record<string, unknown> & { version: number }, JsonFileError> {
  if (text.trim().length === 0) return fail('empty');
  if (text.length > expect.maxBytes) return fail('tooLarge');
  // Control bytes: an image, a PDF or a zip renamed to .json.
  if (hasBinaryBytes(text.slice(0, 4096))) return fail('binary');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (depthOf(json, expect.maxDepth + 1) > expect.maxDepth) return fail('tooDeep');
  const header = readHeader(json, expect);
  return header.ok ? ok(header.value) : header;
}
