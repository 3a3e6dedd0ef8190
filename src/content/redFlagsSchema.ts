import { z } from 'zod'
import { EMERGENCY_NUMBER, URGENCIES } from './redFlags'
import { sourceKey, textPair } from './schema'

export const urgency = z.enum(URGENCIES)

/** A warning sign: something a person notices, in plain words and in the clinical terms. */
const sign = textPair.extend({ id: z.string().regex(/^[a-z0-9-]+$/), sources: z.array(sourceKey).min(1) }).strict()

/** What to do about a group of signs, and the sources that say so. Every group has one. */
const action = textPair.extend({ sources: z.array(sourceKey).min(1) }).strict()

/** Signs that call for the same action, with a heading that says what to do and when. */
const signGroup = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    urgency,
    heading: textPair,
    action,
    signs: z.array(sign).min(1),
  })
  .strict()

/**
 * A precaution is not a sign: it is who someone is (pregnant, weak bones), not something that has just
 * happened, and it changes how to move rather than calling for care. So it has a different shape, and a
 * precaution put among the signs (or a sign among the precautions) fails validation.
 */
const precaution = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    who: textPair,
    advice: textPair,
    sources: z.array(sourceKey).min(1),
    /**
     * Its advice is about the neck's stretches: a handout prints it only with a neck stretch (on a low back
     * handout it spoke of neck stretches that were not on the page). The panel's list keeps it everywhere.
     */
    neckOnly: z.literal(true).optional(),
  })
  .strict()

/** Going to hospital oneself, which the call-now group must not ask for. */
const GO_TO_HOSPITAL = /emergency (department|room)|\bA&E\b|\bER\b|go to (the |a )?hospital/i

/**
 * The warning signs, grouped by what to do and when, and the precautions apart from them. The safety
 * rules are part of the schema, so data that breaks one cannot be shipped:
 * - every group has an action with a source; every sign is in a group;
 * - groups come most urgent first, one group per urgency, the call-now group first;
 * - the call-now action names an emergency number and does not send people to an emergency department
 *   (stroke guidance is to call at once, not to make one's own way to hospital: source strokeSigns);
 * - ids are unique across signs and precautions.
 */
export const warningSigns = z
  .object({
    groups: z.array(signGroup).min(1),
    precautions: z.array(precaution).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    const ranks = data.groups.map((g) => URGENCIES.indexOf(g.urgency))
    if (ranks[0] !== 0) ctx.addIssue({ code: 'custom', path: ['groups', 0], message: 'the call-now group comes first' })
    ranks.forEach((r, i) => {
      if (i > 0 && r <= ranks[i - 1]!) {
        ctx.addIssue({ code: 'custom', path: ['groups', i], message: 'groups go most urgent first, one per urgency' })
      }
    })
    data.groups.forEach((g, i) => {
      if (g.urgency !== 'call-now') return
      for (const text of [g.action.plain, g.action.detailed]) {
        if (!EMERGENCY_NUMBER.test(text)) {
          ctx.addIssue({ code: 'custom', path: ['groups', i, 'action'], message: 'name an emergency number' })
        }
        if (GO_TO_HOSPITAL.test(text)) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', i, 'action'],
            message: 'call, do not go to an emergency department',
          })
        }
      }
    })
    const ids = [...data.groups.flatMap((g) => g.signs.map((s) => s.id)), ...data.precautions.map((p) => p.id)]
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['groups'], message: `duplicate id ${id}` })
      seen.add(id)
    }
  })

export type WarningSigns = z.infer<typeof warningSigns>
export type SignGroup = WarningSigns['groups'][number]
export type Sign = SignGroup['signs'][number]
export type Precaution = WarningSigns['precautions'][number]
