import { type NeuralMeasure, type NeuralSourceKey, nm } from './neural'

/*
 * The base of the skull above C1: the part of the occipital bone round the foramen magnum (its basilar part or
 * clivus in front, the two occipital condyles at the sides, the squama behind), drawn so that the ligaments that
 * hold the dens (alar, apical, tectorial), the ligamentum nuchae and the atlanto-occipital joints end on bone.
 * Only its measured sizes are taken from sources (report: scratch s35 research.md); the rest of its shape is an
 * estimate, and the panel says so.
 */

const SHARMA_MEHRA2018: NeuralSourceKey = 'sharmaMehra2018'
const LE2011: NeuralSourceKey = 'le2011'
const ROJAS2007: NeuralSourceKey = 'rojas2007'
const KANEKO2018: NeuralSourceKey = 'kaneko2018'
const ISHII2004: NeuralSourceKey = 'ishii2004'
const SAYAH2021: NeuralSourceKey = 'sayah2021'
const est = (value: number): NeuralMeasure => nm(value, 'estimate', 'E')

export const OCCIPITAL = {
  /** Foramen magnum, basion to opisthion, and its widest breadth: 75 dry skulls (Sharma & Mehra 2018). */
  foramenLength: nm(35.1, SHARMA_MEHRA2018, 'P'),
  foramenWidth: nm(29.4, SHARMA_MEHRA2018, 'P'),
  /**
   * The occipital condyle on CT of 340 condyles (Le 2011): length, width, height from surface to base. Each is
   * laid along the C0–C1 joint it sits on, so it converges forward as the model's atlas facets do (about 17° off
   * the midline each): less than the 30° a side that dry skulls show (404 condyles, Naderi 2005: front tips 21 mm
   * apart, back tips 41.6 mm).
   */
  condyleLength: nm(22.4, LE2011, 'P'),
  condyleWidth: nm(11.2, LE2011, 'P'),
  condyleHeight: nm(9.9, LE2011, 'P'),
  /** The atlanto-occipital joint space on CT: 1.0 ± 0.23 mm in 200 adults (Rojas 2007). */
  jointSpace: nm(1, ROJAS2007, 'P'),
  /** Nodding at C0–C1 in 157 healthy adults on MRI, mean of flexion plus extension (Kaneko 2018). */
  nodding: nm(9.9, KANEKO2018, 'P'),
  /** Turning at C0–C1 to each side, 15 volunteers on 3-D MRI (Ishii 2004). */
  turning: nm(1.7, ISHII2004, 'P'),
  /** The clivus against the back of C2 (clivo-axial angle), mean over neck positions, on MRI (Sayah 2021). */
  clivoAxialAngle: nm(157, SAYAH2021, 'P'),
  /**
   * The basion above the tip of the dens: our estimate, inside Rojas's limit of 8.5 mm for 95 % of adults on
   * CT; the apical ligament, our estimated 6 mm long from just below the tip, ends on it.
   */
  basionAboveDens: est(5.5),
  /** How much of the clivus is drawn above the basion, its width and thickness there and above: estimates. */
  clivusDrawn: est(20),
  clivusWidth: est(20),
  clivusThickness: est(9),
  /** The rim of the foramen: its breadth and thickness at the basion and at the opisthion (estimates). */
  rimBreadth: est(8),
  rimThicknessFront: est(8),
  rimThicknessBack: est(4.5),
  /** The opisthion above the basion (the foramen's back edge sits a little higher): an estimate. */
  opisthionAboveBasion: est(4),
  /** Thickness of the squama drawn from the opisthion up to the external occipital protuberance (an estimate). */
  squamaThickness: est(5),
} as const
