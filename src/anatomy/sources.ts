/**
 * Citations behind every number and claim shown to users. Keys are short and stable; the Sources list in
 * the app and the info panel resolve them here. Wording is ours; page addresses are in
 * shared/reference/science.md where the values were read.
 */
export interface Source {
  readonly citation: string
  /** How the value was obtained, for the reader: the brief's confidence tags. */
  readonly note?: string
}

export const SOURCES = {
  panjabi1992: {
    citation:
      'Panjabi MM et al. Human lumbar vertebrae: quantitative three-dimensional anatomy. Spine 1992;17(3):299–306.',
    note: 'Per-level values via a secondary transcription.',
  },
  panjabi1991t: {
    citation:
      'Panjabi MM et al. Thoracic human vertebrae: quantitative three-dimensional anatomy. Spine 1991;16(8):888–901.',
    note: 'T11–T12 values via a secondary transcription.',
  },
  panjabi1993: {
    citation: 'Panjabi MM, Oxland T, Takata K et al. Articular facets of the human spine. Spine 1993;18(10):1298–1310.',
  },
  busscher2010: {
    citation:
      'Busscher I et al. Comparative anatomical dimensions of the complete human and porcine spine. Eur Spine J 2010;19(7):1104–14.',
    note: 'CT of male cadavers; via a secondary transcription.',
  },
  egwu2019: {
    citation:
      'Egwu OA et al. Typical thoracic vertebrae morphometry: a cadaveric study in Nigeria. J Anat Soc India 2019;68(2):110–118.',
  },
  kaur2016: {
    citation:
      'Kaur K, Singh R et al. Computed tomographic-based morphometric study of thoracic spine. J Clin Orthop Trauma 2016;7(2):101–108.',
  },
  thoracicBody: {
    citation:
      'A morphometric study of the vertebral body in dry human typical thoracic vertebrae. Int J Anat Physiol Biochem 1(1).',
  },
  cervicalBody: {
    citation:
      'Morphometric study of the vertebral body and pedicle of typical cervical vertebrae using radiological image. J Hum Anat.',
  },
  cervicalCanalCT: { citation: 'Cervical spine CT morphometry in 1,000 adults aged 18–35 (PMC11225399).' },
  lee2007: { citation: 'Lee et al. Endplate dimensions of the Korean cervical spine. Spine 2007;32(14):E376–81.' },
  masharawi2004: {
    citation:
      'Masharawi Y et al. Facet orientation in the thoracolumbar spine: three-dimensional anatomic and biomechanical analysis. Spine 2004;29(16):1755–63.',
  },
  masharawi2011: {
    citation:
      'Masharawi Y et al. Shape variation of the neural arch in the thoracic and lumbar spine. Clin Anat 2011;24(7):858–867.',
  },
  li2003: {
    citation:
      'Li B, Jiang B, Fu Z et al. A morphological study of lumbar transverse process. 2003. doi:10.3969/j.issn.2095-252x.2003.02.008',
  },
  whitePanjabi1990: {
    citation: 'White AA, Panjabi MM. Clinical Biomechanics of the Spine, 2nd ed. 1990.',
    note: 'Textbook value recalled, not re-checked.',
  },
  neumann2010: {
    citation: 'Neumann DA. Kinesiology of the Musculoskeletal System, 2nd ed. 2010.',
    note: 'Quoted on a secondary web page.',
  },
  patel: { citation: 'Patel & Gupta. Morphometric study of the atlas vertebra. Int J Res Med Sci.' },
  kaur2017: {
    citation: 'Kaur J et al. Morphometry of the atlas and axis vertebral canal. Int J Anat Res 2017;5(4.3):4711–15.',
  },
  yousuf: { citation: 'Yousuf et al. Morphometry of the axis vertebra and dens. Int J Res Med Sci.' },
  kulkarni2013: { citation: 'Kulkarni AG et al. Odontoid process dimensions on CT. Indian J Orthop 2013;47(3):250–4.' },
  sacrumMymensingh: { citation: 'Sacral length and width in Bangladeshi adults. Mymensingh Med J 2018;27(4):710–714.' },
  woon2013: {
    citation:
      'Woon JTK, Perumal V, Maigne JY, Stringer MD. CT morphology and morphometry of the normal adult coccyx. Eur Spine J 2013;22(4):863–70.',
  },
  indiran2017: { citation: 'Indiran V et al. Coccygeal morphology on CT. Asian Spine J 2017;11(5).' },
  yoon2016: {
    citation: 'Yoon MG et al. Sacrococcygeal and intercoccygeal angles on CT. Clin Orthop Surg 2016;8(4):412–9.',
  },
  lumbarDiscMRI: {
    citation:
      'Measuring dimensions of lumbar intervertebral discs in normal subjects (MRI, 14 adults aged 40–60). Anatomical Sciences Journal.',
  },
  fletcher2015: {
    citation: 'Fletcher JGR et al. CT morphometry of adult thoracic intervertebral discs. Eur Spine J 2015.',
  },
  cervicalDiscKorea: {
    citation: 'Lee, Tsang, Chung et al. Cervical disc height on radiographs in 42 Korean adults. Neurospine.',
  },
  koken2014: {
    citation:
      'Köken M et al. Measurement of the height of the disc spaces of the cervical spine on MRI. J Turk Spinal Surg 2014;25(3):189–92.',
  },
  nucleus2014: { citation: 'In vivo morphological features of human lumbar discs. Medicine 2014 (41 young adults).' },
  guo2018: {
    citation:
      'Guo GM et al. Cervical lordosis in asymptomatic individuals: a meta-analysis. J Orthop Surg Res 2018;13:147.',
  },
  bmcSurg2019: { citation: 'Normative sagittal parameters, BMC Surg 2019;19:7, Table 1 (citing primary studies).' },
  lordosisShare2019: {
    citation: 'Standing and recumbent lumbar lordosis in 627 healthy volunteers. Asian Spine J 2019 (PMC6680033).',
  },
  cramer2012: {
    citation:
      'Cramer GD et al. Quantification of cavitation and gapping of lumbar zygapophyseal joints during spinal manipulative therapy. J Manipulative Physiol Ther 2012;35(8):614–21.',
  },
  dunning2013: {
    citation:
      'Dunning J, Mourad F, Barbero M et al. Bilateral and multiple cavitation sounds during upper cervical thrust manipulation. BMC Musculoskelet Disord 2013;14:24.',
  },
  reggars1996: {
    citation: 'Reggars JW. The manipulative crack: frequency analysis. Australas Chiropr Osteopathy 1996;5(2):39–44.',
  },
  brodeur1995: {
    citation:
      'Brodeur R. The audible release associated with joint manipulation. J Manipulative Physiol Ther 1995;18(3):155–64.',
  },
  unsworth1971: {
    citation:
      'Unsworth A, Dowson D, Wright V. Cracking joints: a bioengineering study of cavitation in the metacarpophalangeal joint. Ann Rheum Dis 1971;30:348–58.',
  },
  kawchuk2015: {
    citation:
      'Kawchuk GN, Fryer J, Jaremko JL et al. Real-time visualization of joint cavitation. PLoS One 2015;10(4):e0119470.',
  },
  chandranSuja2018: {
    citation:
      'Chandran Suja V, Barakat AI. A mathematical model for the sounds produced by knuckle cracking. Sci Rep 2018;8:4600.',
  },
  leighton1994: { citation: 'Leighton TG. The Acoustic Bubble. Academic Press, 1994 (the Rayleigh–Plesset equation).' },
  rosner: {
    citation:
      'Rosner AL. Cavitation emptor: tracking the holy grail of manipulation. Dynamic Chiropractic (thrust duration about 100–150 ms).',
  },
  nhsCaudaEquina: {
    citation:
      'NHS Norfolk & Waveney Community Health, "Got back pain?" — cauda equina warning signs; GIRFT cauda equina cards (Greenhalgh, Mercer & Finucane).',
  },
  osuCervicalCpg: {
    citation:
      'Ohio State University. Cervical manipulation clinical practice guideline (contraindications and precautions).',
  },
  lee2006: {
    citation:
      'Lee VH, Brown RD, Mandrekar JN, Mokri B. Incidence and outcome of cervical artery dissection. Neurology 2006;67:1809–12.',
  },
  biller2014: {
    citation:
      'Biller J et al. Cervical arterial dissections and association with cervical manipulative therapy. Stroke 2014;45:3155–74.',
  },
  acog2020: {
    citation:
      'American College of Obstetricians and Gynecologists. Committee Opinion 804: Physical activity and exercise during pregnancy and the postpartum period. 2020.',
  },
  pearcy1984: {
    citation:
      'Pearcy M, Portek I, Shepherd J. Three-dimensional X-ray analysis of normal movement in the lumbar spine. Spine 1984;9(3):294–7; Pearcy & Tibrewal, Spine 1984;9(6):582–7.',
  },
  csp: { citation: 'Chartered Society of Physiotherapy with Versus Arthritis. Back pain exercises (patient leaflet).' },
  nhsInform: { citation: 'NHS Inform. Exercises for back pain.' },
  nhsEngland: { citation: 'NHS. Lower back pain exercises (leaflet, 2019 edition).' },
  versusArthritisNeck: { citation: 'Arthritis Research UK (Versus Arthritis). Neck pain: exercises (leaflet).' },
  acsm2021: {
    citation:
      'American College of Sports Medicine. Stretching and flexibility guidelines update, 2021 (GETP 11th ed., Table 5.6).',
  },
  bandy1997: {
    citation:
      'Bandy WD, Irion JM, Briggler M. The effect of time and frequency of static stretching on flexibility of the hamstring muscles. Phys Ther 1997;77(10):1090–6.',
  },
  mcgillCatCamel: {
    citation: 'McGill SM, on the cat–camel as a spine mobiliser (5–8 cycles), as summarised by exercise educators.',
    note: 'Secondary summary.',
  },
  clinicChinTuck: {
    citation: 'Physiotherapy clinic exercise programmes for chin tucks (Peak Physio; rehabexercise.org).',
    note: 'Clinic guidance, not a trial.',
  },
  clinicSelfSnag: {
    citation: 'Mulligan concept self-SNAG with a towel, clinic instructions (InSync Physio and others).',
    note: 'Clinic guidance, not a trial.',
  },
  clinicThoracicExtension: {
    citation:
      'Clinic instructions for foam-roller and chair thoracic extension (several physiotherapy and osteopathy sites).',
    note: 'Clinic guidance, not a trial.',
  },
  mckenzieExtension: {
    citation: 'Prone extension progression (McKenzie), trial supplement; NHS back exercise advice as reported.',
    note: 'Secondary sources.',
  },
  clinicPiriformis: {
    citation: 'Clinic instructions for the supine figure-4 piriformis stretch (Sports-Health and others).',
    note: 'Clinic guidance, not a trial.',
  },
  clinicCoccyx: {
    citation: 'Patient guides on tailbone pain (coccydynia): sitting, cushions, cold packs and gentle movement.',
    note: 'Clinic guidance, not a trial.',
  },
  allure2020: {
    citation: 'Allure. Is cracking your back bad for you? Spine surgeon and chiropractor interviewed.',
    note: 'Magazine article: orientation only.',
  },
  deweber2011: {
    citation:
      'deWeber K, Olszewski M, Ortolano R. Knuckle cracking and hand osteoarthritis. J Am Board Fam Med 2011;24:169–74.',
  },
  protopapas2002: {
    citation:
      'Protopapas M, Cymet TC. Joint cracking and popping: understanding noises that accompany articular release. J Am Osteopath Assoc 2002;102(5):283–7.',
  },
  cramer2017: {
    citation:
      'Cramer GD et al. A feasibility study to assess vibration and sound from zygapophyseal joints during motion. J Manipulative Physiol Ther 2017;40(3):187–200.',
  },
  cassidy2008: {
    citation: 'Cassidy JD et al. Risk of vertebrobasilar stroke and chiropractic care. Spine 2008;33(4S):S176–83.',
  },
  mosby2011: {
    citation:
      'Mosby JS, Duray SM. Vertebral artery dissection in a patient practicing self-manipulation of the neck. J Chiropr Med 2011;10(4):283–7.',
  },
  selfCrackingExperts: {
    citation: 'Health journalism interviewing clinicians on cracking your own back (Health Digest; Business Times).',
    note: 'Expert opinion only.',
  },
  // Added for issue 8 (provisional citations; verified and given identifiers by the sources pass).
  cramer2011: {
    citation:
      'Cramer GD, Ross JK, Raju PK et al. Distribution of cavitations as identified with accelerometry during lumbar spinal manipulation. J Manipulative Physiol Ther 2011;34(9):572–83.',
  },
  nhsBackPain: {
    citation: 'NHS (nhs.uk). Back pain: when to get urgent help and when to see a GP.',
  },
  ifomptCervical: {
    citation:
      'Rushton A et al. International framework for examination of the cervical region for potential of vascular pathologies of the neck prior to musculoskeletal intervention. J Orthop Sports Phys Ther 2023;53(1):7–22.',
  },
  strokeSigns: {
    citation: 'American Stroke Association. Stroke warning signs (F.A.S.T.): call 911 at once.',
  },
  costa2012: {
    citation:
      'da C Menezes Costa L, Maher CG, Hancock MJ et al. The prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ 2012;184(11):E613–24.',
  },
  henschke2008: {
    citation:
      'Henschke N, Maher CG, Refshauge KM et al. Prognosis in patients with recent onset low back pain in Australian primary care: inception cohort study. BMJ 2008;337:a171.',
  },
  dahm2010: {
    citation:
      'Dahm KT, Brurberg KG, Jamtvedt G, Hagen KB. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane Database Syst Rev 2010;(6):CD007612.',
  },
  niceNg59: {
    citation: 'NICE. Low back pain and sciatica in over 16s: assessment and management (NG59). 2016, updated 2020.',
  },
  cawley2024: {
    citation: 'Cawley DT et al. Vacuum phenomenon of the lumbar discs on CT. Eur Spine J 2024;33:2014.',
  },
  flynn2003: {
    citation:
      'Flynn TW, Fritz JM, Wainner RS, Whitman JM. The audible pop is not necessary for successful spinal high-velocity thrust manipulation in individuals with low back pain. Arch Phys Med Rehabil 2003;84(7):1057–60.',
  },
  bialosky2009: {
    citation:
      'Bialosky JE, Bishop MD, Price DD et al. The mechanisms of manual therapy in the treatment of musculoskeletal pain: a comprehensive model. Man Ther 2009;14(5):531–8.',
  },
  rubinstein2019: {
    citation:
      'Rubinstein SM, de Zoete A, van Middelkoop M et al. Benefits and harms of spinal manipulative therapy for the treatment of chronic low back pain: systematic review and meta-analysis of randomised controlled trials. BMJ 2019;364:l689.',
  },
  paige2017: {
    citation:
      'Paige NM, Miake-Lye IM, Booth MS et al. Association of spinal manipulative therapy with clinical benefit and harm for acute low back pain: systematic review and meta-analysis. JAMA 2017;317(14):1451–60.',
  },
  womensHealth2018: {
    citation:
      'Women’s Health magazine, June 2018: orthopaedic surgeon A. Tehrany on a forward fold after a warm shower (hang 15–30 s); as reprinted by Insider.',
    note: 'Magazine article: orientation only.',
  },
  vertebralArteryEntry: {
    citation:
      'Bruneau M, Cornelius JF, Marneffe V et al. Anatomical variations of the V2 segment of the vertebral artery. Neurosurgery 2006;59(1 Suppl 1):ONS20–24.',
  },
  upperCervicalShare: {
    citation:
      'Teaching notes on upper cervical motion (osteopathic and anaesthesia course notes): about half of neck nodding at C0–C1, about half of turning at C1–C2.',
    note: 'Teaching notes, not a measurement study.',
  },
  estimate: {
    citation: 'Facet team estimate: no published value was found for this.',
    note: 'No published per-level value was found; the number is an estimate shaped by the published trend and shown as such.',
  },
} as const satisfies Record<string, Source>

export type SourceKey = keyof typeof SOURCES
