/** The nerve roots: where each leaves, its ganglion, its segment, what is clinical, its exam; and its dimension rows. */
import { inCaudaEquina, NERVE_ROOT_ANATOMY, type NerveRoot, type NeuralDimension, type NeuralFact } from '../neural'
import { orderRootFacts, ROOT_EXAM_EN, ROOT_EXAM_SENTENCES_EN, rootExamFacts } from '../rootExam'
import {
  dim,
  fact,
  G,
  KIM2012,
  MOON2010,
  RADHAKRISHNAN1994,
  SHEN2006,
  SILVERSTEIN2015,
  SUH2005,
  VALOSEK2024,
} from './facts'

const exitText = (root: NerveRoot): { plain: string; detailed: string } => {
  const a = NERVE_ROOT_ANATOMY[root]
  const e = a.exit
  if (e.kind === 'sacral-foramen') {
    const ord = ['first', 'second', 'third', 'fourth'][e.foramen - 1]
    return {
      plain: `It leaves through the ${ord} pair of holes in the sacrum. Its front branch comes out of the front of the sacrum.`,
      detailed: `It exits through the ${ord} sacral foramina: its ventral ramus through the pelvic (anterior) foramen, its dorsal ramus through the dorsal one.`,
    }
  }
  if (e.kind === 'sacral-hiatus')
    return {
      plain: 'It leaves at the low end of the sacrum, through the gap just above the tailbone.',
      detailed: 'It leaves the lower end of the sacral canal through the sacral hiatus, beside the coccyx.',
    }
  const lower = e.lower === 'S1' ? 'the sacrum' : e.lower
  const gap = e.lower === 'S1' ? 'L5–S1' : `${e.upper}–${e.lower}`
  if (root === 'C1')
    return {
      plain: 'It leaves between the skull and the top neck bone, over the back of its ring.',
      detailed:
        'It leaves between the occiput and the atlas, passing over the posterior arch of the atlas beneath the vertebral artery; there is no intervertebral foramen.',
    }
  if (root === 'C2')
    return {
      plain: 'It leaves between the top two neck bones, behind the joint where they meet.',
      detailed:
        'It leaves between the atlas and the axis, behind the lateral atlanto-axial joint; there is no intervertebral foramen.',
    }
  if (a.relation === 'above')
    return {
      plain: `It leaves through the gap between ${e.upper} and ${lower}. In the neck, each root leaves above the bone with its number.`,
      detailed: `It exits through the ${gap} intervertebral foramen, above the pedicle of ${e.lower}: C2–C7 exit above the vertebra of the same number.`,
    }
  if (a.relation === 'between')
    return {
      plain: 'There is no C8 bone. So the C8 root leaves through the gap between C7 and T1.',
      detailed:
        'With eight cervical nerves and seven cervical vertebrae, C8 exits through the C7–T1 foramen; from T1 down each root exits below its own vertebra.',
    }
  return {
    plain: `It leaves through the gap between ${e.upper} and ${lower}. From T1 down, each root leaves just below the bone with its number.`,
    detailed: `It exits through the ${gap} intervertebral foramen, beneath the pedicle of ${e.upper}: from T1 down, each root exits below its own vertebra.`,
  }
}

function ganglionFact(root: NerveRoot): NeuralFact {
  const a = NERVE_ROOT_ANATOMY[root]
  const plainBump = 'A small bump on the root, the ganglion, holds the nerve cells for feeling.'
  switch (a.ganglion) {
    case 'above-arch':
      return fact(
        `${plainBump} On C1 it is small, and some people have none.`,
        'Its dorsal root and ganglion are small and sometimes absent; the nerve is mainly motor to the suboccipital muscles.',
        G,
      )
    case 'behind-joint':
      return fact(
        `${plainBump} Here it sits just behind the joint between the top two neck bones.`,
        'Its dorsal root ganglion lies behind the lateral atlanto-axial joint, between the posterior arch of the atlas and the lamina of the axis.',
        G,
      )
    case 'foramen':
      return fact(
        `${plainBump} It sits inside the bony gap the root goes out through.`,
        'Its dorsal root ganglion lies in the intervertebral foramen, just before the dorsal and ventral roots join into the spinal nerve.',
        G,
      )
    case 'foramen-medial':
    case 'foramen-lateral':
      return fact(
        `${plainBump} It sits inside the bony gap, in its ${a.ganglion === 'foramen-medial' ? 'inner' : 'outer'} part.`,
        'Its dorsal root ganglion lies in the foramen: in the medial zone at L1–L4 and the lateral zone at L5 (16 cadavers with MRI); on 3D MRI of 115 healthy adults most lumbar ganglia were foraminal and only 5.7 % of L5 ganglia lay inside the canal.',
        [SILVERSTEIN2015, SHEN2006],
      )
    case 'canal':
      return root === 'S1'
        ? fact(
            `${plainBump} For S1 it most often sits inside the canal, not in the gap.`,
            'The S1 dorsal root ganglion lay inside the canal in 83 % of 457 patients (contrast images); the sacral and coccygeal ganglia lie within the sacral canal.',
            [MOON2010, 'grays2020'],
          )
        : fact(
            `${plainBump} For the low roots it sits inside the canal of the sacrum.`,
            'The sacral and coccygeal dorsal root ganglia lie within the sacral canal rather than in the foramina.',
            G,
          )
  }
}

function segmentFact(root: NerveRoot): NeuralFact | null {
  if (root === 'C6' || root === 'C7')
    return fact(
      'This root starts from the cord about one bone higher than the gap it leaves through.',
      `Its root entry zone lies at the vertebra above its own (C6: 94 %, C7: 81 % of 16 cadavers), so it runs down and out to its foramen.`,
      [KIM2012],
    )
  if (/^T([3-9]|1[0-2])$/.test(root))
    return fact(
      'This root starts from the cord about two bones higher. It runs down beside the cord before it turns out.',
      'Its root entry zone lies about two vertebrae above its own (T3–T12 in 16 cadavers), so it runs down along the cord before turning out to its foramen.',
      [KIM2012],
    )
  // L2–L4 leave the lumbar enlargement (about T9–T12, widest at T10–T11: the cord's own fact), not the conus
  if (/^L[2-4]$/.test(root))
    return fact(
      'This root starts from the thick low part of the cord, at about the T10 to T12 bones. It runs down in the bundle of roots before it turns out.',
      'Its segment lies in the lumbar enlargement of the cord, behind about T10–T12 (widest at T10–T11 on MRI); it descends in the cauda equina and leaves the dural sac close to its foramen.',
      [...G, VALOSEK2024],
    )
  if (inCaudaEquina(root))
    return fact(
      'This root starts from the low tip of the cord. It runs down in the bundle of roots before it turns out.',
      'Its segment lies at the lower end of the cord, in or just above the conus medullaris near T12–L1; it descends in the cauda equina and leaves the dural sac close to its foramen.',
      G,
    )
  return null
}

function clinicalFacts(root: NerveRoot): NeuralFact[] {
  const out: NeuralFact[] = []
  if (root === 'C6' || root === 'C7')
    out.push(
      fact(
        'In a study of 561 people with a pinched neck nerve, C7 was the root hit most often. C6 came next.',
        'In a population study of 561 people with cervical radiculopathy, a C7 monoradiculopathy was the most frequent, followed by C6.',
        [RADHAKRISHNAN1994],
      ),
    )
  if (root === 'L5')
    out.push(
      fact(
        'At L4–L5, the L4 root has already turned out through its own gap. The L5 root runs on down past the disc. So a bulging disc at L4–L5 most often presses on L5.',
        'At L4–L5 the L4 root has already entered its foramen while the L5 root sleeve usually leaves the sac at or just below the disc (64 % below, 28 % at, 8 % above in formalin cadavers) and crosses it, so a posterolateral L4–L5 herniation usually compresses L5.',
        [SUH2005, 'grays2020'],
      ),
    )
  if (root === 'S1')
    out.push(
      fact(
        'The S1 root leaves the sac just above the L5–S1 disc and runs past it. So a bulging disc at L5–S1 most often presses on S1.',
        'The S1 root sleeve arises above the L5–S1 disc in about three quarters of cadavers and crosses it, so a posterolateral L5–S1 herniation usually compresses S1.',
        [SUH2005, 'grays2020'],
      ),
    )
  out.push(
    fact(
      'If an arm, hand, leg or foot gets weaker, see a doctor that same day. Do the same if your hands get clumsy or you feel unsteady as you walk. If it feels numb or tingly for a few days, ask for an urgent visit with a doctor. New numbness between the legs, new bladder trouble, or both legs going weak means go to the emergency room now.',
      'A limb getting weaker (such as foot drop) or signs of cord compression (clumsy hands, unsteady gait) need same-day medical assessment; numbness or tingling in a limb for days, an urgent primary-care appointment; saddle numbness, new bladder or bowel disturbance, or weakness in both legs, emergency assessment now.',
      ['lothianLumbarRedFlags', 'humberSpinePathway', 'davies2018', 'osuCervicalCpg', 'nhsCaudaEquina', 'nhsBackPain'],
    ),
  )
  return out
}

export function rootFacts(root: NerveRoot): NeuralFact[] {
  const exit = exitText(root)
  const segment = segmentFact(root)
  return orderRootFacts(
    { exit: fact(exit.plain, exit.detailed, G), ganglion: ganglionFact(root), segment, clinical: clinicalFacts(root) },
    rootExamFacts(root, ROOT_EXAM_EN, ROOT_EXAM_SENTENCES_EN),
  )
}

export function rootDimensions(root: NerveRoot): NeuralDimension[] {
  const a = NERVE_ROOT_ANATOMY[root]
  return [
    dim('Root diameter', 'How thick the root is', a.diameter),
    dim('Dorsal root ganglion, greatest width', 'Width of the bump (ganglion)', a.ganglionWidth),
  ]
}
