import {
  CONDITION_INVOLVES,
  CONDITION_MODELS,
  type ConditionId,
  genantGrade,
  meyerdingGrade,
} from '../anatomy/conditionModels'
import type { AnyStructureId } from '../anatomy/ids'
import type { SourceKey } from '../anatomy/sources'
import { CONDITION_NAMES } from './conditionNames'

/**
 * Spine conditions a clinic names, each shown on the 3D model (geometry/conditions.ts says how), with what
 * it is, what it feels like, how it usually goes, what helps and its warning signs: every text plain (for
 * patients, grade 6 or below) and detailed (with the clinical terms), each with its sources.
 */

export interface ConditionText {
  readonly plain: string
  readonly detailed: string
  readonly sources: readonly SourceKey[]
}

export interface ConditionContent {
  readonly id: ConditionId
  /** The family it belongs to (the list groups by it). */
  readonly family: 'herniation' | 'spondylolisthesis' | 'fracture' | 'degeneration' | 'stenosis' | 'facet-arthritis'
  readonly name: { readonly plain: string; readonly detailed: string }
  readonly what: ConditionText
  /** What the 3D view shows, and which of its numbers are estimates. */
  readonly shown: ConditionText
  readonly feelsLike: ConditionText
  readonly course: ConditionText
  readonly helps: ConditionText
  /** Its own warning signs, in words; `signs` names the matching lines of the warning-signs list. */
  readonly warning: ConditionText
  readonly signs: readonly string[]
  /** The root pressed on, named, with where its symptoms go. */
  readonly root?: { readonly id: AnyStructureId; readonly name: string; readonly symptoms: ConditionText }
  /** Its grade on the named scale, when it has one. */
  readonly grade?: ConditionText
  /** A link to a sound in Why backs crack (`sounds.ts` SOUND_MECHANISMS id). */
  readonly sound?: string
}

const CAUDA = ['saddle-numbness', 'bladder-bowel', 'both-legs'] as const

const slip = (id: 'spondylolisthesis-l5-s1-isthmic' | 'spondylolisthesis-l4-l5-degenerative'): ConditionText => {
  const m = CONDITION_MODELS[id]
  const g = meyerdingGrade(m.slipPercent)
  const roman = ['I', 'II', 'III', 'IV', 'V'][g - 1]
  return {
    plain: `Shown here: the bone has slid forward ${m.slipPercent} out of 100 parts of the way across the bone below. Doctors call this grade ${g} of 5.`,
    detailed: `Modelled slip ${m.slipPercent} % of the depth of the upper endplate of the vertebra below: Meyerding grade ${roman} (I ≤25 %, II 26–50 %, III 51–75 %, IV 76–100 %, V >100 %).`,
    sources: ['meyerdingGrades', 'medscapeSpondylolisthesis'],
  }
}

const fractureGrade = (): ConditionText => {
  const m = CONDITION_MODELS['compression-fracture-l1']
  const pct = Math.round(m.heightLoss * 100)
  return {
    plain: `Shown here: the front of the bone has lost ${pct} out of 100 parts of its height. That is grade ${genantGrade(m.heightLoss)} of 3.`,
    detailed: `Modelled anterior height loss ${pct} %: Genant semi-quantitative grade ${genantGrade(m.heightLoss)} (1: 20–25 %, 2: 25–40 %, 3: >40 %).`,
    sources: ['genantGrades'],
  }
}

const LUMBAR_HERNIATION_COURSE: ConditionText = {
  plain:
    'Most get better on their own over weeks to months. The bulge often shrinks back, most of all a large one that has broken out.',
  detailed:
    'The natural history is favourable: in a systematic review, spontaneous regression was seen in 96 % of sequestrations, 70 % of extrusions and 41 % of protrusions.',
  sources: ['chiu2015', 'costa2012'],
}

const STAY_ACTIVE: ConditionText = {
  plain:
    'Keep doing your usual things as much as you can. Staying in bed does not help. Ask a doctor or pharmacist which pain relief suits you. A physio can help you move.',
  detailed:
    'Stay active: for acute low back pain, advice to stay active is slightly better than bed rest for pain; for sciatica, the two differ little or not at all. NICE advises keeping up normal activities and no routine imaging, with exercise, and manual therapy only within a package that includes exercise.',
  sources: ['dahm2010', 'niceNg59'],
}

/**
 * The low back's warning signs, at three speeds: the cauda equina signs to an emergency room now; a leg or
 * foot getting weaker (foot drop) to a doctor the same day; more numbness, fever, weight loss or cancer to
 * an urgent doctor's visit (the warning-signs list's groups).
 */
const NUMB_WARNING: ConditionText = {
  plain:
    'Go to an emergency room at once if the skin between your legs goes numb. Go too if you can’t pee or can’t hold it, if you leak poo, or if both legs go weak. See a doctor that same day if a leg or foot gets weaker, for example if your foot drags or slaps as you walk. Ask for an urgent visit with a doctor if a leg gets more numb. Also if back pain comes with a fever or weight loss you can’t explain, or if you have had cancer.',
  detailed:
    'Saddle anaesthesia, new urinary retention or incontinence, faecal incontinence, new sexual dysfunction, or weakness or numbness in both legs suggest cauda equina compression: emergency department assessment now. New or progressive weakness of one leg, such as foot drop, needs same-day medical assessment (acute foot drop calls for an early surgical opinion). Spreading numbness, or back pain with fever, unexplained weight loss or a history of cancer, needs an urgent primary-care appointment.',
  sources: ['nhsCaudaEquina', 'nhsBackPain', 'lothianLumbarRedFlags', 'niceNg59'],
}

export const CONDITIONS: readonly ConditionContent[] = [
  {
    id: 'herniation-l4-l5-posterolateral',
    family: 'herniation',
    name: CONDITION_NAMES['herniation-l4-l5-posterolateral'],
    what: {
      plain:
        'The soft center of a disc pushes out through its tough outer ring. Here it bulges back and to one side. It presses on the L5 nerve as that nerve runs down past the disc. People call it a slipped disc, but the disc itself stays in place.',
      detailed:
        'Nucleus pulposus displaced through the annulus posterolaterally, into the lateral recess, compressing the traversing L5 root (the L4 root exits above the disc, in the foramen). L4–L5 is one of the two commonest levels.',
      sources: ['kimWeller2000', 'zhang2016'],
    },
    shown: {
      plain: 'The disc bulges back and to the left. The L5 nerve it presses on glows pink. Bones are see-through.',
      detailed:
        'The L4–L5 disc is deformed posterolaterally until it meets the traversing left L5 root (highlighted); bones ghosted. Bulge size is illustrative.',
      sources: ['kimWeller2000', 'estimate'],
    },
    root: {
      id: 'nerve:L5:left',
      name: 'L5 nerve root (traversing)',
      symptoms: {
        plain:
          'Pain that shoots from the buttock down the side of the leg. Numbness or tingling on the top of the foot and the outer calf. The foot and toes may be weak to lift.',
        detailed:
          'L5 radiculopathy: pain in the buttock, posterolateral thigh, lateral calf and dorsum of the foot; sensory change over the dorsum of the foot and lateral calf; weakness of ankle and toe dorsiflexion (including great-toe extension) and of foot eversion.',
        sources: ['engstrom2015', 'medscapeLumbosacralRadiculopathy'],
      },
    },
    feelsLike: {
      plain:
        'Pain that runs down the leg. It may burn or shoot. Sitting a long time, a cough or a sneeze can make it worse.',
      detailed:
        'Radicular leg pain (sciatica) with numbness or tingling; often worse with prolonged sitting, coughing or sneezing.',
      sources: ['medscapeLumbosacralRadiculopathy'],
    },
    course: LUMBAR_HERNIATION_COURSE,
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'nerves'],
  },
  {
    id: 'herniation-l4-l5-foraminal',
    family: 'herniation',
    name: CONDITION_NAMES['herniation-l4-l5-foraminal'],
    what: {
      plain:
        'The disc pushes out far to the side, into the gap where a nerve leaves the spine. At this level it presses on the L4 nerve, the one leaving here, not L5. The disc itself stays in place.',
      detailed:
        'A far-lateral (foraminal) herniation lies at or lateral to the pedicle and compresses the exiting root: at L4–L5, the L4 root and its ganglion. They are 2.6–11.7 % of lumbar herniations, 52 % of them at L4–L5.',
      sources: ['kimWeller2000'],
    },
    shown: {
      plain: 'The disc bulges out to the left side, into the nerve’s exit. The L4 nerve glows pink.',
      detailed:
        'The L4–L5 disc is deformed laterally into the left foramen until it meets the exiting L4 root (highlighted). Bulge size is illustrative.',
      sources: ['kimWeller2000', 'estimate'],
    },
    root: {
      id: 'nerve:L4:left',
      name: 'L4 nerve root (exiting)',
      symptoms: {
        plain: 'Pain that runs down to the knee and the inner shin. The knee may feel weak.',
        detailed:
          'L4 radiculopathy: pain to the knee and medial calf, numbness of the medial calf, weak knee extension (quadriceps), a reduced knee reflex.',
        sources: ['engstrom2015'],
      },
    },
    feelsLike: {
      plain: 'Sharp pain down the leg. It can be strong. Part of the leg may feel numb or weak.',
      detailed:
        'Often severe radicular pain; neurological deficits (motor, reflex or sensory) are common with far-lateral herniations.',
      sources: ['kimWeller2000'],
    },
    course: LUMBAR_HERNIATION_COURSE,
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'nerves'],
  },
  {
    id: 'herniation-c5-c6',
    family: 'herniation',
    name: CONDITION_NAMES['herniation-c5-c6'],
    what: {
      plain:
        'A neck disc bulges back and to one side. It presses on the C6 nerve. In the neck, each nerve leaves above the bone with its number, so C6 leaves between C5 and C6. The disc itself stays in place.',
      detailed:
        'Posterolateral C5–C6 herniation compressing the C6 root: cervical roots C2–C7 exit above the vertebra of the same number, so the C6 root leaves through the C5–C6 foramen. C6 and C7 are the roots most often involved in cervical radiculopathy.',
      sources: ['grays2020', 'radhakrishnan1994'],
    },
    shown: {
      plain: 'The neck disc bulges back and to the left. The C6 nerve glows pink.',
      detailed:
        'The C5–C6 disc is deformed posterolaterally to meet the left C6 root (highlighted); bones ghosted. Bulge size is illustrative.',
      sources: ['grays2020', 'estimate'],
    },
    root: {
      id: 'nerve:C6:left',
      name: 'C6 nerve root',
      symptoms: {
        plain: 'Pain from the neck down the arm to the thumb. The thumb side of the hand may feel numb.',
        detailed:
          'C6 radiculopathy: pain radiating to the lateral forearm, thumb and index finger; weakness of elbow flexion, forearm supination and wrist extension; reduced biceps or brachioradialis reflex.',
        sources: ['kang2020'],
      },
    },
    feelsLike: {
      plain: 'Neck pain with pain, pins and needles or weakness down one arm.',
      detailed: 'Neck pain with radicular arm pain, paraesthesia or weakness in the root’s territory.',
      sources: ['kang2020', 'radhakrishnan1994'],
    },
    course: {
      plain:
        'Most people get much better. In one large study, 9 in 10 had little or no trouble about five years later. About 1 in 4 had needed an operation.',
      detailed:
        'In a population study of 561 patients, 90 % had no or mild symptoms at last follow-up (median 4.9 years); 26 % had had surgery.',
      sources: ['radhakrishnan1994'],
    },
    helps: {
      plain:
        'Most people get better with time. Some need an operation. Ask a doctor or physio about pain relief and gentle neck movement.',
      detailed:
        'Most improve over time (in a population study, 90 % had no or mild symptoms at a median 4.9 years, and 26 % had had surgery). Discuss pain relief and neck exercise with a clinician.',
      sources: ['radhakrishnan1994', 'versusArthritisNeck'],
    },
    warning: {
      plain:
        'Go to an emergency room at once if both legs go weak, or you can’t control your pee or poo. See a doctor that same day if your hands get clumsy, for example with buttons, or you feel unsteady as you walk. These can mean the spinal cord in the neck is squeezed. Also see a doctor that same day if an arm or hand gets weaker. Ask for an urgent visit with a doctor if it gets more numb, or the pain keeps getting worse.',
      detailed:
        'New weakness of both legs or sphincter disturbance: emergency department assessment now. Signs of cord compression (myelopathy: clumsy or numb hands, loss of dexterity, unsteady gait, falls) need urgent, same-day medical assessment and prompt referral to a spinal specialist. A new or progressive motor root deficit needs same-day assessment; spreading numbness or worsening pain, an urgent primary-care appointment.',
      sources: [
        'mccartney2018',
        'davies2018',
        'humberSpinePathway',
        'nhsBackPain',
        'osuCervicalCpg',
        'versusArthritisNeck',
      ],
    },
    signs: ['weaker-limb', 'clumsy-hands', 'unsteady-walking', 'nerves', 'pain', 'both-legs', 'bladder-bowel'],
  },
  {
    id: 'spondylolisthesis-l5-s1-isthmic',
    family: 'spondylolisthesis',
    name: CONDITION_NAMES['spondylolisthesis-l5-s1-isthmic'],
    what: {
      plain:
        'A thin part at the back of the L5 bone has a break, often from stress over years. The front of the bone then slides forward on the bone below. The back part stays put.',
      detailed:
        'A defect of the pars interarticularis (spondylolysis) lets the L5 body, pedicles and superior facets slip anteriorly on S1 while the posterior arch stays behind. Isthmic slips are mostly at L5–S1. On CT of 188 community adults aged 40–80, 21 had a pars defect, and most with defects on both sides had a slip.',
      sources: ['medscapeSpondylolisthesis', 'kalichman2009lysis'],
    },
    shown: {
      plain: 'L5 has slid forward. The break is shown in red on each side, with a gap.',
      detailed:
        'L5 anterior to the pars cut is translated along the S1 endplate; the pars defect is an open gap (red). The disc below is sheared to follow.',
      sources: ['meyerdingGrades', 'estimate'],
    },
    grade: slip('spondylolisthesis-l5-s1-isthmic'),
    feelsLike: {
      plain: 'Often nothing at all. Some people get low back pain, or pain down a leg.',
      detailed: 'Most often asymptomatic; symptoms include low back pain and radicular leg pain.',
      sources: ['koslosky2020'],
    },
    course: {
      plain: 'How it goes differs from person to person. A higher grade slip is more likely to get worse.',
      detailed: 'Progression is variable; higher grades are more prone to progress.',
      sources: ['koslosky2020'],
    },
    helps: {
      plain:
        'Keep active. Exercise and a physio can help many people with back pain. See a doctor if leg pain does not settle.',
      detailed:
        'General low back pain care applies: stay active, exercise therapy; persistent radicular symptoms need review.',
      sources: ['niceNg59'],
    },
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'nerves'],
  },
  {
    id: 'spondylolisthesis-l4-l5-degenerative',
    family: 'spondylolisthesis',
    name: CONDITION_NAMES['spondylolisthesis-l4-l5-degenerative'],
    what: {
      plain:
        'Worn joints and a worn disc let the whole L4 bone slide a little forward on L5. There is no break in the bone. It is more common in women.',
      detailed:
        'Facet and disc degeneration allow the whole L4 vertebra, arch included (no pars defect), to translate anteriorly on L5; most common at L4–L5 and in women.',
      sources: ['medscapeSpondylolisthesis', 'kalichman2009lysis'],
    },
    shown: {
      plain: 'L4 has slid forward on L5. The worn joints behind are tinted brown.',
      detailed:
        'L4 translated along the L5 endplate; the L4–L5 facet joints (tinted) move half as far; discs sheared to follow.',
      sources: ['meyerdingGrades', 'estimate'],
    },
    grade: slip('spondylolisthesis-l4-l5-degenerative'),
    feelsLike: {
      plain: 'Low back pain. Some people get leg pain or heavy legs when they walk, which eases when they sit.',
      detailed: 'Mechanical low back pain; it often narrows the canal, giving neurogenic claudication.',
      sources: ['msdStenosis', 'koslosky2020'],
    },
    course: {
      plain: 'How it goes differs from person to person. A higher grade slip is more likely to get worse.',
      detailed: 'Progression is variable; higher grades are more prone to progress.',
      sources: ['koslosky2020'],
    },
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'nerves'],
  },
  {
    id: 'compression-fracture-l1',
    family: 'fracture',
    name: CONDITION_NAMES['compression-fracture-l1'],
    what: {
      plain:
        'When bones are thin and weak, the front of a back bone can squash down into a wedge. It happens most often where the chest part of the spine meets the low back.',
      detailed:
        'An osteoporotic vertebral compression (wedge) fracture: loss of anterior body height. In a large hospital series of acute fractures, the commonest levels were L1, T12 and L2, at the thoracolumbar junction.',
      sources: ['wang2023', 'genantGrades'],
    },
    shown: {
      plain: 'The L1 bone is squashed at the front into a wedge, tinted red.',
      detailed: 'L1 body wedged anteriorly; adjacent discs follow its endplates. Height loss chosen within grade 2.',
      sources: ['genantGrades', 'estimate'],
    },
    grade: fractureGrade(),
    feelsLike: {
      plain:
        'Back pain, often after something as everyday as a bend, a walk or lifting something light. Most are never found, as many cause no bad pain. Several can make you shorter and more bent.',
      detailed:
        'Classically occurs during everyday activities (bending, walking, lifting light objects); most go clinically unrecognised, three in four people do not seek care, and up to two-thirds cause no notably severe symptoms. Multiple fractures can cause height loss and increased thoracic kyphosis.',
      sources: ['qimsVertebralFracture'],
    },
    course: {
      plain: 'Many cause little trouble. But one break makes another more likely.',
      detailed: 'Up to two-thirds cause no notably severe symptoms; a vertebral fracture predicts further fractures.',
      sources: ['qimsVertebralFracture'],
    },
    helps: {
      plain: 'Ask a doctor about a bone check. Treating weak bones can lower the chance of more breaks.',
      detailed:
        'Recognising it prompts bone-fragility assessment; treatment can reduce further vertebral and hip fractures.',
      sources: ['genantGrades', 'qimsVertebralFracture'],
    },
    warning: {
      plain:
        'Ask for an urgent visit with a doctor about new back pain if you have weak bones or have had cancer. Go too if you take steroid pills for a long time or lose weight without trying. Or if it began after a fall. Go to an emergency room at once if both legs go weak or numb. Go too if you can’t control your pee or poo.',
      detailed:
        'New back pain with osteoporosis, malignancy, long-term steroids or unexplained weight loss, or after trauma, needs an urgent primary-care appointment to exclude fracture or metastasis; new weakness or numbness of both legs, or sphincter disturbance, needs emergency department assessment now.',
      sources: ['nhsBackPain', 'niceNg59', 'osuCervicalCpg', 'nhsCaudaEquina'],
    },
    signs: ['injury', 'cancer-new-pain', 'weight-loss', 'both-legs', 'bladder-bowel'],
  },
  {
    id: 'disc-degeneration-l4-l5',
    family: 'degeneration',
    name: CONDITION_NAMES['disc-degeneration-l4-l5'],
    what: {
      plain:
        'With age, a disc dries out and gets thinner. Gas can collect inside a worn disc. This is very common, even in people with no pain.',
      detailed:
        'Desiccation and height loss (Pfirrmann grades IV–V); intradiscal gas (vacuum phenomenon) marks advanced degeneration. Imaging degeneration rises from 37 % at 20 to 96 % at 80 years in people without pain; vacuum discs are seen in half of those over 60.',
      sources: ['brinjikji2015', 'cawley2024'],
    },
    shown: {
      plain:
        'The disc is thinner, so the bones sit closer. The dark patch inside is gas. The disc is see-through so you can see it.',
      detailed:
        'Disc height reduced (illustrative 45 %), the disc drawn translucent to show a central gas collection; the vertebra above reaches down to meet it.',
      sources: ['cawley2024', 'estimate'],
    },
    feelsLike: {
      plain: 'Often nothing at all. Some people have back pain and stiffness.',
      detailed: 'Frequently asymptomatic; imaging findings correlate poorly with pain.',
      sources: ['brinjikji2015'],
    },
    course: {
      plain: 'It is part of normal aging. A bout of back pain usually gets much better within weeks.',
      detailed: 'An age-related process; acute back pain episodes improve markedly within six weeks in most people.',
      sources: ['brinjikji2015', 'costa2012', 'henschke2008'],
    },
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'night-pain'],
  },
  {
    id: 'stenosis-central-l4-l5',
    family: 'stenosis',
    name: CONDITION_NAMES['stenosis-central-l4-l5'],
    what: {
      plain:
        'The tunnel for the nerves gets narrow. A bulging disc pushes in from the front. A thick band and big, worn joints push in from the back.',
      detailed:
        'Central canal narrowing from a posterior disc bulge, ligamentum flavum thickening and facet hypertrophy. On CT at 60–69 years, relative stenosis was found in 47 % and absolute stenosis in 19 %.',
      sources: ['kalichman2009stenosis', 'yoshiiwa2016'],
    },
    shown: {
      plain: 'The disc bulges back. The yellow band behind the nerves is thick. The joints are big and rough.',
      detailed:
        'Posterior disc bulge (3.5 mm in the model), ligamentum flavum drawn 7 mm thick (illustrative; normal ≈3.7 mm at L4–5, mean 4.4 mm at L4–5 in patients with lumbar stenosis), enlarged facets with osteophytes; bones ghosted.',
      sources: ['yoshiiwa2016', 'khasawneh2023', 'estimate'],
    },
    feelsLike: {
      plain:
        'Pain, heaviness or numbness in the buttocks and legs when you walk or stand. It eases when you sit or bend forward, like leaning on a cart.',
      detailed:
        'Neurogenic claudication: buttock and leg pain on walking or standing, relieved by sitting or flexion (the canal is larger in flexion).',
      sources: ['msdStenosis'],
    },
    course: {
      plain:
        'How it goes differs from person to person. Rarely, the nerves are squeezed so hard that leg or bladder control is lost. That needs help at once.',
      detailed: 'The course varies; rarely, it causes a cauda equina syndrome, an emergency.',
      sources: ['msdStenosis'],
    },
    helps: {
      plain: 'Keep active. Leaning forward, as on a cart or a walker, often eases the legs. A physio can help.',
      detailed: 'Stay active; flexed postures (a shopping cart, a rolling walker) relieve neurogenic claudication.',
      sources: ['msdStenosis', 'niceNg59'],
    },
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'nerves'],
  },
  {
    id: 'stenosis-foraminal-l4-l5',
    family: 'stenosis',
    name: CONDITION_NAMES['stenosis-foraminal-l4-l5'],
    what: {
      plain:
        'The gap where a nerve leaves the spine gets small. Here a worn joint and a bulging disc squeeze the L4 nerve as it leaves.',
      detailed:
        'Foraminal narrowing by a lateral disc bulge and facet hypertrophy, compressing the exiting L4 root. In a cadaver study of 100 lumbar foramina, the root was compressed in 8 of the 10 with a posterior disc height of 4 mm or less and in 4 of the 5 with a foraminal height of 15 mm or less.',
      sources: ['hasegawa1995', 'yoshiiwa2016'],
    },
    shown: {
      plain: 'The disc bulges to the left and the left joint is big and rough. The L4 nerve glows pink.',
      detailed:
        'Lateral disc bulge and enlarged left L4–L5 facet with osteophytes narrow the foramen; exiting L4 root highlighted.',
      sources: ['estimate'],
    },
    root: {
      id: 'nerve:L4:left',
      name: 'L4 nerve root (exiting)',
      symptoms: {
        plain: 'Pain that runs down to the knee and the inner shin, on one side.',
        detailed: 'Unilateral L4 radicular pain to the knee and medial calf; quadriceps weakness.',
        sources: ['engstrom2015'],
      },
    },
    feelsLike: {
      plain: 'Pain down one leg. It may be worse when you lean back or stand a long time.',
      detailed: 'Unilateral radicular pain, often worse with extension and standing.',
      sources: ['msdStenosis'],
    },
    course: {
      plain: 'How it goes differs from person to person. A bout of back pain usually gets much better within weeks.',
      detailed: 'The course varies; acute back pain episodes improve markedly within six weeks in most people.',
      sources: ['costa2012'],
    },
    helps: STAY_ACTIVE,
    warning: NUMB_WARNING,
    signs: [...CAUDA, 'weaker-limb', 'nerves'],
  },
  {
    id: 'facet-arthritis-l4-l5',
    family: 'facet-arthritis',
    name: CONDITION_NAMES['facet-arthritis-l4-l5'],
    what: {
      plain:
        'The small joints at the back of the spine wear. The gap in the joint gets thin, the faces get rough, and spurs of bone grow at the edges.',
      detailed:
        'Facet osteoarthritis: joint-space narrowing, subchondral sclerosis and osteophytes. On CT it rises from 24 % under 40 to 89 % in the 60s; L4–L5 is the commonest level (45 %).',
      sources: ['kalichman2008facet'],
    },
    shown: {
      plain: 'Both joints are thin, rough and brown, with bumps of bone round them.',
      detailed: 'L4–L5 facet joints narrowed, surface roughened and enlarged, with osteophytes; degree illustrative.',
      sources: ['kalichman2008facet', 'estimate'],
    },
    feelsLike: {
      plain:
        'Often nothing. It is common even in people with no back pain. Some people feel a grinding in the low back as they move. One small study found this more in older people and in people with back pain. No study has shown that it comes from worn joints.',
      detailed:
        'Often asymptomatic: no clear link with back pain in the community. Lumbar crepitus could be recorded in a 10-person feasibility study, more often with age and with low back pain; no study has tied spinal crepitus to facet arthritis.',
      sources: ['kalichman2008facet', 'cramer2017'],
    },
    course: {
      plain: 'It is part of normal aging. When pain flares up, it usually settles within weeks.',
      detailed: 'Age-related; symptomatic episodes usually improve over weeks.',
      sources: ['kalichman2008facet', 'costa2012'],
    },
    helps: STAY_ACTIVE,
    warning: {
      plain: `Get grinding checked if it comes with pain, swelling or less movement. ${NUMB_WARNING.plain}`,
      detailed: `Crepitus with pain, effusion or reduced range warrants assessment. ${NUMB_WARNING.detailed}`,
      sources: ['jointSoundsLay', 'selfCrackingExperts', ...NUMB_WARNING.sources],
    },
    signs: [...CAUDA, 'weaker-limb', 'sound-with-pain', 'nerves'],
    sound: 'crepitus',
  },
]

export const conditionById = (id: string): ConditionContent | undefined => CONDITIONS.find((c) => c.id === id)

/** Every structure a condition involves (the anatomy's list, here with the texts). */
export const involvesOf = (id: ConditionId): readonly AnyStructureId[] => CONDITION_INVOLVES[id]
