/** The parts of the sacrum: its fused bodies, wings, joint faces, foramina, canal and hiatus. */

import { type BoneId, facetJointId, type Side } from '../ids'
import { S1_FACET, S2_BODY_WIDTH, SACRAL_FORAMEN_SIZES, SACRAL_HIATUS, SACRUM } from '../levels'
import { SI_JOINT } from '../neural'
import { POSTURE_TARGETS } from '../posture'
import type { PartDimension, PartInfo, PartKind } from './ids'
import { capsule, dim, fact, G, jointName, named } from './words'

/**
 * S1 and S2: the front (pelvic) opening, width and height, and the back one's width (Saluja 2018). S3: its height
 * seen from the side, the one size of it found (Ebraheim 1998). S4 none on purpose: no published size of it was
 * found. CT studies for sacral nerve stimulation (133 scans in 2013, 793 adults in 2022) located the S3 foramen,
 * and a cadaver study (Deveneau 2015) spaced the pairs 14.8 mm apart.
 */
function sacralForamenDimensions(s: number, opening: 'pelvic' | 'dorsal'): PartDimension[] {
  // (S3's one size is its height on a side X-ray, where the front and back openings are not told apart)
  if (s === 3)
    return [
      dim(
        'Height of the S3 nerve passage on a side X-ray',
        'Height of the way through, on a side X-ray',
        'mm',
        SACRAL_FORAMEN_SIZES.S3.sideHeight,
      ),
    ]
  const f = s === 1 ? SACRAL_FORAMEN_SIZES.S1 : s === 2 ? SACRAL_FORAMEN_SIZES.S2 : null
  if (!f) return []
  return opening === 'pelvic'
    ? [
        dim('Pelvic (front) opening, width', 'Width of the front opening', 'mm', f.frontWidth),
        dim('Pelvic (front) opening, height', 'Height of the front opening', 'mm', f.frontHeight),
      ]
    : [dim('Dorsal (back) opening, width', 'Width of the back opening', 'mm', f.backWidth)]
}

// ——— the sacrum ———

export function sacrumPart(part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const base = { bone: 'sacrum' as BoneId, part, side }
  const S = (plain: string, detailed: string) => named(side, 'sacrum', plain, detailed)
  const segment = /^body-s(\d)$/.exec(part)
  if (segment) {
    const s = Number(segment[1])
    return {
      ...base,
      name: {
        plain: `Block of S${s}, the ${['first', 'second', 'third', 'fourth', 'fifth'][s - 1]} sacral bone`,
        detailed: `Body of S${s}`,
      },
      what:
        s === 1
          ? fact(
              'The top block of the sacrum. The last disc of the low back sits on it.',
              'The body of S1, the largest of the five fused sacral bodies; its upper surface carries the L5–S1 disc.',
              G,
            )
          : fact(
              'One of the five blocks that grow together to make the sacrum.',
              `The body of S${s}; the sacral bodies fuse in adult life, and ridges on the front surface mark where.`,
              G,
            ),
      nextTo:
        s === 1
          ? fact(
              'The L5–S1 disc sits on its top. Its front edge juts forward into the pelvis.',
              'The L5–S1 disc lies on its upper surface, whose front edge is the sacral promontory.',
              G,
            )
          : fact(
              'The nerve canal runs behind it. Nerves come out through the holes at its sides.',
              'The sacral canal lies behind it; the sacral nerves leave through the foramina at its sides.',
              G,
            ),
      // S3–S5 none on purpose: the one published size found of a sacral body below S1 is S2's width (Ebraheim
      // 1997); a CT study of the sacral laminae (Katsuura 2018) gave the canal behind S3–S5, not the bodies
      dimensions:
        s === 1
          ? [dim("S1 upper endplate width, men's mean", "Width of its top (men's mean)", 'mm', SACRUM.s1Width)]
          : s === 2
            ? [dim('S2 body width', 'Width of the block', 'mm', S2_BODY_WIDTH)]
            : [],
      related: s === 1 ? ['disc:L5-S1'] : [],
    }
  }
  const foramen = /^(pelvic|dorsal)-foramen-s(\d)$/.exec(part)
  if (foramen) {
    const s = Number(foramen[2])
    if (foramen[1] === 'pelvic')
      return {
        ...base,
        name: S(`S${s} front nerve hole`, `S${s} pelvic foramen`),
        what: fact(
          'A hole in the front of the sacrum, where a nerve comes out into the pelvis. There are four on each side.',
          'One of the four pairs of pelvic (anterior) sacral foramina, on the concave pelvic surface beside the fused bodies; each leads back into the intervertebral foramen of its segment.',
          G,
        ),
        nextTo: fact(
          s <= 3
            ? `The front branch of the S${s} nerve comes out here. It helps make the sciatic nerve, the big nerve of the leg.`
            : 'The front branch of the S4 nerve comes out here. It goes to the floor of the pelvis.',
          `The ventral ramus of S${s} leaves through it${s <= 3 ? ' to join the sacral plexus (and the sciatic nerve)' : ' to the sacral plexus and the pelvic floor'}.`,
          G,
        ),
        dimensions: sacralForamenDimensions(s, 'pelvic'),
        related: [],
      }
    return {
      ...base,
      name: S(`S${s} back nerve hole`, `S${s} dorsal foramen`),
      what: fact(
        'A hole in the back of the sacrum, where a small branch of a nerve comes out. It is smaller than the hole in front.',
        'One of the four pairs of dorsal (posterior) sacral foramina, on the convex dorsal surface; smaller than the pelvic foramina in front.',
        [...G, 'saluja2018'],
      ),
      nextTo: fact(
        s <= 3
          ? `The back branch of the S${s} nerve comes out here. It goes to the muscles and skin over the back of the pelvis.`
          : 'The back branch of the S4 nerve comes out here. It goes to the skin around the tailbone.',
        s <= 3
          ? `The dorsal ramus of S${s} leaves through it, to the multifidus and the skin over the sacrum and buttock (the middle cluneal nerves).`
          : 'The dorsal ramus of S4 leaves through it; undivided, it supplies the skin over the coccyx.',
        G,
      ),
      dimensions: sacralForamenDimensions(s, 'dorsal'),
      related: [],
    }
  }
  switch (part) {
    case 'promontory':
      return {
        ...base,
        name: { plain: 'Front top edge of the sacrum', detailed: 'Sacral promontory' },
        what: fact(
          'The front edge of the top of the sacrum. It juts forward into the pelvis.',
          'The promontory: the projecting front margin of the upper surface of S1, at the back of the pelvic brim.',
          G,
        ),
        nextTo: fact(
          'The last disc of the low back sits just above and behind it. A small artery runs down over its front.',
          'The L5–S1 disc lies on the surface just behind it; the median sacral vessels descend over its front.',
          G,
        ),
        // how far the top of S1, whose front edge it is, tilts forward in standing adults
        dimensions: [
          dim(
            'Sacral slope (the top of S1 to the horizontal)',
            'Forward tilt of the top',
            '°',
            POSTURE_TARGETS.sacralSlope,
          ),
        ],
        related: ['disc:L5-S1'],
      }
    case 'superior-articular-process':
      return {
        ...base,
        name: S('upper joint knob', 'superior articular process'),
        what: fact(
          'A knob of bone that reaches up from the sacrum. Its smooth face makes a small joint with L5.',
          'The superior articular process of S1; its facet forms the L5–S1 facet joint with the inferior articular process of L5.',
          G,
        ),
        nextTo: fact(
          'The L5 nerve leaves the spine just in front of it, through the gap between L5 and the sacrum.',
          'It forms the back wall of the L5–S1 intervertebral foramen, through which the L5 spinal nerve leaves.',
          G,
        ),
        dimensions: [dim('Facet inclination to horizontal', 'Tilt of its joint face', '°', S1_FACET.inclination)],
        related: [facetJointId({ upper: 'L5', lower: 'S1' }, side ?? 'left')],
      }
    case 'superior-articular-facet':
      return {
        ...base,
        name: S('upper joint face', 'superior articular facet'),
        what: fact(
          'The smooth face on the upper joint knob. A slick layer covers it, so it can glide on L5.',
          'The cartilage-covered facet of the superior articular process of S1: the lower half of the L5–S1 facet joint.',
          G,
        ),
        nextTo: capsule(jointName('L5', 'S1')),
        dimensions: [
          dim('Facet width', 'Width of the joint face', 'mm', S1_FACET.width),
          dim('Facet height', 'Height of the joint face', 'mm', S1_FACET.height),
        ],
        related: [facetJointId({ upper: 'L5', lower: 'S1' }, side ?? 'left')],
      }
    case 'ala':
      return {
        ...base,
        name: S('wing', 'ala'),
        what: fact(
          'A broad wing of bone that spreads out from the top of the sacrum toward the hip bone.',
          'The ala: the upper surface of the lateral part of S1, formed by its fused transverse and costal elements.',
          G,
        ),
        nextTo: fact(
          'Nerves from L4 and L5 cross over its front on their way to the leg.',
          'The lumbosacral trunk (from the L4 and L5 ventral rami) crosses its front to join the sacral plexus.',
          G,
        ),
        dimensions: [dim('Sacral width, across the alae', 'Width of the sacrum, wing to wing', 'mm', SACRUM.width)],
        related: [],
      }
    case 'lateral-part':
      return {
        ...base,
        name: S('side column', 'lateral part'),
        what: fact(
          'The strong side column of the sacrum, outside the nerve holes.',
          'The lateral part (pars lateralis): the fused transverse and costal elements lateral to the sacral foramina.',
          G,
        ),
        nextTo: fact(
          'Very strong bands tie it to the hip bone, behind the joint and below it.',
          'The interosseous and posterior sacroiliac ligaments bind it to the ilium; the sacrotuberous and sacrospinous ligaments attach to its lower border.',
          G,
        ),
        // none on purpose: no published size of the lateral part was found. Its face on the ilium is the auricular
        // surface, measured there; CT studies of trans-sacral screws (Wagner 2017) sized the corridor through S1 and S2
        dimensions: [],
        related: [],
      }
    case 'auricular-surface':
      return {
        ...base,
        name: S('ear-shaped joint face', 'auricular surface'),
        what: fact(
          'An ear-shaped face on the side of the sacrum. It meets the hip bone at the joint between the spine and the pelvis.',
          'The cartilage-covered auricular surface forms the sacroiliac joint with the ilium: synovial in front, bound behind by strong interosseous ligaments.',
          G,
        ),
        nextTo: fact(
          'Very strong bands bind it to the hip bone, so this joint moves only a little.',
          'The interosseous, anterior and posterior sacroiliac ligaments bind the joint, which allows only small movements.',
          G,
        ),
        // the L-shaped joint's two limbs (neural.ts SI_JOINT)
        dimensions: [
          dim('Lower limb length', 'Long arm', 'mm', SI_JOINT.lowerLimb),
          dim('Upper limb length', 'Short arm', 'mm', SI_JOINT.upperLimb),
        ],
        related: [],
      }
    case 'canal':
      return {
        ...base,
        name: { plain: 'Nerve canal of the sacrum', detailed: 'Sacral canal' },
        what: fact(
          'The tunnel down the middle of the sacrum. It carries on from the spinal canal above.',
          'The sacral canal, formed by the fused vertebral foramina, continues the vertebral canal down to the hiatus.',
          G,
        ),
        nextTo: fact(
          'The last nerve roots run down inside it. The sac of fluid round them ends about the second sacral bone.',
          'It holds the lower roots of the cauda equina, the filum terminale and the end of the dural sac, which usually ends at about S2.',
          G,
        ),
        dimensions: [
          dim(
            'Canal depth at the apex of the hiatus',
            'Depth of the canal at its low end',
            'mm',
            SACRAL_HIATUS.canalDepthAtApex,
          ),
        ],
        related: [],
      }
    case 'laminae':
      return {
        ...base,
        name: { plain: 'Back wall of the sacrum', detailed: 'Fused laminae of the sacrum' },
        what: fact(
          'The back plates of the five bones grow into one wall. It forms the roof of the canal.',
          'The fused laminae of the sacral vertebrae, which roof the sacral canal.',
          G,
        ),
        nextTo: fact(
          'The nerve canal lies in front of it. Deep back muscles lie on it.',
          'The sacral canal lies in front of it; multifidus and the erector spinae lie on its back.',
          G,
        ),
        // none on purpose: no mean was reached. On 98 pelvic CTs (Katsuura 2018) the fused laminae were over 4 mm thick
        // at every screw point, which is a bound, not a size; where they stop is the hiatus's length
        dimensions: [],
        related: [],
      }
    case 'median-crest':
      return {
        ...base,
        name: { plain: 'Middle ridge of the sacrum', detailed: 'Median sacral crest' },
        what: fact(
          'A row of small bumps down the middle of the back of the sacrum. They are the back bumps of the bones, grown together.',
          'The median sacral crest: the fused spinous processes of the upper sacral vertebrae, a row of tubercles in the midline.',
          G,
        ),
        nextTo: fact(
          'A thick sheet of tissue and the deep back muscles hold on to it.',
          'The thoracolumbar fascia and the erector spinae and multifidus attach to it.',
          G,
        ),
        // none on purpose: no published size of the median crest was found (the sacral studies above measured the
        // foramina, the hiatus, the canal and the screw paths)
        dimensions: [],
        related: [],
      }
    case 'hiatus':
      return {
        ...base,
        name: { plain: 'Gap at the low end of the sacrum', detailed: 'Sacral hiatus' },
        what: fact(
          'A gap at the low end of the back wall, where the plates of the last bones did not join. It most often starts at S4.',
          'The sacral hiatus, where the laminae of S5, and in most sacra of S4 as well, fail to meet: the lower opening of the sacral canal. Its apex lay at S4 in 60.7 % and 66.5 % of two dry-bone series (61 and 204 sacra).',
          [...G, 'abera2021', 'shewale2013'],
        ),
        nextTo: fact(
          'The last small nerves, and a thin thread from the end of the cord, come out here.',
          'The S5 and coccygeal nerves and the filum terminale leave through it; the posterior sacrococcygeal ligament covers it.',
          G,
        ),
        dimensions: [
          dim('Sacral hiatus, length', 'Length of the gap', 'mm', SACRAL_HIATUS.length),
          dim('Sacral hiatus, width at its base', 'Width of the gap at its base', 'mm', SACRAL_HIATUS.baseWidth),
        ],
        related: [],
      }
    case 'cornu':
      return {
        ...base,
        name: S('small horn', 'cornu'),
        what: fact(
          'A small knob of bone at the low end of the back of the sacrum, beside the gap there.',
          'The sacral cornu, the remnant of an inferior articular process of S5, at the side of the sacral hiatus.',
          G,
        ),
        nextTo: fact(
          'Short bands join it to a matching horn on the tailbone. The last sacral nerve comes out next to it.',
          'Intercornual ligaments join it to the coccygeal cornu; the fifth sacral nerve emerges beside it.',
          G,
        ),
        dimensions: [
          dim(
            'Distance between the sacral cornua',
            'Gap between the two horns',
            'mm',
            SACRAL_HIATUS.intercornualDistance,
          ),
        ],
        related: [],
      }
    default:
      throw new Error(`No part ${part} on the sacrum`)
  }
}
