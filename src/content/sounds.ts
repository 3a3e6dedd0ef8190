import type { Claim, Myth, SoundMechanism } from './schema'

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
      plain: 'Normal if it does not hurt. It can only happen again after about 20 minutes.',
      detailed: 'Benign when painless; a refractory period of about 20 minutes follows while the gas dissolves.',
    },
    evidenceThin: false,
    sources: ['kawchuk2015', 'unsworth1971', 'brodeur1995'],
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
    name: { plain: 'Grinding', detailed: 'Crepitus from roughened articular surfaces' },
    what: {
      plain: 'Worn, rough joint faces rub as they move. This makes a grating or crunching noise.',
      detailed:
        'Friction between degenerated articular surfaces produces continuous crepitus; it is measurable and more common with age and in back pain.',
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
    evidenceThin: false,
    sources: ['cramer2017'],
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
    plain: 'You can only make it again after a while, about 20 minutes.',
    detailed: 'It cannot be reproduced immediately (refractory period of about 20 minutes).',
    sources: ['unsworth1971', 'kawchuk2015'],
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
    detailed: 'The sound is accompanied by pain.',
    sources: ['osuCervicalCpg'],
  },
  { id: 'swelling', plain: 'The area swells.', detailed: 'Local swelling or effusion.', sources: ['osuCervicalCpg'] },
  {
    id: 'injury',
    plain: 'It began after a fall or a hit.',
    detailed: 'Onset after trauma.',
    sources: ['osuCervicalCpg'],
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
      plain: 'The gas is mostly carbon dioxide, about four parts in five.',
      detailed: 'The released gas is about 80 % CO₂ and about 15 % of the joint volume.',
      sources: ['brodeur1995'],
    },
  },
  {
    id: 'relief',
    myth: { plain: 'The pop is what makes you feel better.', detailed: 'Relief depends on the audible release.' },
    truth: {
      id: 'relief-truth',
      plain: 'The stretch and the movement help. The body reacts the same way with or without a pop.',
      detailed: 'The muscle reflex response to manipulation was the same with or without cavitation.',
      sources: ['rosner', 'allure2020'],
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
      plain: 'You have to wait, about 20 minutes, while the gas goes back into the fluid.',
      detailed: 'A refractory period of about 20 minutes follows while the gas redissolves.',
      sources: ['unsworth1971'],
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
      'In the neck, a tear in an artery is rare, about 1 in 100,000 people each year. It is serious. Signs are a sudden bad headache or neck pain, dizziness, or trouble seeing or speaking.',
    detailed:
      'Vertebral artery dissection incidence is 0.97 per 100,000 per year (all cervical artery dissection 2.6); an association with neck manipulation is reported but causation is not established; cases after self-manipulation are described.',
    sources: ['lee2006', 'biller2014', 'cassidy2008', 'mosby2011'],
  },
  {
    id: 'professional',
    plain: 'If your back stays stiff or keeps hurting for weeks, see a physio or doctor.',
    detailed: 'Persistent stiffness or pain not improving within a few weeks warrants assessment.',
    sources: ['nhsEngland', 'csp'],
  },
]
