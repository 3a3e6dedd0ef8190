import type { SourceKey } from '../anatomy/sources'

/** A warning sign: plain words for patients, the clinical terms for students and clinicians. */
export interface RedFlag {
  readonly id: string
  readonly plain: string
  readonly detailed: string
  readonly sources: readonly SourceKey[]
}

/** Go to an emergency department now. */
export const EMERGENCY_SIGNS: readonly RedFlag[] = [
  {
    id: 'saddle-numbness',
    plain: 'New numb or tingly skin between your legs or around your bottom.',
    detailed: 'New saddle anaesthesia or paraesthesia, including altered sensation when wiping.',
    sources: ['nhsCaudaEquina'],
  },
  {
    id: 'bladder-bowel',
    plain: 'You can’t pee, or can’t stop. Or you leak pee or poo without meaning to.',
    detailed: 'New urinary retention, hesitancy or incontinence, or faecal incontinence.',
    sources: ['nhsCaudaEquina'],
  },
  {
    id: 'both-legs',
    plain: 'New weakness, or pain, in both legs.',
    detailed: 'Bilateral leg weakness or bilateral radicular pain.',
    sources: ['nhsCaudaEquina'],
  },
  {
    id: 'sudden-head-neck',
    plain:
      'A sudden, bad headache or neck pain. Or you feel dizzy, or find it hard to see or speak, after moving your neck.',
    detailed:
      'Possible cervical artery dissection: sudden severe head or neck pain, vertigo, visual disturbance, dysarthria.',
    sources: ['lee2006', 'biller2014'],
  },
]

/** Do not crack or stretch; see a clinician first. */
export const SEE_A_CLINICIAN: readonly RedFlag[] = [
  {
    id: 'swelling',
    plain: 'The area is swollen, red or hot.',
    detailed: 'Local swelling, erythema or warmth.',
    sources: ['osuCervicalCpg'],
  },
  {
    id: 'pain',
    plain: 'Pain that is sudden and strong, keeps getting worse, or does not settle.',
    detailed: 'Acute, severe, progressive or persistent pain; unremitting night pain.',
    sources: ['osuCervicalCpg'],
  },
  {
    id: 'fever',
    plain: 'Fever or chills with back pain.',
    detailed: 'Fever or rigors: consider infection.',
    sources: ['osuCervicalCpg'],
  },
  {
    id: 'nerves',
    plain: 'Numbness, tingling or weakness in your arms or legs.',
    detailed: 'New neurological symptoms or signs, including multi-level nerve-root signs.',
    sources: ['osuCervicalCpg'],
  },
  {
    id: 'injury',
    plain: 'A recent fall, crash or other injury.',
    detailed: 'Relevant recent trauma.',
    sources: ['osuCervicalCpg'],
  },
  {
    id: 'stroke-risk',
    plain: 'A high risk of stroke, or a past artery problem in the neck.',
    detailed: 'Vascular risk factors or suspected cervical artery dissection.',
    sources: ['biller2014'],
  },
  {
    id: 'pregnancy',
    plain: 'You are more than three months pregnant. Skip moves done lying on your back, and any bouncing.',
    detailed: 'After the first trimester avoid supine positions and ballistic movements.',
    sources: ['acog2020'],
  },
  {
    id: 'bones',
    plain: 'Weak bones, cancer, or taking steroid pills for a long time.',
    detailed: 'Osteoporosis, malignancy, long-term corticosteroids: precautions for manipulation.',
    sources: ['osuCervicalCpg'],
  },
]
