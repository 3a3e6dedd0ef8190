/** The parts of the coccyx (the tailbone): its segments, transverse processes and cornua. */

import type { BoneId, Side } from '../ids'
import { COCCYX } from '../levels'
import type { PartInfo, PartKind } from './ids'
import { capital, dim, fact, G, named } from './words'

// ——— the coccyx ———

export function coccyxPart(part: PartKind, side: Side | null): Omit<PartInfo, 'id' | 'form'> {
  const base = { bone: 'coccyx' as BoneId, part, side }
  const C = (plain: string, detailed: string) => named(side, 'coccyx', plain, detailed)
  const segment = /^segment-co(\d)$/.exec(part)
  if (segment) {
    const s = Number(segment[1])
    const word = ['first', 'second', 'third', 'fourth'][s - 1] ?? ''
    return {
      ...base,
      name: {
        plain: `${capital(word)} bone of the tailbone (Co${s})`,
        detailed: `${capital(word)} coccygeal segment (Co${s})`,
      },
      what: fact(
        'One of the small bones that make up the tailbone. This model shows four, the count most often found.',
        'A rudimentary vertebral body; the coccygeal segments are often fused. Four are shown, the count most often found in two CT studies.',
        ['grays2020', 'woon2013', 'indiran2017'],
      ),
      nextTo:
        s === 1
          ? fact(
              'It joins the sacrum above through a small pad. Muscles of the floor of the pelvis hold on along its sides.',
              'It meets the apex of the sacrum at the sacrococcygeal joint; coccygeus and levator ani attach along its borders.',
              G,
            )
          : fact(
              'Muscles of the pelvic floor hold on along its sides. So does the big buttock muscle.',
              'Coccygeus, levator ani and gluteus maximus attach along the borders and back of the coccyx.',
              G,
            ),
      // no published size of one segment was found: the whole coccyx's length, labelled as such
      dimensions: [
        dim('Straight length of the whole coccyx', 'Length of the whole tailbone', 'mm', COCCYX.straightLength),
      ],
      related: [],
    }
  }
  switch (part) {
    case 'cornu':
      return {
        ...base,
        name: C('small horn', 'cornu'),
        what: fact(
          'A small knob that points up from the back of the top of the tailbone.',
          'The coccygeal cornu, a rudimentary articular process of Co1, projecting up to meet the sacral cornu.',
          G,
        ),
        nextTo: fact(
          'Short bands join it to a matching horn on the sacrum. A small nerve comes out in the gap beside them.',
          'Intercornual ligaments join it to the sacral cornu; together they complete the foramen for the dorsal ramus of S5.',
          G,
        ),
        // none on purpose: no published size of the coccygeal cornua was found (Lee 2016, 136 3D-CT, recorded whether
        // they fuse with the sacral ones, not their size)
        dimensions: [],
        related: [],
      }
    case 'transverse-process':
      return {
        ...base,
        name: C('side arm', 'transverse process'),
        what: fact(
          'A small stub of bone on the side of the top of the tailbone.',
          'A rudimentary transverse process of Co1, which often reaches up to the lower side corner of the sacrum.',
          G,
        ),
        nextTo: fact(
          'The front branch of the last sacral nerve passes just above it.',
          'With the sacrum it completes the foramen for the ventral ramus of S5, which passes just above it.',
          G,
        ),
        // none on purpose: no published size of the coccyx's transverse processes was found (Lee 2016 recorded whether
        // they fuse with the sacrum; its width of the coccyx was not reached)
        dimensions: [],
        related: [],
      }
    default:
      throw new Error(`No part ${part} on the coccyx`)
  }
}
