import type { Claim, Myth, SoundMechanism } from './schema'

/** The answer to "Repeats at once?" on each sound card. */
export const REPEATS_AT_ONCE: Record<SoundMechanism['repeatsAtOnce'], { plain: string; detailed: string }> = {
  no: { plain: 'Not with each move', detailed: 'No: it does not recur with every movement' },
  yes: { plain: 'Yes, with each move', detailed: 'Yes, with every movement' },
  unknown: { plain: 'Not known', detailed: 'Not known' },
}

/** What makes the sounds a back can make. */
export const SOUND_MECHANISMS: readonly SoundMechanism[] = [
  {
    id: 'cavitation',
    name: { plain: 'A joint pop', detailed: 'Cavitation in a synovial facet joint' },
    what: {
      plain: 'Two faces of a small joint pull apart. A gas pocket forms in the joint fluid, and you hear a pop.',
      detailed:
        'Rapid separation of the articular surfaces lowers the pressure in the sealed capsule until a gas cavity forms in the synovial fluid.',
    },
    feelsLike: {
      plain: 'One sharp pop. The joint may feel loose or free after it.',
      detailed: 'A single sharp sound, often followed by a sense of release and a small gain in range of motion.',
    },
    repeatsAtOnce: 'no',
    concern: {
      plain:
        'It does not usually hurt. A knuckle can’t pop again for about 20 minutes. In the back, a joint can pop more than once in one treatment.',
      detailed:
        'Usually painless. The refractory period of about 20 minutes was measured in knuckles (metacarpophalangeal joints); in lumbar manipulation 8 of 46 cavitating facet joints cavitated more than once, and one neck thrust often gives several pops.',
    },
    evidenceThin: false,
    sources: ['kawchuk2015', 'unsworth1971', 'brodeur1995', 'cramer2011', 'reggars1996', 'dunning2013'],
  },
  {
    id: 'snapping',
    name: { plain: 'A snap from a band of tissue', detailed: 'Tendon or ligament snapping' },
    what: {
      plain: 'A tight band, like a tendon, flicks over a bump of bone as you move.',
      detailed: 'A tendon or ligament subluxes over a bony prominence and snaps back during movement.',
    },
    feelsLike: {
      plain: 'A click or snap at the same point each time you move.',
      detailed: 'A reproducible click at a consistent point of the movement arc.',
    },
    repeatsAtOnce: 'yes',
    concern: {
      plain: 'Often harmless. Get it checked if it hurts.',
      detailed: 'Usually benign; painful snapping warrants assessment.',
    },
    evidenceThin: false,
    sources: ['kawchuk2015', 'unsworth1971'],
  },
  {
    id: 'crepitus',
    name: { plain: 'Grinding', detailed: 'Crepitus (a continuous grating)' },
    what: {
      plain:
        'A grating or crunching noise as the back moves. One small study could record it in the low back. It was found more in older people and in people with back pain. Worn, rough joint faces are often blamed, but this has not been shown in the spine.',
      detailed:
        'Continuous crepitus, often attributed to friction between degenerated articular surfaces, though no study has tied spinal crepitus to facet arthritis; in a small feasibility study (10 people) lumbar crepitus was measurable with accelerometers and a microphone, and more common with age and in back pain.',
    },
    feelsLike: {
      plain: 'A rough, crunchy feeling as you move, not one clean pop.',
      detailed: 'Continuous grating through the range, sometimes with pain, swelling or stiffness.',
    },
    repeatsAtOnce: 'yes',
    concern: {
      plain: 'Worth a check, most of all with pain, swelling or less movement.',
      detailed: 'Warrants assessment when accompanied by pain, effusion or reduced range.',
    },
    evidenceThin: true,
    sources: ['cramer2017', 'jointSoundsLay'],
  },
  {
    id: 'disc',
    name: { plain: 'A click from a disc', detailed: 'A click attributed to a disc fragment' },
    what: {
      plain: 'Some people think a piece of a hurt disc can click. There is very little proof of this.',
      detailed:
        'A displaced disc fragment has been proposed as a source of clicking; no study describing its features was found.',
    },
    feelsLike: {
      plain: 'We don’t know. No study has shown what it is like.',
      detailed: 'Not characterised in the literature reviewed.',
    },
    repeatsAtOnce: 'unknown',
    concern: {
      plain: 'See someone if it comes with back or leg pain, numbness or weakness.',
      detailed: 'Assess for radicular or neurological signs.',
    },
    evidenceThin: true,
    sources: ['estimate'],
  },
  {
    id: 'soft-tissue',
    name: { plain: 'Soft tissue letting go', detailed: 'Connective tissue release' },
    what: {
      plain: 'Not every joint sound is a joint pop. Some come from the soft tissue around a joint.',
      detailed: 'Not every articular noise is a cavitation; periarticular soft tissues may also produce sounds.',
    },
    feelsLike: {
      plain: 'A soft click or thud, sometimes with a stretch feeling.',
      detailed: 'Described as clicks, snaps or thuds; often inaudible.',
    },
    repeatsAtOnce: 'unknown',
    concern: {
      plain: 'Usually not a worry if it does not hurt.',
      detailed: 'Benign when painless.',
    },
    evidenceThin: true,
    sources: ['protopapas2002'],
  },
]

/** When a sound is normal, and when it is worth seeing someone. */
export const NORMAL_SIGNS: readonly Claim[] = [
  {
    id: 'painless',
    plain: 'It does not hurt, before or after.',
    detailed: 'The sound is painless.',
    sources: ['protopapas2002'],
  },
  {
    id: 'gap',
    plain:
      'It does not come with every move. A knuckle needs about 20 minutes before it can pop again. A joint in the back can pop more than once in one treatment.',
    detailed:
      'It does not recur with every movement. Knuckles show a refractory period of about 20 minutes; spinal facet joints have been recorded cavitating more than once within one manipulation.',
    sources: ['unsworth1971', 'kawchuk2015', 'cramer2011'],
  },
  {
    id: 'freer',
    plain: 'The joint moves a little more freely after it.',
    detailed: 'Range of motion increases slightly after cavitation.',
    sources: ['brodeur1995'],
  },
]

export const CHECK_SIGNS: readonly Claim[] = [
  {
    id: 'pain',
    plain: 'It hurts when it happens, or after.',
    detailed: 'The sound is accompanied by pain (crepitus was more common in people with back pain).',
    sources: ['jointSoundsLay', 'cramer2017'],
  },
  {
    id: 'sooner',
    plain:
      'Don’t wait for a check if it began after a crash or a hard fall, or if there is a lump or swelling. See the warning signs: these need care sooner.',
    detailed:
      'Not for a routine check: onset after major trauma needs emergency care, and a lump or swelling of the back an urgent GP appointment (NHS advice); see the warning signs.',
    sources: ['nhsBackPain'],
  },
  {
    id: 'grinding',
    plain: 'It grinds or crunches rather than pops.',
    detailed: 'Continuous crepitus.',
    sources: ['cramer2017'],
  },
  {
    id: 'every-move',
    plain: 'It clicks with every move, again and again.',
    detailed: 'The noise repeats with every movement, which points away from cavitation.',
    sources: ['kawchuk2015', 'unsworth1971'],
  },
  { id: 'locks', plain: 'The joint catches or locks.', detailed: 'Locking or catching.', sources: ['protopapas2002'] },
]

/** Common beliefs, and what the evidence says. */
export const MYTHS: readonly Myth[] = [
  {
    id: 'bones',
    myth: { plain: 'The crack is your bones cracking.', detailed: 'The sound is bone breaking or grinding.' },
    truth: {
      id: 'bones-truth',
      plain: 'No bone breaks. The sound comes from inside a joint, where a gas pocket forms.',
      detailed:
        'Imaging shows the sound coincides with cavity formation within the synovial joint; bone is not involved.',
      sources: ['kawchuk2015'],
    },
  },
  {
    id: 'back-in-place',
    myth: { plain: 'A joint pops back into place.', detailed: 'Cracking realigns a displaced joint.' },
    truth: {
      id: 'place-truth',
      plain: 'The joint was not out of place. Its two faces move apart for a moment, that is all.',
      detailed:
        'Articular release increases the distance between the surfaces; there is no evidence of a displaced joint being reduced.',
      sources: ['protopapas2002'],
    },
  },
  {
    id: 'arthritis',
    myth: { plain: 'Cracking your joints gives you arthritis.', detailed: 'Habitual cracking causes osteoarthritis.' },
    truth: {
      id: 'arthritis-truth',
      plain:
        'This has not been shown. In one study, people who cracked their knuckles had no more arthritis than people who did not.',
      detailed: 'Hand OA prevalence was 18.1 % in habitual knuckle crackers and 21.5 % in non-crackers (p = 0.548).',
      sources: ['deweber2011'],
    },
  },
  {
    id: 'nitrogen',
    myth: { plain: 'The gas is nitrogen.', detailed: 'The released gas is mainly nitrogen.' },
    truth: {
      id: 'gas-truth',
      plain:
        'Maybe not. One old paper, from 1995, says it is mostly carbon dioxide, about four parts in five. That is thin proof, so no one can say for sure.',
      detailed:
        'A single 1995 literature review reports the released gas as about 80 % CO₂ and about 15 % of the joint volume; no newer measurement was found, so the composition is not settled.',
      sources: ['brodeur1995'],
    },
  },
  {
    id: 'relief',
    myth: { plain: 'The pop is what makes you feel better.', detailed: 'Relief depends on the audible release.' },
    truth: {
      id: 'relief-truth',
      plain:
        'Probably not, but the proof is thin. In a few small studies, people with back pain got better just as much with or without a pop. Their muscles reacted the same way too.',
      detailed:
        'Limited evidence from a few small studies: in 71 patients with low back pain, pain, disability and motion improved equally with or without an audible pop after thrust manipulation (Flynn 2003), and the muscle reflex response was reported to be the same with or without cavitation (Herzog, via a secondary source).',
      sources: ['flynn2003', 'rosner'],
    },
  },
  {
    id: 'again',
    myth: {
      plain: 'You can crack the same joint again right away.',
      detailed: 'A joint can cavitate repeatedly in quick succession.',
    },
    truth: {
      id: 'again-truth',
      plain:
        'Partly. A knuckle needs about 20 minutes before it can pop again, while the gas goes back into the fluid. But a joint in the back has been seen to pop more than once in one treatment.',
      detailed:
        'Partly. In knuckles a refractory period of about 20 minutes follows while the gas redissolves. In lumbar side-posture manipulation (two quick thrusts), 8 of 46 cavitating facet joints cavitated more than once, so the knuckle figure is not a rule for the spine.',
      sources: ['unsworth1971', 'cramer2011'],
    },
  },
]

/** The risks of cracking, and when a professional is the better choice. */
export const RISKS: readonly Claim[] = [
  {
    id: 'habit',
    plain:
      'Cracking your own back often may keep working the joints that already move too much. Over time this may stretch the ligaments.',
    detailed:
      'Repeated self-manipulation tends to move already hypermobile segments and may overstretch ligaments (expert opinion); repeated release may risk hypermobility.',
    sources: ['protopapas2002', 'selfCrackingExperts'],
  },
  {
    id: 'untrained',
    plain: 'A friend who twists your back, or walks on it, can’t check for warning signs first. Skip it.',
    detailed:
      'Manipulation has contraindications (trauma, osteoporosis, neurological signs, suspected dissection) that an untrained person cannot screen for.',
    sources: ['osuCervicalCpg'],
  },
  {
    id: 'neck-artery',
    plain:
      'A tear in a neck artery is rare: about 2.6 in every 100,000 people each year. Neck cracking by a therapist has been linked to these tears, but it has not been shown to cause them. Tears have also been seen after people cracked their own necks. A tear is serious. Signs are a sudden bad headache or neck pain, dizziness, or trouble seeing or speaking. If you get them, call 911, 112 or 999 now.',
    detailed:
      'Cervical artery dissection (carotid or vertebral) occurs in about 2.6 per 100,000 people per year; vertebral artery dissection alone in 0.97. Neck manipulation by practitioners is associated with dissection, but causation is not established: the excess risk was also seen after visits to family doctors, which suggests that people with an early dissection seek care for its neck pain. Cases after self-manipulation are described (case reports). These symptoms call for emergency services at once.',
    sources: ['lee2006', 'biller2014', 'cassidy2008', 'mosby2011'],
  },
  {
    id: 'professional',
    plain: 'If your back stays stiff or keeps hurting for weeks, see a physio or doctor.',
    detailed: 'Persistent stiffness or pain not improving within a few weeks warrants assessment.',
    sources: ['nhsEngland', 'csp'],
  },
]
