/** What the families' Spanish texts share: a fact's two versions as a pair. */
import type { TextPair } from '../../overlay'

export const f = (plain: string, detailed: string): TextPair => ({ plain, detailed })
