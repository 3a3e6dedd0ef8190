import type { LinkProblem } from '../../src/i18n/linkProblems'
import { translateEnglish } from '../../src/ui/i18n'

/** A link's problems as an English reader sees them (ui/Messages.tsx puts them into words the same way). */
export const inEnglish = (problems: readonly LinkProblem[]): string[] =>
  problems.map((p) => translateEnglish(p.id, p.values))
