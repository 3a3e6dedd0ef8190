/** The base of the skull (occiput): its facts and dimension rows. */
import type { NeuralDimension, NeuralFact } from '../neural'
import { OCCIPITAL } from '../skullBase'
import {
  dim,
  fact,
  G,
  GRAY1918_OCCIPITAL,
  ISHII2004,
  KANEKO2018,
  LE2011,
  NADERI2005,
  SAYAH2021,
  SHARMA_MEHRA2018,
} from './facts'

export const OCCIPUT_FACTS: readonly NeuralFact[] = [
  fact(
    'This is the bottom of the skull. The head rests on C1 on two smooth knobs of this bone, one on each side.',
    'The base of the occipital bone: the basilar part (the lower clivus) in front, the occipital condyles at the sides and the squama behind, round the foramen magnum. The condyles are convex and face down and out, onto the superior facets of the atlas.',
    [GRAY1918_OCCIPITAL],
  ),
  fact(
    'In the middle is the biggest hole in the skull. Here the brain stem turns into the spinal cord. The two arteries that climb up through the neck bones pass through it too.',
    'The foramen magnum, an oval longest front to back and wider behind, carries the medulla where it becomes the spinal cord, with its meninges, the vertebral arteries and the spinal roots of the accessory nerves; on 75 dry skulls it measured 35.1 × 29.4 mm on average.',
    [GRAY1918_OCCIPITAL, SHARMA_MEHRA2018],
  ),
  fact(
    'The two knobs rock in cups on top of C1 when you nod yes. In scans of 157 adults, this joint moved about 10 degrees in all, from chin down to chin up, on average.',
    'The atlanto-occipital joints are paired synovial condyloid joints, moving mainly in flexion and extension with a little side bending. On MRI of 157 healthy volunteers, flexion–extension at C0–C1 averaged 9.9° (normal range 0–21°).',
    [...G, KANEKO2018],
  ),
  fact(
    'This joint hardly turns: about 2 degrees each way, on average. When you shake your head no, far more of the turn happens one joint lower, between C1 and C2.',
    'On 3-D MRI of 15 volunteers, axial rotation at C0–C1 was 1.7 ± 1.5° to each side, against 36.2° at C1–C2; turning the head also bent C0–C1 slightly to the opposite side and extended it.',
    [ISHII2004],
  ),
  fact(
    'The ties that hold the peg of C2 end here. The two short cords end on the inner side of the knobs. The thin cord ends at the front edge of the hole. The wide sheet ends on the slope of bone above it.',
    'The alar ligaments attach to a tubercle on the medial side of each condyle, the apical ligament to the basion, and the tectorial membrane to the upper (cranial) surface of the basilar part in front of the foramen magnum.',
    [GRAY1918_OCCIPITAL, ...G],
  ),
  fact(
    'Only the part of the skull around the hole is shown, in a simple shape. The sizes of the hole and the knobs come from studies. The rest of the shape is our best guess.',
    'Only the base round the foramen magnum is modelled. The foramen and the condyles (22.4 × 11.2 × 9.9 mm on CT of 340 condyles) have published mean sizes, and the clivus rises at the published clivo-axial angle; the bone’s thicknesses, the squama and the place of the basion above the dens are estimates. The condyles lie along the model’s C0–C1 joints, so they converge forward less than on dry skulls (front tips 21 mm apart, back tips 41.6 mm, 404 condyles).',
    [SHARMA_MEHRA2018, LE2011, SAYAH2021, NADERI2005, 'estimate'],
  ),
]

export function occiputDimensions(): NeuralDimension[] {
  return [
    dim('Foramen magnum, front to back', 'Big hole, front to back', OCCIPITAL.foramenLength),
    dim('Foramen magnum, side to side', 'Big hole, side to side', OCCIPITAL.foramenWidth),
    dim('Occipital condyle, length', 'Each knob, length', OCCIPITAL.condyleLength),
    dim('Occipital condyle, width', 'Each knob, width', OCCIPITAL.condyleWidth),
    dim('Occipital condyle, height', 'Each knob, height', OCCIPITAL.condyleHeight),
    dim('Atlanto-occipital joint space, mean on CT', 'Gap in the joint, average', OCCIPITAL.jointSpace),
    dim('Flexion–extension at C0–C1, mean on MRI', 'How far it nods in all, average', OCCIPITAL.nodding, '°'),
    dim(
      'Axial rotation at C0–C1, each side, mean on MRI',
      'How far it turns each way, average',
      OCCIPITAL.turning,
      '°',
    ),
    dim(
      'Clivo-axial angle, mean over neck positions, MRI',
      'Angle of the skull’s slope to C2',
      OCCIPITAL.clivoAxialAngle,
      '°',
    ),
    dim('Basion above the tip of the dens (model)', 'Edge of the hole above the peg’s tip', OCCIPITAL.basionAboveDens),
  ]
}
