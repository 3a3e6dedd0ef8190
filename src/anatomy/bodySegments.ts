import { type Measure, measure } from './measure'
import { posture } from './posture'

/**
 * The proportions of the figure that does a stretch around the spine: segment lengths and landmark heights as
 * fractions of standing body height H (Drillis and Contini's figure as tabulated by Winter), and the few
 * placements of ours that join the figure to our spine, which are estimates and say so.
 */
const winter = (fraction: number) => measure(fraction, 'winter2009', 'S')

/** Fractions of body height H (dimensionless). */
export const BODY_FRACTIONS = {
  /** Greater trochanter (hip joint) above the floor. */
  hipHeight: winter(0.53),
  /** Shoulder joint above the floor. */
  shoulderHeight: winter(0.818),
  /** Knee joint above the floor. */
  kneeHeight: winter(0.285),
  /** Ankle joint above the floor. */
  ankleHeight: winter(0.039),
  /** Chin to the top of the head. */
  head: winter(0.13),
  upperArm: winter(0.186),
  forearm: winter(0.146),
  hand: winter(0.108),
  thigh: winter(0.245),
  shank: winter(0.246),
  footLength: winter(0.152),
  shoulderWidth: winter(0.259),
  hipWidth: winter(0.191),
} as const satisfies Record<string, Measure>

/**
 * Where the figure meets our spine (mm, in the spine's frame: the S1 endplate centre at the origin, y up, z
 * forward). The hip joints sit below and in front of S1 and the shoulders a little below the T1 body: our
 * estimates of a typical standing adult, used only to fit the figure round the spine.
 */
export const FIGURE_FIT = {
  /** Hip joint centres below the S1 endplate, mm. */
  hipBelowS1: measure(100, 'estimate', 'E'),
  /** Hip joint centres in front of the S1 endplate centre, mm. */
  hipInFront: measure(30, 'estimate', 'E'),
  /** Shoulder joints below the centre of the T1 body, mm. */
  shoulderBelowT1: measure(25, 'estimate', 'E'),
} as const satisfies Record<string, Measure>

export interface BodyScale {
  /** Body height H of the figure, mm. */
  height: number
  /** Height of the hip joints in the spine's frame, mm. */
  hipY: number
  /** Height of the shoulder joints in the spine's frame, mm. */
  shoulderY: number
}

/**
 * The figure's height: the one H whose hip-to-shoulder span (shoulder minus hip height, as fractions of H)
 * matches the span of our spine from the hip joints to the shoulders, so the body fits the spine inside it.
 */
export function bodyScale(): BodyScale {
  const t1 = posture().bones.T1.position
  const hipY = -FIGURE_FIT.hipBelowS1.value
  const shoulderY = t1[1] - FIGURE_FIT.shoulderBelowT1.value
  const span = BODY_FRACTIONS.shoulderHeight.value - BODY_FRACTIONS.hipHeight.value
  return { height: (shoulderY - hipY) / span, hipY, shoulderY }
}

/** How the body is placed for a stretch: what the card's first steps ask for. */
export const BODY_POSITIONS = ['standing', 'sitting', 'supine', 'prone', 'hands-and-knees', 'half-kneeling'] as const
export type BodyPosition = (typeof BODY_POSITIONS)[number]

/** Positions in which the person lies or kneels on the floor rather than standing or sitting upright. */
export const isUpright = (position: BodyPosition): boolean =>
  position === 'standing' || position === 'sitting' || position === 'half-kneeling'

/**
 * What a card asks of the limbs beyond its body position, played with the stretch (from the start of the
 * movement to its full extent).
 */
export interface FigureAction {
  /** Lying: both knees or the left knee drawn to the chest; both knees rolled to one side; the left ankle on the right knee. */
  readonly legs?: 'kneesToChest' | 'leftKneeToChest' | 'kneesRoll' | 'figureFour'
  /** Arms crossed on the chest; hands behind the head; hands holding the knee(s); arms reaching forward on the floor. */
  readonly arms?: 'crossed' | 'behindHead' | 'holdKnees' | 'reachForward'
  /** A foam roll under the upper back. */
  readonly roller?: boolean
}
