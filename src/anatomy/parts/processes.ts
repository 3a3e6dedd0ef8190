/** The transverse and spinous processes, which change along the spine: what each is and what lies next to it. */

import type { VertebraLevel } from '../ids'
import type { Fact } from '../info'
import { BIFID } from './ids'
import { numberOf, ordinal, regionOf } from './neighbours'
import { fact, G } from './words'

export function transverseWhat(level: VertebraLevel): Fact {
  const r = regionOf(level)
  const n = numberOf(level)
  if (level === 'C1')
    return fact(
      'A long bar of bone that sticks out to the side. The tips are the widest part of C1.',
      'The transverse process of the atlas is long and ends in a broad tip, the widest point of the atlas; its foramen lies at its root.',
      G,
    )
  if (level === 'C2')
    return fact(
      'A small bar of bone that sticks out to the side. It has a hole in it.',
      'The transverse process of the axis is small and points down and out; its transverse foramen turns outward under the superior articular surface.',
      G,
    )
  if (r === 'C')
    return fact(
      'A short bar of bone that sticks out to the side. It has a hole in it, and a groove on top.',
      'The cervical transverse process is short, pierced by the transverse foramen and grooved above for the spinal nerve, ending in anterior and posterior tubercles.',
      G,
    )
  if (r === 'T')
    return fact(
      n <= 10
        ? `A stout bar of bone that sticks out to the side and back. Rib ${n} rests against its tip.`
        : 'A short bar of bone that sticks out to the side. No rib joins it on this bone.',
      n <= 10
        ? `The thoracic transverse process projects back and out; its tip carries the facet for the tubercle of the ${ordinal(n)} rib.`
        : `The transverse process of ${level} is short, with no facet for a rib.`,
      G,
    )
  // L5's is its own shape in the plain words too: they called it long and thin, as L1–L4's, while the detailed
  // text said short and thick (a student's review, s38)
  return fact(
    level === 'L5'
      ? 'A short, thick bar of bone that sticks out to the side. A strong band ties it to the top of the hip bone.'
      : 'A long, thin bar of bone that sticks out to the side. Muscles pull on it to bend and turn the low back.',
    level === 'L5'
      ? 'The transverse process of L5 is short and thick, a lever for the muscles of the back and the anchor of the iliolumbar ligament.'
      : 'The lumbar transverse process is long and thin, a lever for the muscles that side-bend and rotate the lumbar spine.',
    G,
  )
}

export function transverseNextTo(level: VertebraLevel): Fact {
  const r = regionOf(level)
  const n = numberOf(level)
  if (level === 'C1')
    return fact(
      'Small muscles that tilt and turn the head hold on to it.',
      'Muscles that move the head on the neck (obliquus capitis superior and inferior, rectus capitis lateralis) and levator scapulae attach to it.',
      G,
    )
  if (level === 'C2')
    return fact(
      'Small muscles of the neck hold on to it.',
      'Muscles of the neck (levator scapulae, the intertransverse muscles and others) attach to it.',
      G,
    )
  if (r === 'C')
    return fact(
      `The ${level} nerve runs out along the groove on its top.`,
      `The ${level} spinal nerve runs out along the groove on its upper surface.`,
      G,
    )
  if (r === 'T')
    return n <= 10
      ? fact(
          `Rib ${n} meets its tip at a small joint. Back muscles hold on along it.`,
          `The tubercle of the ${ordinal(n)} rib meets it at the costotransverse joint; the intertransverse and deep back muscles attach to it.`,
          G,
        )
      : fact(
          'Back muscles hold on to it. The rib of this level does not touch it.',
          `The ${ordinal(n)} rib has no costotransverse joint; deep back muscles attach to the process.`,
          G,
        )
  return level === 'L5'
    ? fact(
        'A strong band ties it to the top of the pelvis. Back muscles hold on to it.',
        'The iliolumbar ligament runs from it to the iliac crest; deep back muscles and quadratus lumborum attach to it.',
        G,
      )
    : fact(
        'Short bands join it to the side arms above and below. Deep back muscles hold on to it.',
        'Intertransverse ligaments and muscles join it to its neighbours; psoas and quadratus lumborum attach to it.',
        G,
      )
}

/** The vertebral artery: C6 is where it usually enters (vertebralArteryEntry), C7's foramen usually has none. */
export function transverseForamenNextTo(level: VertebraLevel): Fact {
  if (level === 'C7')
    return fact(
      'The big neck artery most often goes in one bone higher, at C6, and skips this hole. Here it holds small veins, nerves or fat.',
      'The vertebral artery usually passes it by: it entered at C6 in 92 % of arteries pooled from 62 studies, and none of 32 dissected C7 foramina held it; they held veins, nerves or fat.',
      ['vertebralArteryEntry', 'c7TransverseForamen'],
    )
  if (level === 'C1')
    return fact(
      'A big artery runs up through this hole. It comes up through the side holes from C6, then bends back over C1 to reach the brain.',
      'The vertebral artery, which usually enters the transverse foramina at C6, passes up through it, then turns back over the posterior arch to enter the skull.',
      ['vertebralArteryEntry', 'grays2020'],
    )
  return fact(
    'A big artery to the brain runs up through this hole. In most people it goes in at C6 and runs up through the holes above.',
    `The vertebral artery, with its veins and nerve plexus, runs up through it; it usually enters at C6 (92 % of arteries in a pooled review) and ascends through the foramina of C6 to C1.`,
    ['vertebralArteryEntry', 'grays2020'],
  )
}

export function spinousWhat(level: VertebraLevel): Fact {
  const r = regionOf(level)
  if (BIFID.has(level))
    return fact(
      'A short bar of bone that points back. It splits into two small knobs at the tip. It lies deep in the neck.',
      level === 'C2'
        ? 'The spinous process of the axis is large and bifid: it ends in two tubercles.'
        : 'The cervical spinous process is short and bifid, ending in two tubercles, and lies deep to the ligamentum nuchae.',
      G,
    )
  if (level === 'C7')
    return fact(
      'A long bar of bone that points back. Its tip is the bump you can feel at the base of the neck.',
      'The long, single spinous process of the vertebra prominens, the first one easily felt at the base of the neck.',
      G,
    )
  return fact(
    r === 'T'
      ? 'A long bar of bone that points back and down. Its tip is a bump you can feel down the middle of the back.'
      : 'A broad, flat bar of bone that points straight back. Its tip is a bump you can feel in the low back.',
    r === 'T'
      ? 'The thoracic spinous process is long and slopes down, most steeply in the mid-thoracic spine; its tip is palpable.'
      : 'The lumbar spinous process is broad, flat and hatchet-shaped, projecting almost straight back; its tip is palpable.',
    G,
  )
}

export function spinousNextTo(level: VertebraLevel): Fact {
  if (regionOf(level) === 'C')
    return fact(
      'Bands join it to the bumps above and below. A thick band runs along the tips at the back of the neck.',
      'Interspinous ligaments join it to its neighbours; over the tips runs the ligamentum nuchae, the neck’s broad continuation of the supraspinous ligament.',
      G,
    )
  if (level === 'L5')
    return fact(
      'Bands join it to the bump above and to the sacrum below. Deep back muscles hold on to it.',
      'Interspinous ligaments join it to L4 and to the median sacral crest; multifidus and the thoracolumbar fascia attach to it.',
      G,
    )
  return fact(
    'Bands join it to the bumps above and below. Another band runs along the tips, just under the skin.',
    'Interspinous ligaments join it to its neighbours, and the supraspinous ligament runs over the tips.',
    G,
  )
}

/** The small nerve to the facet joints that runs between the mammillary and accessory processes. */
export const medialBranch = (): Fact =>
  fact(
    'A small nerve to the back joints runs in a notch next to this knob. A short band holds it down.',
    'The medial branch of the dorsal ramus, which supplies the facet joints, runs in the notch between the mammillary and accessory processes, under the mamillo-accessory ligament.',
    G,
  )
