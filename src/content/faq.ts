import type { EvidenceStrength, FaqEntry } from './schema'

/**
 * How each evidence strength reads. The schema lives in schema.ts with the others: only the tests import
 * it, which keeps zod out of the app bundle (its start-up eval probe would trip the security policy).
 */
export const EVIDENCE_LABEL: Readonly<Record<EvidenceStrength, string>> = {
  good: 'Good evidence',
  some: 'Some evidence',
  thin: 'Thin evidence',
  'expert-opinion': 'Expert opinion only',
}

/** Every source an answer cites, once each, in the order they first appear. */
export const sourcesOf = (entry: FaqEntry) => [...new Set(entry.answer.flatMap((p) => p.sources))]

/** Questions people ask that the rest of Facet does not answer. */
export const FAQ: readonly FaqEntry[] = [
  {
    id: 'self-cracking',
    question: {
      plain: 'Is it OK to crack my own back or neck? How often is too often?',
      detailed: 'Is spinal self-manipulation safe, and is there a safe frequency?',
    },
    answer: [
      // what the sources do say, first: a worried reader met "thin evidence" and a knuckle study before anything
      // reassuring (a home user's review, s37); "a painless pop is normal" had no source saying so, and left out
      // the neck (a content review, s38)
      {
        // the neck first and plainly: a fatal case after a man cracked his own neck (Persons & Stauffer 2024) is
        // in the reference; "pops do not usually hurt" came first before, cited to a study that did not ask
        // about pain (content review, s42)
        plain:
          'Do not crack your own neck on purpose. It is rare, but a neck artery has torn after people did, and one man died. Do not force your back either.',
        detailed:
          'Do not self-manipulate the neck. Case reports link it to vertebral artery dissection: in a woman who habitually cracked her neck, and a fatal dissection of both vertebral arteries in a 40-year-old man after he cracked his own neck at work. Clinicians also caution against forcing cavitation anywhere in the spine.',
        sources: ['mosby2011', 'persons2024', 'selfCrackingExperts'],
      },
      {
        plain:
          'No study has found a safe number of cracks a day. In one study, people who often cracked their knuckles had no more hand arthritis than people who did not.',
        detailed:
          'No study has established a safe frequency for spinal self-manipulation. The nearest data come from the hand: in a survey of 215 people, osteoarthritis of the hand was no more common in habitual knuckle crackers (18.1 %) than in non-crackers (21.5 %; p = 0.548).',
        sources: ['deweber2011', 'protopapas2002'],
      },
      {
        plain:
          'The worry is the habit. Some experts think that cracking the same spot again and again may keep a loose joint too loose, while the stiff joints next to it stay stiff. That is their view. No study has tested it.',
        detailed:
          'The concern is expert opinion rather than trial data: repeated articular release may promote hypermobility, and habitual self-manipulation may keep mobilising segments that are already hypermobile instead of the stiff ones.',
        sources: ['protopapas2002', 'selfCrackingExperts'],
      },
      {
        plain:
          'Do not force a joint past where it wants to go. Do not let a friend twist or yank your neck or back. Skip it and see a doctor if you had a fall or injury, have weak bones, or have new numb skin or weak limbs.',
        detailed:
          'Avoid end-range force and manipulation by untrained people, who cannot screen for contraindications. Guideline contraindications to thrust manipulation include recent trauma, worsening neurological signs, suspected arterial dissection and severe non-mechanical pain; precautions include osteoporosis, hypermobility, inflammatory disease and long-term corticosteroid use.',
        sources: ['osuCervicalCpg'],
      },
    ],
    evidence: 'thin',
    showWarningSigns: true,
  },
  {
    id: 'neck-vs-back',
    question: {
      plain: 'Is cracking my neck different from cracking my back?',
      detailed: 'How does cervical self-manipulation differ from thoracic or lumbar, in sound and in risk?',
    },
    answer: [
      {
        plain:
          'Yes. Two arteries that feed the brain run up through holes in your neck bones. Very rarely, the wall of a neck artery tears. Each year, about 2.6 in 100,000 people get a tear in one of their neck arteries, counting all of them. For the two in the neck bones, it is about 1 in 100,000.',
        detailed:
          'The vertebral arteries run through the transverse foramina of the cervical vertebrae, usually entering at C6 (92 % of arteries in a pooled analysis). Cervical artery dissection is rare: in a population study its incidence was 2.6 per 100,000 a year for all cervical arteries combined (carotid and vertebral), and 0.97 per 100,000 (95 % CI 0.52–1.4) for vertebral artery dissection; 92 % of patients had a good outcome.',
        sources: ['lee2006', 'vertebralArteryEntry'],
      },
      {
        plain:
          'Neck cracking by a therapist is linked with these tears, but it has not been shown to cause them. A tear often starts with neck pain, so people may seek help for it. A big study found the same link with trips to a family doctor as with trips to a chiropractor. Tears have also been seen after people cracked their own necks.',
        detailed:
          'Dissection is statistically associated with cervical manipulation, but causation has not been established (AHA/ASA scientific statement). Among 818 vertebrobasilar strokes in Ontario, patients under 45 were about 3 times as likely to have seen a chiropractor before the stroke, and similarly more likely to have seen a primary-care physician; there was no excess risk with chiropractic over primary care, consistent with early dissection pain prompting the visit. After self-manipulation, only case reports exist.',
        sources: ['biller2014', 'cassidy2008', 'mosby2011'],
      },
      {
        plain:
          'A woman who often cracked her own neck got a tear in a neck artery. So do not chase a pop in your neck. Move it gently through its range instead.',
        detailed:
          'Case reports describe vertebral artery dissection in a patient who habitually self-manipulated her neck (dissection from C6 to C2–3 with a 3 mm pseudoaneurysm). Cervical self-manipulation should not be forced or repeated to obtain a cavitation.',
        sources: ['mosby2011'],
      },
      {
        plain:
          'The sound differs too. One fast neck thrust by a therapist often gives two to four pops. At the top of the neck, they often come from both sides. In the low back, one joint can pop more than once in one treatment.',
        detailed:
          'An upper cervical (C1–C2) thrust produced a mean of 3.57 cavitations, bilateral in 91.9 % of thrusts; at C3–C4, 82 % of manipulations gave two or more cracks. In lumbar side-posture manipulation, 56 cavitations came from 46 joints, 8 of which cavitated more than once.',
        sources: ['dunning2013', 'reggars1996', 'cramer2011'],
      },
    ],
    evidence: 'some',
    showWarningSigns: true,
  },
  {
    id: 'why-it-feels-good',
    question: {
      plain: 'Why does a crack feel so good?',
      detailed: 'Why does a cavitation feel like relief?',
    },
    answer: [
      {
        plain:
          'No one knows for sure. After a pop, the joint can move a bit further for a while. That may feel like relief.',
        detailed:
          'The mechanism is not established. Joint range of motion has been reported to increase after cavitation, which may explain the sense of release.',
        sources: ['brodeur1995'],
      },
      {
        plain: 'Hands-on care also acts on your nerves and brain. What you expect to feel plays a part too.',
        detailed:
          'Manual therapy is thought to work largely through neurophysiological responses in the peripheral and central nervous system, with expectation and placebo contributing. This is a model for research, not a proven mechanism.',
        sources: ['bialosky2009'],
      },
      {
        plain:
          'The pop may not be what helps. In one study of people with low back pain, those whose joint did not pop got just as much better as those whose joint did.',
        detailed:
          'In 71 patients with non-radicular low back pain given a sacroiliac-region thrust, those with (50) and without (21) an audible pop improved equally in pain, disability and range of motion at 48 hours (odds ratio for a dramatic improvement 1.2, 95 % CI 0.38–4.04): one small study with a wide interval.',
        sources: ['flynn2003'],
      },
    ],
    evidence: 'thin',
    showWarningSigns: true,
  },
  {
    id: 'joints-that-wont-crack',
    question: {
      plain: 'Why won’t some of my joints crack?',
      detailed: 'Why do some joints not cavitate?',
    },
    answer: [
      {
        plain:
          'Not every joint can be made to pop. And a joint that just popped needs time before it can pop again. In knuckle tests, that was about 20 minutes.',
        detailed:
          'Not every joint can be cavitated. After cavitation, a refractory period of about 20 minutes follows in the knuckle (metacarpophalangeal) joint, and on MRI a gas cavity persists after the crack.',
        sources: ['unsworth1971', 'kawchuk2015'],
      },
      {
        plain:
          'In one scan study of the low back, joints that popped opened wider than joints that did not. The gap was about half a millimetre, against a fifth of one.',
        detailed:
          'On MRI after lumbar side-posture manipulation, zygapophyseal joints that cavitated gapped more than those that did not (mean 0.56 vs 0.22 mm).',
        sources: ['cramer2012'],
      },
      {
        plain: 'So no pop does not mean something is wrong. Do not push harder to get one.',
        detailed:
          'Absence of cavitation is not a sign of dysfunction, and the pop is not needed for the benefit of manipulation; force should not be escalated to obtain one.',
        sources: ['flynn2003'],
      },
    ],
    evidence: 'some',
    showWarningSigns: true,
  },
  {
    id: 'pregnancy',
    question: {
      plain: 'Can I crack my back or stretch when I am pregnant?',
      detailed: 'Self-manipulation and stretching in pregnancy: what is advised?',
    },
    answer: [
      {
        plain:
          'Gentle movement is good for most people who are pregnant. But your joints get looser, so skip bouncy or jerky moves. After the first three months, do not stretch lying flat on your back.',
        detailed:
          'ACOG encourages physical activity in uncomplicated pregnancy. Because of hormone-related ligament laxity, avoid jerky, ballistic or high-impact movements, and after the first trimester avoid exercising in the supine position.',
        sources: ['acog2020'],
      },
      {
        plain:
          'We found no study of cracking your back while pregnant. Ask your midwife or doctor before anyone cracks or pushes on your spine.',
        detailed:
          'No study of spinal self-manipulation or manipulative therapy in pregnancy was found for Facet. Discuss any manual therapy with your midwife or obstetric care provider first, who should assess complications before advising on activity.',
        sources: ['acog2020'],
      },
      {
        plain:
          'Stop and get help if you feel dizzy. The same goes for a headache, chest pain, belly pain, blurry sight, or a sore or swollen calf.',
        detailed:
          'Stop and seek care for dizziness, headache, chest pain, abdominal pain, blurred vision, or calf pain or swelling.',
        sources: ['acog2020'],
      },
      {
        plain:
          'Also get help at once if you bleed, leak fluid, or have pains that come and go like labour. The same goes if your baby moves less.',
        detailed:
          'Likewise for vaginal bleeding, fluid leakage, regular painful contractions or decreased fetal movement.',
        sources: ['acog2020'],
      },
    ],
    evidence: 'expert-opinion',
    showWarningSigns: true,
  },
  {
    id: 'physio-chiro',
    question: {
      plain: 'What do physios and chiropractors do? Does it work?',
      detailed: 'What are spinal manipulation and mobilisation, and what does the evidence say?',
    },
    answer: [
      {
        plain:
          'They may use two kinds of hands-on moves. A thrust is a fast, short push that takes less than a fifth of a second and often makes a pop. A slow move rocks the joint gently, with no jolt.',
        detailed:
          'High-velocity low-amplitude (HVLA) thrust manipulation is a fast, small movement lasting about 100–150 ms, often with cavitation. Mobilisation is a slow passive movement within the joint’s range, about 2–3 s per movement.',
        sources: ['rosner'],
      },
      {
        plain:
          'For back pain that has gone on for months, a thrust helps about as much as other advised care, such as exercise. For new back pain, it helps a bit. Side effects are common but mild, like soreness or stiffness that soon passes.',
        detailed:
          'Chronic low back pain: moderate-quality evidence from 47 randomised trials (9,211 participants) that spinal manipulative therapy has effects similar to other recommended therapies. Acute low back pain (6 weeks or less): moderate-quality evidence of a modest benefit, about 10 points on a 0–100 pain scale (15 trials, 1,711 patients); minor, transient harms such as more pain, muscle stiffness and headache were reported by over half of patients in large case series.',
        sources: ['rubinstein2019', 'paige2017'],
      },
      {
        plain: 'In the UK, the advice is to use hands-on care only with exercise. It should not be used on its own.',
        detailed:
          'NICE (NG59): consider manual therapy (manipulation, mobilisation or soft-tissue techniques) for low back pain only as part of a treatment package that includes exercise.',
        sources: ['niceNg59'],
      },
      {
        plain: 'A neck thrust has a rare risk to the neck arteries. Your therapist should tell you about it first.',
        detailed:
          'The AHA/ASA advises that patients be told of the statistical association between cervical manipulation and cervical artery dissection before neck manipulation.',
        sources: ['biller2014'],
      },
    ],
    evidence: 'some',
    showWarningSigns: true,
  },
  {
    id: 'acute-back-pain',
    question: {
      plain: 'I just hurt my low back. How long will it last?',
      detailed: 'What is the usual course of acute low back pain?',
    },
    answer: [
      {
        plain:
          'Most new low back pain eases a lot within weeks. In large studies, pain scores fell by more than half in the first six weeks.',
        detailed:
          'In a meta-analysis of 33 inception cohorts (11,166 people), mean pain (0–100) in acute low back pain fell from 52 at onset to 23 at 6 weeks, 12 at 26 weeks and 6 at one year; improvement slowed after the first 6 weeks.',
        sources: ['costa2012'],
      },
      {
        plain: 'For some people it takes longer. In one study, about 7 in 10 people were fully well a year later.',
        detailed:
          'In a primary-care cohort of 973 patients with low back pain of under 2 weeks, median time to recovery from pain was 58 days, and 72 % had fully recovered at 12 months.',
        sources: ['henschke2008'],
      },
      {
        plain:
          'Staying active helps more than bed rest. Keep doing your usual things as well as you can, even if you go slowly at first.',
        detailed:
          'Advice to stay active gives small improvements in pain (SMD 0.22) and function (SMD 0.29) over advice to rest in bed (2 trials, 401 patients); NICE advises encouraging people to continue normal activities.',
        sources: ['dahm2010', 'niceNg59'],
      },
      {
        plain: 'Look at the warning signs. If you have any of them, get help fast.',
        detailed:
          'Screen for red flags, including cauda equina symptoms (saddle anaesthesia, new bladder, bowel or sexual dysfunction, bilateral leg weakness), which need emergency assessment.',
        sources: ['nhsCaudaEquina'],
      },
    ],
    evidence: 'good',
    showWarningSigns: true,
  },
]
