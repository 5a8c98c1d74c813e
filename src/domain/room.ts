import * as z from 'zod/mini';

/** The audience window says `hello` when it opens or reloads, and `bye` when it closes. */
const helloSchema = z.object({ type: z.literal(['hello', 'bye']), sessionId: z.string() });
const stateSchema = z.object({
  type: z.literal('state'),
  sessionId: z.string(),
  questionId: z.string(),
  /** 0-based position of the statement in the questionnaire. */
  index: z.number().check(z.int(), z.gte(0)),
  revealed: z.boolean(),
  /** Votes per answer, present only when revealed. */
  counts: z.nullable(z.record(z.string(), z.number().check(z.int(), z.gte(0)))),
  /** Milliseconds since the epoch when the presenter sent it (for measuring the delay). */
  sentAt: z.number(),
});

/**
 * What the facilitator's window tells the audience window about the tally: which statement is on
 * screen, and the counts only once they are revealed (hidden counts never leave the laptop's
 * window).
 */
export type RoomMessage = z.infer<typeof helloSchema> | z.infer<typeof stateSchema>;
export type RoomState = z.infer<typeof stateSchema>;

/**
 * A message from another window, or null when it is not one of ours. Picked by `type` by hand:
 * zod's shared core sits in the first load, and its union kinds would add to it for two shapes.
 */
export function readRoomMessage(value: unknown): RoomMessage | null {
  const type = (value as { type?: unknown } | null)?.type;
  const parsed = (type === 'state' ? stateSchema : helloSchema).safeParse(value);
  return parsed.success ? parsed.data : null;
}
