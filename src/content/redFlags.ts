/**
 * The warning signs, grouped by what to do and how soon, and the precautions apart from them. Data
 * only: the schema that holds it to the safety rules is in ./redFlagsSchema, which only the tests run,
 * so zod stays out of the app bundle (as with the other content schemas).
 */
import type { Precaution, Sign, WarningSigns } from './redFlagsSchema'

/**
 * How soon to act, most urgent first. The order of this list is the order the groups are shown in:
 * a reader scanning from the top meets the signs that cannot wait before the ones that can.
 */
export const URGENCIES = ['call-now', 'emergency-care', 'same-day', 'within-days', 'routine'] as const
export type Urgency = (typeof URGENCIES)[number]

/** Names an emergency number: 911 (US), 112 (Europe), 999 (UK). */
export const EMERGENCY_NUMBER = /\b(911|112|999)\b/

export type { Precaution, Sign, SignGroup, WarningSigns } from './redFlagsSchema'

/**
 * The emergency numbers the call-now signs name (911 in the US and Mexico, 112 in Europe, 999 in the UK), for
 * links a phone can dial with one tap.
 */
export const EMERGENCY_NUMBERS = ['911', '112', '999'] as const

export const WARNING_SIGNS: WarningSigns = {
  groups: [
    {
      id: 'stroke-like',
      urgency: 'call-now',
      heading: {
        plain: 'Call 911, 112 or 999 now',
        detailed: 'Call emergency services now: possible stroke, neck-artery tear, or heart or aortic emergency',
      },
      action: {
        plain:
          'Call your local emergency number: 911 in the US, 112 in Europe, 999 in the UK. Call even if the signs go away. Do not drive yourself. Do not crack or stretch your neck.',
        detailed:
          'Call emergency medical services at once (911 US, 112 EU, 999 UK), even if symptoms resolve, rather than self-transport: possible stroke, transient ischaemic attack, cervical artery dissection, or a cardiac or aortic cause. No neck manipulation or stretching.',
        sources: ['strokeSigns', 'nhsBackPain', 'osuCervicalCpg'],
      },
      signs: [
        {
          id: 'sudden-head-neck',
          plain: 'A sudden, very bad headache or neck pain, not like any you have had before.',
          detailed:
            'Sudden, severe, unusual headache or neck pain: the most common symptom of cervical artery dissection.',
          sources: ['strokeSigns', 'lee2006', 'biller2014'],
        },
        {
          id: 'dizzy',
          plain: 'You feel dizzy, lose your balance, or fall down with no warning.',
          detailed: 'Dizziness or vertigo, loss of balance or coordination, drop attacks.',
          sources: ['strokeSigns', 'medscapeVad'],
        },
        {
          id: 'seeing',
          plain: 'You see double, or find it hard to see out of one or both eyes.',
          detailed: 'Diplopia or sudden visual loss in one or both eyes.',
          sources: ['strokeSigns', 'medscapeVad'],
        },
        {
          id: 'speaking',
          plain: 'Your speech is slurred, or you find it hard to speak or to understand.',
          detailed: 'Dysarthria, or difficulty speaking or understanding speech.',
          sources: ['strokeSigns', 'medscapeVad'],
        },
        {
          id: 'swallowing',
          plain: 'It is hard to swallow.',
          detailed: 'Dysphagia.',
          sources: ['medscapeVad'],
        },
        {
          id: 'face',
          plain: 'Your face feels numb, or one side of it droops.',
          detailed: 'Facial numbness or facial droop.',
          sources: ['strokeSigns', 'medscapeVad'],
        },
        {
          // a sign of a torn neck artery in a quarter of cases (Lee 2006), which none of the others names
          id: 'eye-droop',
          plain: 'One eyelid droops, or one pupil looks smaller than the other.',
          detailed:
            'Ptosis or miosis on one side (Horner syndrome): seen in about a quarter of cervical artery dissections.',
          sources: ['lee2006'],
        },
        {
          id: 'one-side',
          plain: 'Suddenly, your arm or leg goes weak or numb, mostly on one side of your body.',
          detailed: 'Sudden unilateral weakness or numbness of the arm or leg (hemiparesis, hemisensory loss).',
          sources: ['strokeSigns'],
        },
        {
          id: 'chest-pain',
          plain: 'Chest pain along with your back pain.',
          detailed: 'Back pain with chest pain: consider a cardiac or aortic cause.',
          sources: ['nhsBackPain'],
        },
      ],
    },
    {
      id: 'cauda-equina',
      urgency: 'emergency-care',
      heading: {
        plain: 'Get to an emergency room now',
        detailed: 'Emergency assessment now: possible cauda equina syndrome or another serious cause',
      },
      action: {
        plain: 'Go to the emergency room (A&E) now. Or call for an ambulance.',
        detailed: 'Immediate emergency department (A&E) assessment, or call emergency services.',
        sources: ['nhsCaudaEquina', 'nhsBackPain'],
      },
      signs: [
        {
          id: 'saddle-numbness',
          plain: 'New numb or tingly skin between your legs or around your bottom. Or it feels odd when you wipe.',
          detailed: 'New saddle anaesthesia or paraesthesia, including altered sensation when wiping.',
          sources: ['nhsCaudaEquina', 'nhsBackPain'],
        },
        {
          id: 'bladder-bowel',
          plain: 'You can’t pee, or it is hard to start or stop. Or you leak pee or poo without meaning to.',
          detailed: 'New urinary retention, hesitancy, difficulty stopping or incontinence, or faecal incontinence.',
          sources: ['nhsCaudaEquina', 'nhsBackPain'],
        },
        {
          id: 'sexual-function',
          plain: 'New problems with sex, such as less feeling in your private parts.',
          detailed: 'New sexual dysfunction, such as reduced genital sensation or erectile dysfunction.',
          sources: ['nhsCaudaEquina'],
        },
        {
          id: 'both-legs',
          plain: 'New weakness, numbness or pain in both legs.',
          detailed: 'Bilateral leg weakness, sensory loss or radicular pain.',
          sources: ['nhsCaudaEquina', 'nhsBackPain'],
        },
        {
          id: 'serious-accident',
          plain: 'The pain began after a bad accident, such as a car crash.',
          detailed: 'Onset after major trauma, such as a road traffic collision.',
          sources: ['nhsBackPain'],
        },
      ],
    },
    {
      id: 'see-today',
      urgency: 'same-day',
      heading: {
        plain: 'See a doctor today',
        detailed: 'Same-day medical assessment',
      },
      action: {
        plain:
          'Call your doctor now and say you must be seen today. In the UK, call 111. Don’t crack or stretch until then.',
        detailed:
          'Same-day medical assessment: an urgent same-day GP appointment or NHS 111 (UK). A progressive motor deficit such as acute foot drop, or suspected cervical myelopathy, is discussed with the on-call spinal team. Worsening neurological function and spinal cord compromise are contraindications to manipulation; no self-stretching until assessed.',
        sources: ['lothianLumbarRedFlags', 'humberSpinePathway', 'chcpBackPain', 'osuCervicalCpg'],
      },
      signs: [
        {
          id: 'weaker-limb',
          plain: 'An arm, hand, leg or foot is getting weaker: a foot that drops or catches, a hand that drops things.',
          detailed:
            'Progressive motor weakness of one limb, such as foot drop (weak ankle dorsiflexion, slapping or high-stepping gait) or a weakening grip. Sudden one-sided weakness belongs with the stroke signs; weakness of both legs with the cauda equina signs.',
          sources: ['lothianLumbarRedFlags', 'humberSpinePathway', 'chcpBackPain'],
        },
        {
          id: 'clumsy-hands',
          plain: 'Your hands get clumsy, say with buttons or when you write.',
          detailed:
            'Loss of hand dexterity (buttons, handwriting, small objects), often with numb hands: a sign of cervical myelopathy (spinal cord compression in the neck).',
          sources: ['davies2018', 'mccartney2018'],
        },
        {
          id: 'unsteady-walking',
          plain: 'Over days or weeks, you feel less steady as you walk, or you fall more.',
          detailed:
            'Gait imbalance or more frequent falls developing over days to weeks: a sign of cervical myelopathy. Sudden loss of balance belongs with the stroke signs.',
          sources: ['davies2018', 'mccartney2018', 'chcpBackPain'],
        },
      ],
    },
    {
      id: 'see-soon',
      urgency: 'within-days',
      // the NHS page asks for an urgent GP appointment or NHS 111: no number of days (it read 'within days',
      // which under-triaged a fever with back pain, a content review, s38)
      heading: {
        plain: 'Ask for an urgent visit with a doctor',
        detailed: 'Urgent primary-care appointment',
      },
      action: {
        plain: 'Ask for an urgent visit with a doctor. In the UK you can call 111. Don’t crack or stretch until then.',
        detailed:
          'Request an urgent GP appointment (NHS 111 in the UK). These are contraindications to manipulation; hold off self-stretching until assessed.',
        sources: ['nhsBackPain', 'osuCervicalCpg'],
      },
      signs: [
        {
          id: 'fever',
          plain: 'A fever (a high temperature) with back pain.',
          detailed: 'Fever (high temperature) with back pain.',
          sources: ['nhsBackPain'],
        },
        {
          id: 'weight-loss',
          plain: 'You have lost weight without trying.',
          detailed: 'Unexplained weight loss with back pain.',
          sources: ['nhsBackPain'],
        },
        {
          id: 'upper-back-pain',
          plain: 'The pain is high up, between your shoulder blades.',
          detailed: 'Pain arising in the upper (thoracic) back, between the shoulder blades, rather than the low back.',
          sources: ['nhsBackPain'],
        },
        {
          id: 'cough-sneeze',
          plain: 'It hurts more when you cough, sneeze or strain on the toilet.',
          detailed: 'Pain made worse by coughing, sneezing or straining at stool.',
          sources: ['nhsBackPain'],
        },
        {
          id: 'night-pain',
          plain: 'Pain that is worse at night, or does not ease when you rest.',
          detailed: 'Unremitting night pain, or pain not relieved by rest (non-mechanical pain).',
          sources: ['nhsBackPain', 'osuCervicalCpg'],
        },
        {
          id: 'swelling',
          plain: 'A lump or swelling on your back, or your back has changed shape.',
          detailed: 'A mass, swelling or new deformity of the spine.',
          sources: ['nhsBackPain'],
        },
        {
          id: 'nerves',
          plain: 'An arm or leg has felt numb or tingly for a few days, or the numb patch is spreading.',
          detailed:
            'New or spreading numbness or paraesthesia in a limb over days, including multi-level nerve-root signs. A limb getting weaker belongs with the same-day signs; sudden one-sided loss with the stroke signs.',
          sources: ['osuCervicalCpg'],
        },
        {
          id: 'injury',
          plain:
            'The pain began after a hard fall or blow, not just a twist or a lift. Or after any fall if you have weak bones.',
          detailed:
            'Relevant recent trauma (more than a lifting or twisting strain), or any fall with osteoporosis: exclude fracture.',
          sources: ['osuCervicalCpg', 'nhsBackPain'],
        },
        {
          id: 'cancer-new-pain',
          plain: 'New back pain when you have had cancer, take steroid pills for a long time, or have weak bones.',
          detailed:
            'New back pain with a history of malignancy, long-term corticosteroid use or osteoporosis: exclude metastasis, infection or fracture.',
          sources: ['niceNg59', 'osuCervicalCpg'],
        },
        {
          id: 'pain',
          plain: 'Very bad pain, or pain that keeps getting worse.',
          detailed: 'Severe or progressive pain.',
          sources: ['nhsBackPain', 'osuCervicalCpg'],
        },
      ],
    },
    {
      id: 'worth-a-check',
      urgency: 'routine',
      heading: {
        plain: 'Worth a check at a routine visit',
        detailed: 'Routine review by a doctor or physiotherapist',
      },
      action: {
        plain: 'Book a normal visit with a doctor or physio. Until then, don’t force a crack.',
        detailed: 'Routine assessment by a GP or physiotherapist; avoid self-manipulation meanwhile.',
        sources: ['nhsBackPain', 'selfCrackingExperts'],
      },
      signs: [
        {
          id: 'sound-with-pain',
          plain: 'A crack, click or grind that hurts or leaves you sore.',
          detailed:
            'Joint noise (cavitation, clicking or crepitus) accompanied or followed by pain or reduced movement (a lump or swelling belongs with the signs that need an urgent visit).',
          sources: ['selfCrackingExperts', 'jointSoundsLay'],
        },
        {
          id: 'not-settling',
          plain: 'Pain or stiffness that has not eased after a few weeks.',
          detailed: 'Pain or stiffness persisting beyond a few weeks despite self-care.',
          sources: ['nhsBackPain', 'nhsEngland', 'selfCrackingExperts'],
        },
      ],
    },
  ],
  precautions: [
    {
      id: 'pregnancy',
      who: {
        plain: 'You are more than three months pregnant.',
        detailed: 'Pregnancy after the first trimester.',
      },
      advice: {
        plain: 'Skip moves done lying on your back, and any bouncing.',
        detailed: 'Avoid supine positions and ballistic movements.',
      },
      sources: ['acog2020'],
    },
    {
      id: 'bones',
      who: {
        plain: 'You have weak bones.',
        detailed: 'Osteoporosis.',
      },
      advice: {
        plain: 'Ask before any cracking or strong twisting.',
        detailed: 'A precaution for manipulation.',
      },
      sources: ['osuCervicalCpg'],
    },
    {
      id: 'cancer-steroids',
      who: {
        plain: 'You have had cancer, or take steroid pills for a long time.',
        detailed: 'Current or past malignancy, or long-term corticosteroid use.',
      },
      advice: {
        plain: 'Ask before any cracking or strong twisting.',
        detailed: 'Precautions for manipulation.',
      },
      sources: ['osuCervicalCpg'],
    },
    {
      id: 'stroke-risk',
      who: {
        plain: 'You have had a stroke, or a problem with the arteries in your neck.',
        detailed: 'Prior stroke, known cervical arterial disease or previous dissection.',
      },
      advice: {
        plain: 'Skip the neck stretches here unless your doctor or physio says they are OK. Don’t crack your neck.',
        detailed:
          'Avoid the neck exercises here unless cleared after screening for cervical arterial dysfunction; avoid manipulation.',
      },
      sources: ['osuCervicalCpg', 'biller2014'],
      neckOnly: true,
    },
    {
      id: 'loose-joints',
      who: {
        plain: 'Your joints are very loose or bendy.',
        detailed: 'Hypermobility or a connective-tissue disorder.',
      },
      advice: {
        plain: 'Ask first. Cracking again and again may make loose joints looser.',
        detailed: 'A precaution for manipulation; repeated self-manipulation may add to hypermobility.',
      },
      sources: ['osuCervicalCpg', 'protopapas2002'],
    },
    {
      // a precaution in the guideline the FAQ already named; rheumatoid arthritis can loosen the top of the neck
      // (a content review, s38)
      id: 'inflammatory-arthritis',
      who: {
        plain: 'You have arthritis that makes your joints swell.',
        detailed: 'Inflammatory arthritis, such as rheumatoid arthritis or ankylosing spondylitis.',
      },
      advice: {
        plain: 'Ask before neck stretches, cracking or a strong twist.',
        detailed: 'A precaution for manipulation; seek advice before neck exercises or end-range rotation.',
      },
      sources: ['osuCervicalCpg'],
    },
  ],
}

/** The precautions get their own heading, apart from the warning signs, and say why. */
export const PRECAUTIONS_HEADING = {
  plain: 'Ask a doctor or physio first if',
  detailed: 'Precautions: seek clinical advice first if',
} as const
export const PRECAUTIONS_INTRO = {
  plain: 'These are not warning signs. They change which moves are safe for you.',
  detailed: 'These are precautions, not red flags: they change which techniques are appropriate.',
} as const

/** Every warning sign, in the order shown. */
export const allSigns = (data: WarningSigns = WARNING_SIGNS): Sign[] => data.groups.flatMap((g) => g.signs)

/** A precaution as one line to read: who it is for, then what to do. */
export const precautionText = (p: Precaution, detailed: boolean): string =>
  detailed ? `${p.who.detailed} ${p.advice.detailed}` : `${p.who.plain} ${p.advice.plain}`

/**
 * The precautions as lines to read, those that ask the same thing in one line: who each is for, then the advice
 * once, where the first of them stands. The printed handout has room for each piece of advice once, not the same
 * sentence two or three times (weak bones and cancer both say to ask before cracking or strong twisting).
 */
export function precautionLines(
  precautions: readonly Precaution[],
  detailed: boolean,
): { ids: string[]; text: string }[] {
  const lines: { ids: string[]; who: string[]; advice: string }[] = []
  for (const p of precautions) {
    const advice = detailed ? p.advice.detailed : p.advice.plain
    const who = detailed ? p.who.detailed : p.who.plain
    const same = lines.find((line) => line.advice === advice)
    if (same) {
      same.ids.push(p.id)
      same.who.push(who)
    } else lines.push({ ids: [p.id], who: [who], advice })
  }
  return lines.map((line) => ({ ids: line.ids, text: `${line.who.join(' ')} ${line.advice}` }))
}
