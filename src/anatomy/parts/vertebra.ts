/**
 * The parts of a mobile vertebra (C1 to L5): what each is, what lies next to it and its size. C1's own parts and
 * C2's dens are in atlas.ts, the rib facets in ribs.ts, the texts of the processes that change by region in
 * processes.ts.
 */

import { type BoneId, facetJointId, type JointLower, type Side, type VertebraLevel } from '../ids'
import type { Fact } from '../info'
import {
  ATLAS,
  AXIS_TRANSVERSE_FORAMEN_LENGTH,
  CERVICAL_TRANSVERSE_FORAMEN_WIDTH,
  S1_FACET,
  UNCINATE_PROCESS,
  VERTEBRA_MEASUREMENTS,
} from '../levels'
import { ATLAS_INTERFORAMINAL_INNER, atlasPart } from './atlas'
import type { PartDimension, PartInfo, PartKind, TextPair } from './ids'
import { boneAbove, boneBelow, discBetween, indexOf, inText, numberOf, ordinal, rootBelow } from './neighbours'
import {
  medialBranch,
  spinousNextTo,
  spinousWhat,
  transverseForamenNextTo,
  transverseNextTo,
  transverseWhat,
} from './processes'
import { costalFacet } from './ribs'
import { capital, capsule, dim, fact, G, jointName, named } from './words'

// ——— dimensions ———

/** An inferior facet's sizes: those of the superior facet of the bone below (or of S1), which it meets. */
function facetBelowDimensions(below: JointLower): PartDimension[] {
  const { width, height } =
    below === 'S1'
      ? S1_FACET
      : { width: VERTEBRA_MEASUREMENTS[below].facetWidth, height: VERTEBRA_MEASUREMENTS[below].facetHeight }
  return [
    dim('Superior facet it meets below, width', 'Joint face it meets below, width', 'mm', width),
    dim('Superior facet it meets below, height', 'Joint face it meets below, height', 'mm', height),
  ]
}

/** C3 and C7: the base's published width; C4–C6: their height (the middle of the published range, an estimate). */
function uncinateDimension(level: VertebraLevel): PartDimension {
  if (level === 'C3' || level === 'C7')
    return dim(
      'Uncinate process, width at its base',
      'Width at its base',
      'mm',
      level === 'C3' ? UNCINATE_PROCESS.baseWidthC3 : UNCINATE_PROCESS.baseWidthC7,
    )
  return dim('Uncinate process height', 'How tall the rim is', 'mm', UNCINATE_PROCESS.heightC4toC6)
}

// ——— what lies in the canal at each level ———

/** What the vertebral foramen holds at a level: the cord above L1, its tapered end at L1, nerve roots below. */
function canalContents(level: VertebraLevel): Fact {
  const i = indexOf(level)
  if (level === 'C1')
    return fact(
      'The spinal cord runs down through the back part of this ring. The front part holds the peg of C2.',
      'The spinal cord, in its dural sac, passes through the posterior part of the ring; the anterior part holds the dens, held apart from the cord by the transverse ligament of the atlas.',
      G,
    )
  if (i < indexOf('T12'))
    return fact(
      'The spinal cord runs down through this hole. A tough sac of fluid wraps it.',
      'The spinal cord passes through it inside the dural sac and cerebrospinal fluid, with epidural fat and veins around the sac.',
      G,
    )
  if (level === 'T12')
    return fact(
      'The low end of the spinal cord runs through here. In most grown-ups the cord ends just below, near L1.',
      'The lower spinal cord (the lumbar enlargement narrowing into the conus medullaris) passes through it; in most adults the conus ends near L1 or the L1–L2 disc.',
      G,
    )
  if (level === 'L1')
    return fact(
      'In most grown-ups the spinal cord ends near this bone. From its tip, a bundle of nerve roots runs on down.',
      'In most adults the conus medullaris, the tapered end of the cord, lies near L1 or the L1–L2 disc, with the roots of the cauda equina around it and running on below.',
      G,
    )
  return fact(
    'The spinal cord ends higher up. Here a bundle of nerve roots runs down through the hole, in a sac of fluid.',
    'Below the end of the cord (usually near L1 or the L1–L2 disc) the canal holds the cauda equina: the lumbar and sacral nerve roots in the dural sac, bathed in cerebrospinal fluid.',
    G,
  )
}

/**
 * 'spinal cord' above L1, 'nerve roots' below (for sentences about what lies in front of a lamina), with the
 * plain phrase's verb, as the roots are many.
 */
const canalWord = (level: VertebraLevel): TextPair & { readonly lies: string } =>
  indexOf(level) <= indexOf('L1')
    ? { plain: 'the spinal cord', detailed: 'the spinal cord', lies: 'lies' }
    : { plain: 'the nerve roots', detailed: 'the cauda equina', lies: 'lie' }

// ——— the parts of a mobile vertebra ———

export function vertebraPart(level: VertebraLevel, part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const m = VERTEBRA_MEASUREMENTS[level]
  const n = numberOf(level)
  const above = boneAbove(level)
  const below = boneBelow(level)
  const base = { bone: level as BoneId, part, side }
  const L = (plain: string, detailed: string) => named(side, level, plain, detailed)
  switch (part) {
    case 'body':
      return {
        ...base,
        name: L('main block', 'body'),
        what: fact(
          level === 'C2'
            ? 'The solid block at the front of the bone. A peg of bone rises from its top.'
            : 'The solid block at the front of the bone. It carries most of the weight.',
          level === 'C2'
            ? 'The vertebral body of the axis, from whose upper surface the dens rises.'
            : 'The vertebral body: a short cylinder of spongy bone in a thin cortical shell, capped by the endplates, that carries most of the load.',
          G,
        ),
        nextTo: fact(
          level === 'C2'
            ? 'A disc sits under it. A strong band runs down its front, and another down its back.'
            : 'A disc sits on its top and another under it. A strong band runs down its front, and another down its back.',
          level === 'C2'
            ? `The C2–C3 disc lies on its lower endplate; there is no disc above it. The anterior longitudinal ligament runs down its front and the posterior longitudinal ligament down its back, in the canal.`
            : `The ${above}–${level} disc lies on its upper endplate and the ${level}–${below} disc on its lower one. The anterior longitudinal ligament runs down its front and the posterior longitudinal ligament down its back, in the canal.`,
          G,
        ),
        dimensions: [
          dim('Upper endplate width', 'Width of the block', 'mm', m.bodyWidth),
          dim('Endplate depth, front to back', 'Depth of the block, front to back', 'mm', m.bodyDepth),
        ],
        related: [...discBetween(above, level), ...discBetween(level, below)],
      }
    case 'pedicle': {
      const under = rootBelow(level)
      const over = rootBelow(above)
      return {
        ...base,
        name: L('bony bridge', 'pedicle'),
        what: fact(
          'A short, thick bridge of bone. It joins the block in front to the ring of bone at the back.',
          'The pedicle: the short, stout bar joining the vertebral body to the posterior arch. The pedicles form the side walls of the vertebral foramen.',
          G,
        ),
        nextTo: fact(
          `The ${under} nerve leaves the spine just under this bridge, through the gap between ${level} and ${inText(below)}. The ${over} nerve leaves just above it.`,
          level === 'C2'
            ? 'The C3 spinal nerve leaves through the intervertebral foramen beneath this pedicle (C2–C3); the C2 nerve leaves above it, behind the lateral atlanto-axial joint, where there is no foramen.'
            : `The ${under} spinal nerve leaves through the intervertebral foramen beneath this pedicle (${level}–${below}); the ${over} nerve leaves through the foramen above it.`,
          G,
        ),
        dimensions: [dim('Pedicle width', 'Width of the bridge', 'mm', m.pedicleWidth)],
        related: [],
      }
    }
    case 'lamina': {
      const inside = canalWord(level)
      return {
        ...base,
        name: L('back plate', 'lamina'),
        what: fact(
          'A flat plate of bone. The two plates meet at the back and close the ring round the canal.',
          'The lamina: the flat plate that runs back from the pedicle to meet its partner in the midline, where the spinous process arises. The two laminae form the roof of the vertebral canal.',
          G,
        ),
        nextTo: fact(
          level === 'C2'
            ? `A stretchy band joins it to the plate below. ${capital(inside.plain)} ${inside.lies} just in front of it.`
            : `A stretchy band joins it to the plates above and below. ${capital(inside.plain)} ${inside.lies} just in front of it.`,
          level === 'C2'
            ? `The ligamentum flavum joins it to the lamina of C3 (between C1 and C2 a thin membrane takes its place); ${inside.detailed} lies directly in front of it, in the dural sac.`
            : `The ligamentum flavum joins it to the laminae above and below; ${inside.detailed} lies directly in front of it, in the dural sac.`,
          G,
        ),
        dimensions: [dim('Lamina thickness', 'How thick the plate is', 'mm', m.laminaThickness)],
        related: [],
      }
    }
    case 'superior-articular-process': {
      const root = rootBelow(above)
      return {
        ...base,
        name: L('upper joint knob', 'superior articular process'),
        what: fact(
          `A knob of bone that reaches up. Its smooth face makes a small joint with ${above === 'C1' ? 'C1' : `${above}, the bone above`}.`,
          level === 'C2'
            ? 'On the axis the superior articular surfaces sit low and wide, on the body and pedicles beside the dens; they carry the atlas at the lateral atlanto-axial joints.'
            : `The superior articular process rises from the junction of pedicle and lamina; its facet forms the ${jointName(above, level)} with the inferior articular process of ${above}.`,
          G,
        ),
        nextTo:
          level === 'C2'
            ? fact(
                'The C2 nerve runs just behind this joint, not through a gap between two bones like the nerves below.',
                'The C2 spinal nerve and its ganglion lie just behind the lateral atlanto-axial joint; there is no intervertebral foramen between C1 and C2.',
                G,
              )
            : fact(
                `The ${root} nerve leaves the spine just in front of this knob, through the gap between ${above} and ${level}.`,
                `It forms the back wall of the ${above}–${level} intervertebral foramen, through which the ${root} spinal nerve leaves just in front of it.`,
                G,
              ),
        dimensions: [dim('Facet inclination to horizontal', 'Tilt of its joint face', '°', m.facetInclination)],
        related: [facetJointId({ upper: above, lower: level }, side ?? 'left')],
      }
    }
    case 'superior-articular-facet':
      if (level === 'C1')
        return {
          ...base,
          name: L('upper joint face', 'superior articular facet'),
          what: fact(
            'A long, hollow cup on top of the side block. A knob at the base of the skull sits in it.',
            'The concave, kidney-shaped superior facet of the lateral mass receives the occipital condyle at the atlanto-occipital joint.',
            G,
          ),
          nextTo: capsule(jointName('C0', 'C1')),
          dimensions: [
            dim('Facet length', 'Length of the cup', 'mm', ATLAS.superiorFacetLength),
            dim('Facet width', 'Width of the cup', 'mm', ATLAS.superiorFacetWidth),
          ],
          related: [facetJointId({ upper: 'C0', lower: 'C1' }, side ?? 'left')],
        }
      return {
        ...base,
        name: L('upper joint face', 'superior articular facet'),
        what: fact(
          'The smooth face on the upper joint knob. A slick layer covers it, so it can glide on the bone above.',
          `The cartilage-covered articular surface of the superior articular process: the lower half of the ${jointName(above, level)}.`,
          G,
        ),
        nextTo: capsule(jointName(above, level)),
        dimensions: [
          dim('Facet width', 'Width of the joint face', 'mm', m.facetWidth),
          dim('Facet height', 'Height of the joint face', 'mm', m.facetHeight),
        ],
        related: [facetJointId({ upper: above, lower: level }, side ?? 'left')],
      }
    case 'inferior-articular-process': {
      const root = rootBelow(level)
      const lowerFacet = below === 'S1' ? S1_FACET.inclination : VERTEBRA_MEASUREMENTS[below].facetInclination
      return {
        ...base,
        name: L('lower joint knob', 'inferior articular process'),
        what: fact(
          `A knob of bone that reaches down. Its smooth face makes a small joint with ${inText(below)}, the bone below.`,
          `The inferior articular process projects down from the lamina; its facet forms the ${jointName(level, below)} with the superior articular process of ${below === 'S1' ? 'S1' : below}.`,
          G,
        ),
        nextTo: fact(
          `The ${root} nerve leaves the spine just in front of this joint, through the gap between ${level} and ${inText(below)}.`,
          `The ${jointName(level, below)} forms the back wall of the ${level}–${below} intervertebral foramen, through which the ${root} spinal nerve leaves.`,
          G,
        ),
        dimensions: [
          dim(
            `Inclination of the ${level}–${below} facets to horizontal`,
            'Tilt of the joint it makes',
            '°',
            lowerFacet,
          ),
        ],
        related: [facetJointId({ upper: level, lower: below }, side ?? 'left')],
      }
    }
    case 'inferior-articular-facet':
      if (level === 'C1')
        return {
          ...base,
          name: L('lower joint face', 'inferior articular facet'),
          what: fact(
            'A round, nearly flat face under the side block. It rests on the top face of C2.',
            'The flat to slightly concave, roughly circular inferior facet of the lateral mass, the upper half of the lateral atlanto-axial joint.',
            G,
          ),
          nextTo: capsule(jointName('C1', 'C2')),
          dimensions: [
            dim('Facet length', 'Length of the joint face', 'mm', ATLAS.inferiorFacetLength),
            dim('Facet width', 'Width of the joint face', 'mm', ATLAS.inferiorFacetWidth),
          ],
          related: [facetJointId({ upper: 'C1', lower: 'C2' }, side ?? 'left')],
        }
      return {
        ...base,
        name: L('lower joint face', 'inferior articular facet'),
        what: fact(
          'The smooth face on the lower joint knob. A slick layer covers it, so it can glide on the bone below.',
          `The cartilage-covered articular surface of the inferior articular process: the upper half of the ${jointName(level, below)}.`,
          G,
        ),
        nextTo: capsule(jointName(level, below)),
        // the inferior facets' own per-level sizes (Panjabi 1993) were not reached: the face it meets, the superior
        // facet of the bone below (levels.ts, mostly estimates), is the size of the joint, and is labelled as such
        dimensions: facetBelowDimensions(below),
        related: [facetJointId({ upper: level, lower: below }, side ?? 'left')],
      }
    case 'transverse-process':
      return {
        ...base,
        name: L('side arm', 'transverse process'),
        what: transverseWhat(level),
        nextTo: transverseNextTo(level),
        dimensions: [
          dim(
            'Span of the transverse processes, tip to tip',
            'Width across both side arms',
            'mm',
            level === 'C1' ? ATLAS.totalWidth : m.transverseSpan,
          ),
        ],
        related: [],
      }
    case 'transverse-foramen':
      return {
        ...base,
        name: L('side hole', 'transverse foramen'),
        what: fact(
          level === 'C7'
            ? 'A small hole in the side arm. Only neck bones have these holes, and on C7 it is the smallest.'
            : 'A round hole in the side arm. Only neck bones have these holes.',
          level === 'C7'
            ? 'The foramen transversarium pierces the transverse process of each cervical vertebra; on C7 it is small and may be doubled or absent.'
            : 'The foramen transversarium pierces the transverse process of each cervical vertebra, between its anterior and posterior roots.',
          G,
        ),
        nextTo: transverseForamenNextTo(level),
        dimensions:
          level === 'C1'
            ? [
                dim(
                  'Distance between the transverse foramina, inner edges',
                  'Distance between the two side holes',
                  'mm',
                  ATLAS_INTERFORAMINAL_INNER,
                ),
              ]
            : level === 'C2'
              ? // the axis's own, from a dry-bone series of its lateral masses (the C3–C7 series below left it out)
                [dim('Transverse foramen length', 'Length of the hole', 'mm', AXIS_TRANSVERSE_FORAMEN_LENGTH)]
              : [
                  dim(
                    'Transverse foramen width, side to side (mean of C3–C7)',
                    'Width of the hole, C3 to C7 average',
                    'mm',
                    CERVICAL_TRANSVERSE_FORAMEN_WIDTH[side ?? 'left'],
                  ),
                ],
        related: [],
      }
    case 'uncinate-process':
      return {
        ...base,
        name: L('raised rim', 'uncinate process'),
        what: fact(
          'A low lip of bone that turns up at the side of the top of the block. It helps stop the bone above from sliding sideways.',
          `The uncinate process: the upturned lateral lip of the upper endplate. It meets a bevel on the body of ${above} at the uncovertebral joint (of Luschka) and limits sideways shift.`,
          G,
        ),
        nextTo: fact(
          `The ${level} nerve leaves the spine just behind it. Bony growth here with age can narrow the nerve's way out.`,
          `It forms the front inner wall of the ${above}–${level} intervertebral foramen, so the ${level} nerve root lies just behind it; osteophytes here with age can narrow the foramen.`,
          G,
        ),
        dimensions: [uncinateDimension(level)],
        related: discBetween(above, level),
      }
    case 'spinous-process':
      return {
        ...base,
        name: L('back bump', 'spinous process'),
        what: spinousWhat(level),
        nextTo: spinousNextTo(level),
        dimensions: [dim('Spinous process length, canal to tip', 'Length of the bump', 'mm', m.spinousLength)],
        related: [],
      }
    case 'spinous-tubercle':
      return {
        ...base,
        name: L('tip of the back bump', 'tubercle of the bifid spinous process'),
        what: fact(
          'The back bump of this bone splits into two small knobs. This is one of them.',
          level === 'C2'
            ? 'One of the two tubercles of the large, bifid spinous process of the axis.'
            : 'One of the two tubercles of the bifid spinous process, as anatomy texts describe for C3–C6.',
          G,
        ),
        nextTo: fact(
          'Deep neck muscles and the thick band at the back of the neck hold on to it.',
          'The ligamentum nuchae and deep posterior neck muscles attach to the tubercles.',
          G,
        ),
        // none on purpose: CT studies of the bifid tips (Ludwisiak 2019, 200 scans; Feng 2023, 92 scans) measured
        // their branches, but only their abstracts were reached, which give level trends and no means
        dimensions: [],
        related: [],
      }
    case 'vertebral-foramen':
      return {
        ...base,
        name: {
          plain: `Spinal canal through ${level}`,
          detailed: `Vertebral foramen of ${level}`,
        },
        what: fact(
          'The big hole in the middle of the ring of bone. The holes of all the bones line up to make the spinal canal.',
          level === 'C1'
            ? 'The large vertebral foramen of the atlas, bounded by the anterior arch, the lateral masses and the posterior arch; with the foramina below it forms the vertebral canal.'
            : 'The vertebral foramen, bounded by the body in front, the pedicles at the sides and the laminae behind; the foramina of all the vertebrae stack into the vertebral canal.',
          G,
        ),
        nextTo: canalContents(level),
        dimensions:
          level === 'C1'
            ? [
                dim('Canal depth, front to back', 'Depth of the canal, front to back', 'mm', ATLAS.canalDepth),
                dim('Canal width', 'Width of the canal', 'mm', ATLAS.canalWidth),
              ]
            : [
                dim('Canal width, between the pedicles', 'Width of the canal', 'mm', m.canalWidth),
                dim('Canal depth, front to back', 'Depth of the canal, front to back', 'mm', m.canalDepth),
              ],
        related: [],
      }
    case 'costal-facet-upper':
    case 'costal-facet-lower':
    case 'costal-facet':
      return costalFacet(level, part, side)
    case 'transverse-costal-facet':
      return {
        ...base,
        name: L('rib joint face on the side arm', 'transverse costal facet'),
        what: fact(
          `A smooth face near the tip of the side arm. A small knob on the back of rib ${n} rests on it.`,
          `The transverse costal facet articulates with the tubercle of the ${ordinal(n)} rib at the costotransverse joint; T11 and T12 have none.`,
          G,
        ),
        nextTo: fact(
          `The neck of rib ${n} lies just in front of it. Short bands tie the rib to this arm.`,
          `The neck of the ${ordinal(n)} rib lies in front of the transverse process, bound to it by the costotransverse ligaments.`,
          G,
        ),
        // none on purpose: the one morphometric study found (Beyer 2020, 3-D landmarks on 258 facets of T1–T10)
        // reports orientation and shape, not size; Panjabi 1991's tables of the rib articulations were not reached
        dimensions: [],
        related: [],
      }
    case 'mammillary-process':
      return {
        ...base,
        name: L('muscle knob', 'mammillary process'),
        what: fact(
          'A small round knob on the back edge of the upper joint knob. A deep back muscle holds on here.',
          'The mammillary process: a rounded tubercle on the back border of the superior articular process, where multifidus attaches.',
          G,
        ),
        nextTo: medialBranch(),
        // none on purpose: no published size of the mammillary process was found. Bogduk 1981 describes it and the
        // mamillo-accessory ligament; Poodendaen 2024 (935 dry vertebrae) sized the foramen the ligament makes when it
        // ossifies, not the processes
        dimensions: [],
        related: [],
      }
    case 'accessory-process':
      return {
        ...base,
        name: L('small spur', 'accessory process'),
        what: fact(
          'A tiny spur of bone at the back of the root of the side arm.',
          'The accessory process: a small tubercle on the back of the root of the transverse process.',
          G,
        ),
        nextTo: medialBranch(),
        // none on purpose: no published size of the accessory process was found (see the mammillary process)
        dimensions: [],
        related: [],
      }
    default:
      return atlasPart(level, part, side)
  }
}
