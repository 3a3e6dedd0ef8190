import type { MessageId } from './en'

/**
 * A UI string by id with the values to fill in, for text made before the language is known or that must
 * follow a switch of language (a link's problems are found before the catalog arrives): it is put into
 * words where it is shown (ui/Messages.tsx). Plain TS, no React.
 */
export interface MessageRef<Id extends MessageId = MessageId> {
  readonly id: Id
  readonly values: Readonly<Record<string, string | number>>
}

/** The ids of what a link asked for that could not be used (en.ts has them under `link.`). */
export type LinkProblemId = Extract<MessageId, `link.${string}`>

/** One thing in a link that could not be used, and why, as a message to put into words where it is shown. */
export type LinkProblem = MessageRef<LinkProblemId>

export const linkProblem = (id: LinkProblemId, values: LinkProblem['values'] = {}): LinkProblem => ({ id, values })
