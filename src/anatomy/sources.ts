/**
 * Citations behind every number and claim shown to users. Keys are short and stable; the Sources list in
 * the app and the info panel resolve them here. Wording is ours; page addresses are in
 * shared/reference/science.md where the values were read.
 */
export interface Source {
  readonly citation: string
  /**
   * One full https address that identifies the work, so a reader can find it: a DOI link where one was
   * confirmed, else the PubMed or PubMed Central page, else the page the value was read from. Left out only
   * when no such address exists, and then the note says why.
   */
  readonly link?: string
  /** How the value was obtained, for the reader: the brief's confidence tags. */
  readonly note?: string
  /**
   * Written for patients and the public (a health service's page, a patient leaflet, a clinic's exercise sheet,
   * health journalism), not a study or a reference work: the Sources list shows these first, for a reader at
   * home, each with what it is worth in its note.
   */
  readonly forPublic?: true
}

export const SOURCES = {
  panjabi1992: {
    citation:
      'Panjabi MM et al. Human lumbar vertebrae: quantitative three-dimensional anatomy. Spine 1992;17(3):299–306.',
    note: 'Per-level values via a secondary transcription. No identifier for it was confirmed, so no link is given.',
  },
  panjabi1991t: {
    citation:
      'Panjabi MM et al. Thoracic human vertebrae: quantitative three-dimensional anatomy. Spine 1991;16(8):888–901.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/1948374/',
    note: 'T11–T12 values via a secondary transcription.',
  },
  panjabi1993: {
    citation: 'Panjabi MM, Oxland T, Takata K et al. Articular facets of the human spine. Spine 1993;18(10):1298–1310.',
    link: 'https://read.qxmd.com/read/8211362/',
  },
  busscher2010: {
    citation:
      'Busscher I, Ploegmakers JJW, Verkerke GJ, Veldhuizen AG. Comparative anatomical dimensions of the complete human and porcine spine. Eur Spine J 2010;19(7):1104–14.',
    link: 'https://doi.org/10.1007/s00586-010-1326-9',
    note: 'CT of male cadavers; via a secondary transcription.',
  },
  egwu2019: {
    citation:
      'Egwu OA et al. Typical thoracic vertebrae morphometry: a cadaveric study in Nigeria. J Anat Soc India 2019;68(2):110–118.',
    link: 'https://doi.org/10.4103/JASI.JASI_8_19',
  },
  kaur2016: {
    citation:
      'Kaur K, Singh R et al. Computed tomographic-based morphometric study of thoracic spine. J Clin Orthop Trauma 2016;7(2):101–108.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4857161/',
  },
  thoracicBody: {
    citation:
      'A morphometric study of the vertebral body in dry human typical thoracic vertebrae. Int J Anat Physiol Biochem 1(1).',
    link: 'https://www.eternalpublication.com/ijapb/A_Morphometric_Study_of_the_Vertebral_Body_in_Dry_Human_Typical_Thoracic_Vertebrae_Volume_1_Issue_1_.php',
  },
  cervicalBody: {
    citation:
      'Morphometric study of the vertebral body and pedicle of typical cervical vertebrae using radiological image. J Hum Anat.',
    link: 'https://medwinpublishers.com/article-description.php?artId=13943',
  },
  cervicalCanalCT: {
    citation: 'Cervical spine CT morphometry in 1,000 adults aged 18–35.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11225399/',
  },
  masharawi2004: {
    citation:
      'Masharawi Y et al. Facet orientation in the thoracolumbar spine: three-dimensional anatomic and biomechanical analysis. Spine 2004;29(16):1755–63.',
    link: 'https://cris.haifa.ac.il/en/publications/facet-orientation-in-the-thoracolumbar-spine-three-dimensional-an',
  },
  facetAngles599Spines2016: {
    citation:
      'Increased pelvic incidence is associated with a more coronal facet orientation in the lower lumbar spine: a cadaveric study of 599 lumbar spines. Spine 2016;41(19):E1138–E1145.',
    link: 'https://doi.org/10.1097/BRS.0000000000001577',
    note: 'Read from the abstract (599 dry lumbar spines of the Hamann-Todd collection; the angle between each superior articular facet and the spinous process, both sides, from T12–L1 to L5–S1, where it is 49.1 ± 12.4°). Authors not captured.',
  },
  masharawi2011: {
    citation:
      'Masharawi Y et al. Shape variation of the neural arch in the thoracic and lumbar spine: characterization and relationship with the vertebral body shape. Clin Anat 2011;24(7):858–867.',
    link: 'https://doi.org/10.1002/ca.21175',
    note: 'Level trends of the spinous processes read from the abstract (3-D digitiser, 4,080 dry vertebrae of 240 people); the per-level tables were not reached.',
  },
  lumbarSpinousMri: {
    citation:
      'Morphometry of the lumbar spinous processes and interspinous spaces on the MRI of 215 adults without spinal pathology (2017–2019).',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8664751/',
    note: 'Read from the abstract: the spinous process is lowest and shortest at L5. Authors and journal not captured.',
  },
  clouthier2023: {
    citation:
      'Clouthier AL, Wenghofer J, Wai EK, Graham RB. Morphable models of the lumbar spine to vary geometry based on pathology, demographics, and anatomical measurements. J Biomech 2023;146:111421.',
    link: 'https://doi.org/10.1016/j.jbiomech.2022.111421',
    note: 'Statistical shape model of L2–L5 from the CT of 87 patients. Means over L2–L5 read from the data files the authors publish with the model; the mean L4 size as measured on the model’s mean mesh.',
  },
  valosek2024: {
    citation:
      'Valošek J, Bédard S, Keřkovský M, Rohan T, Cohen-Adad J. A database of the healthy human spinal cord morphometry in the PAM50 template space. Imaging Neurosci 2024;2.',
    link: 'https://doi.org/10.1162/imag_a_00075',
    note: "Per-level means of the cord's width and depth computed from the published per-subject data.",
  },
  gray1918: {
    citation: 'Gray H. Anatomy of the Human Body. 20th ed. Philadelphia: Lea & Febiger; 1918.',
    link: 'https://www.bartleby.com/107/pages/page752.html',
    note: "The cord's enlargements read on this page; its length as quoted from this edition (secondary).",
  },
  saifuddin1998: {
    citation:
      'Saifuddin A, Burnett SJ, White J. The variation of position of the conus medullaris in an adult population: a magnetic resonance imaging study. Spine 1998;23(13):1452–6.',
    link: 'https://insights.ovid.com/crossref?an=00007632-199807010-00005',
    note: '504 MRIs: the conus ends on average at the lower third of L1, from mid-T12 to upper L3.',
  },
  kim2012: {
    citation:
      'Kim JH, Lee CW, Chun KS, Shin WH, Bae HG, Chang JC. Morphometric relationship between the cervicothoracic cord segments and vertebral bodies. J Korean Neurosurg Soc 2012;52(4):384–90.',
    link: 'https://doi.org/10.3340/jkns.2012.52.4.384',
    note: 'Where the cervical and thoracic roots join the cord, relative to the vertebral bodies.',
  },
  suh2005: {
    citation:
      'Suh SW et al. J Bone Joint Surg Br 2005;87(4):518 (33 cadavers; where the lumbar and S1 roots leave the dural sac relative to their discs).',
    link: 'https://doi.org/10.1302/0301-620X.87B4.15529',
    note: 'Title not captured.',
  },
  silverstein2015: {
    citation:
      'Silverstein MP, Romrell LJ, Benzel EC, Thompson N, Griffith S, Lieberman IH. Lumbar dorsal root ganglia location: an anatomic and MRI assessment. Int J Spine Surg 2015;9:3.',
    link: 'https://doi.org/10.14444/2003',
    note: 'Ganglia in the medial foramen at L1–L4, lateral at L5; L5 ganglion size.',
  },
  shen2006: {
    citation:
      'Shen J, Wang HY, Chen JY, Liang BL. Morphologic analysis of normal human lumbar dorsal root ganglion by 3D MR imaging. AJNR Am J Neuroradiol 2006;27(10):2098–103.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7977207/',
    note: '5.7 % of L5 ganglia lie inside the canal.',
  },
  moon2010: {
    citation:
      'Moon HS, Kim YD, Song BH, Cha YD, Song JH, Lee MH. Position of dorsal root ganglia in the lumbosacral region in patients with radiculopathy. Korean J Anesthesiol 2010;59(6):398–402.',
    link: 'https://doi.org/10.4097/kjae.2010.59.6.398',
    note: 'The S1 ganglion lay inside the canal in 83 %.',
  },
  torun2008: {
    citation:
      'Torun F, Tuna H, Buyukmumcu M, Caglar S, Baysefer A. The lumbar roots and pedicles: a morphometric analysis and anatomical features. J Clin Neurosci 2008;15(8):895–9.',
    link: 'https://doi.org/10.1016/j.jocn.2007.08.006',
    note: 'Lumbar root diameters, L1 3.5 to L5 5.6 mm.',
  },
  khasawneh2023: {
    citation:
      'Khasawneh R, Abu El-Rub E, Allouh M. Human lumbosacral root and ligamentum flavum thicknesses: a magnetic resonance study. Folia Morphol 2023;82(1):72–8.',
    link: 'https://doi.org/10.5603/FM.a2021.0120',
    note: "S1 root diameter and the ligamentum flavum's thickness by level.",
  },
  filum2002: {
    citation:
      'Anatomic study of the filum terminale and its correlations with the tethered cord syndrome. Neurosurgery 2002;51(3):725–9.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/12188951/',
    note: 'Filum length 156.44 mm (112.8–211.1), 1.38 mm thick at its start. Authors not captured.',
  },
  panjabi1991ligaments: {
    citation:
      'Quantitative anatomy of cervical spine ligaments. Part II. Middle and lower cervical spine. J Spinal Disord 1991;4(3):277–85.',
    link: 'https://doi.org/10.1097/00002517-199109000-00004',
    note: 'Widths of the longitudinal ligaments in the neck. Authors not shown on the page read.',
  },
  salaud2018: {
    citation:
      'Salaud C et al. Morphometric study of the posterior longitudinal ligament at the lumbar spine. Surg Radiol Anat 2018;40(5):563–9.',
    link: 'https://doi.org/10.1007/s00276-017-1964-2',
    note: 'Lumbar PLL width, 7.8 mm at L1 to 1.9 mm at L5.',
  },
  lee2018pll: {
    citation:
      'Lee SB, Chang JC, Lee GS, Hwang JC, Bae HG, Doh JW. Morphometric study of the lumbar posterior longitudinal ligament. J Korean Neurosurg Soc 2018;61(1):89–96.',
    link: 'https://doi.org/10.3340/jkns.2017.0257',
    note: 'The PLL over the lumbar discs: a central band and a wider fan.',
  },
  mahato2013: {
    citation:
      'Mahato NK. Anatomy of lumbar interspinous ligaments: attachment, thickness, fibre orientation and biomechanical importance. Int J Morphol 2013;31(1):351–5.',
    link: 'https://doi.org/10.4067/S0717-95022013000100054',
    note: 'Interspinous ligament thickness in the lumbar spine.',
  },
  heylings1978: {
    citation:
      'Heylings DJ. Supraspinous and interspinous ligaments of the human lumbar spine. J Anat 1978;125(1):127–31.',
    link: 'https://docslib.org/doc/4646941/',
    note: "Where the supraspinous ligament ends (L4 most often); read through the author's later summary.",
  },
  cattrysse2007: {
    citation:
      'Cattrysse E, Barbero M, Kool P, Gagey O, Clarys JP, Van Roy P. 3D morphometry of the transverse and alar ligaments in the occipito-atlanto-axial complex: an in vitro analysis. Clin Anat 2007;20(8):892–8.',
    link: 'https://doi.org/10.1002/ca.20559',
    note: 'Lengths of the transverse ligament of the atlas (mean 21 mm) and the alar ligaments (9 ± 2.5 mm) and the angle between the alar ligaments (117°), from 20 fresh specimens; read in the abstract.',
  },
  mercer2003: {
    citation: 'Mercer SR, Bogduk N. Clinical anatomy of ligamentum nuchae. Clin Anat 2003;16(6):484–93.',
    link: 'https://doi.org/10.1002/ca.10121',
    note: "The ligamentum nuchae's parts: a dorsal raphe and a midline septum.",
  },
  ebraheim2003: {
    citation: 'Dynamic changes in the contact area of the sacroiliac joint. Orthopedics 2003;26(7):711–4.',
    link: 'https://doi.org/10.3928/0147-7447-20030701-16',
    note: 'Sacroiliac joint area (men and women). Authors not shown on the page read.',
  },
  sijLimbs1993: {
    citation:
      'The location of the sacroiliac joint on the outer table of the posterior ilium. J Orthop Trauma 1993 (December).',
    link: 'https://insights.ovid.com/jort/199312000/00005131-199312000-00004',
    note: "The joint's two limbs and their angle. Authors not captured.",
  },
  vleeming1990: {
    citation:
      'Vleeming A, Stoeckart R, Volkers AC, Snijders CJ. Relation between form and function in the sacroiliac joint. Part I: clinical anatomical aspects. Spine 1990;15(2):130–2.',
    link: 'https://doi.org/10.1097/00007632-199002000-00016',
    note: "The sacroiliac joint's ridges and grooves.",
  },
  jacob1995: {
    citation:
      'Jacob HA, Kissling RO. The mobility of the sacroiliac joints in healthy volunteers between 20 and 50 years of age. Clin Biomech 1995;10(7):352–61.',
    link: 'https://doi.org/10.1016/0268-0033(95)00003-4',
    note: 'About 1.7° of rotation and 0.7 mm of translation.',
  },
  iliolumbar2023: {
    citation: 'Anatomy and morphology of iliolumbar ligament. Surg Radiol Anat 2023.',
    link: 'https://doi.org/10.1007/s00276-022-03070-y',
    note: 'Iliolumbar ligament length 31.7 mm. Authors not captured.',
  },
  radhakrishnan1994: {
    citation:
      "Radhakrishnan K, Litchy WJ, O'Fallon WM, Kurland LT. Epidemiology of cervical radiculopathy: a population-based study from Rochester, Minnesota, 1976 through 1990. Brain 1994;117(2):325–35.",
    link: 'https://doi.org/10.1093/brain/117.2.325',
    note: 'C7 and then C6 are the roots most often affected. At follow-up (median 4.9 years) about 90 % had few or no symptoms; about 1 in 4 had had an operation.',
  },
  chan2021: {
    citation:
      'Chan CYW, Yusof MI, Abdullah S. Computed tomographic morphometric analysis of C1 and C2 for lamina cross screw placement in Malay ethnicity. Asian Spine J 2021;15(1).',
    link: 'https://asianspinejournal.org/journal/view.php?number=1189',
    note: 'CT of 330 adults; C2 lamina 5.74 ± 1.31 mm across, 11.76 ± 1.69 mm high and 24.96 mm long, read from the abstract.',
  },
  saetia2015: {
    citation:
      'Saetia K, Phankhongsab A. C2 anatomy for translaminar screw placement based on computerized tomographic measurements. Asian Spine J 2015;9(2):205–9.',
    link: 'https://doi.org/10.4184/asj.2015.9.2.205',
    note: 'CT of 200 adult C2 vertebrae; outer transverse diameter of the lamina 6.64 ± 1.36 mm, read from the abstract.',
  },
  cervicalTypical2020: {
    citation:
      'Anatomical dimensions of the typical cervical vertebrae and their clinical implications (100 dry typical cervical vertebrae). Eur J Anat 2020, issue 1, pp. 9–15.',
    link: 'https://researcher.manipal.edu/en/publications/anatomical-dimensions-of-the-typical-cervical-vertebrae-and-their',
    note: 'Pooled over the typical levels, read from the abstract; authors not captured.',
  },
  li2003: {
    citation:
      'Li B, Jiang B, Fu Z, Zhang D, Du X, Wang T. A morphological study of lumbar transverse process (CT of 100 lumbar vertebrae from 20 Chinese adults). 2003.',
    link: 'https://doi.org/10.3969/j.issn.2095-252x.2003.02.008',
  },
  whitePanjabi1990: {
    citation: 'White AA, Panjabi MM. Clinical Biomechanics of the Spine, 2nd ed. 1990.',
    note: 'Textbook value recalled, not re-checked. Textbook; no online identifier.',
  },
  neumann2010: {
    citation: 'Neumann DA. Kinesiology of the Musculoskeletal System, 2nd ed. 2010.',
    note: 'Quoted on a secondary web page. Textbook; no online identifier.',
  },
  patel: {
    citation: 'Patel & Gupta. Morphometric study of the atlas vertebra. Int J Res Med Sci.',
    link: 'https://www.msjonline.org/index.php/ijrms/article/view/291',
  },
  kaur2017: {
    citation: 'Kaur J et al. Morphometry of the atlas and axis vertebral canal. Int J Anat Res 2017;5(4.3):4711–15.',
    link: 'https://www.ijmhr.org/IntJAnatRes/ijar-2017-454',
  },
  hung2020: {
    citation:
      'Hung ND, Duc NM, Dung LV, Sy TV, Dung LT, Hue ND. A computed tomographic study of Vietnamese C1–C2 morphology for atlantoaxial screw fixation techniques. J Clin Imaging Sci 2020;10:63.',
    link: 'https://doi.org/10.25259/JCIS_121_2020',
    note: 'Size of the lateral mass of the atlas on CT of 120 adults.',
  },
  gray1918Atlas: {
    citation: 'Gray H. Anatomy of the Human Body. 20th ed. Philadelphia: Lea & Febiger; 1918. The atlas.',
    link: 'https://liquisearch.com/atlas_anatomy/lateral_masses',
    note: 'Textbook description of the lateral masses and their facets, read as quoted on a copy of an encyclopedia article.',
  },
  kaur2023: {
    citation:
      'Kaur J, Gulati HS, Kaur K. Morphometric study of atlas vertebra in relation to sulcus arteriae vertebralis. Int J Anat Res 2023;11(2):8634–39.',
    link: 'https://ijmhr.org/IntJAnatRes/IJAR.2023.143',
  },
  rekha2016: {
    citation:
      'Rekha BS, D’Sa DS. Morphometry of 100 dry adult atlas vertebrae from Karnataka. Int J Anat Res 2016;4(1):1981–84.',
    link: 'https://ijmhr.org/ijar.4.1/IJAR.2016.125.html',
    note: 'The title is described in our words: the page read shows the authors, journal and results but not the title.',
  },
  yousuf: {
    citation: 'Yousuf et al. Morphometry of the axis vertebra and dens. Int J Res Med Sci.',
    link: 'https://www.msjonline.org/index.php/ijrms/article/view/11789',
  },
  kulkarni2013: {
    citation: 'Kulkarni AG et al. Odontoid process dimensions on CT. Indian J Orthop 2013;47(3):250–4.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3687901/',
  },
  acharya2021: {
    citation:
      'Acharya et al. Morphometric parameters of the odontoid process of C2 vertebrae in Indian population: a CT evaluation. Surg Neurol Int 2021;12:494.',
    link: 'https://sni.scientificscholar.in/morphometric-parameters-of-the-odontoid-process-of-c2-vertebrae-in-indian-population-a-ct-evaluation/',
    note: 'CT of 200 adults; the least outer width of the dens, 8.80 mm (range 6.1–11.9), read from the abstract.',
  },
  patraForamen: {
    citation:
      'Patra A, Chaudhary P, Kaur H. Variations in foramen transversarium of cervical spine: an osteological study in dried cervical vertebra of North Indian origin with its surgical importance. Turk Neurosurg.',
    link: 'https://doi.org/10.5137/1019-5149.JTN.32701-20.3',
    note: '200 dry C3–C7 vertebrae of 40 spines; the foramen 5.68 ± 1.20 mm wide on the right and 5.76 ± 1.29 mm on the left, pooled over the five levels, read from the abstract. The year and volume were not shown on the page read.',
  },
  lu1998: {
    citation:
      'Lu J et al. Cervical uncinate process: an anatomic study for anterior decompression of the cervical spine. Surg Radiol Anat 1998;20(4):249–52.',
    link: 'https://doi.org/10.1007/BF01628483',
    note: '54 dry spines (270 vertebrae, C3–C7): the processes tallest at C4–C6 (means 5.8–6.1 mm), their base 4.9 mm wide at C3 and 6.3 mm at C7, read from the abstract. Co-authors not shown on the page read.',
  },
  axisLateralMass2014: {
    citation:
      'Morphometric analysis of lateral masses of axis vertebrae in North Indians. Anatomy Research International 2014;2014:425868.',
    link: 'https://www.hindawi.com/journals/ari/2014/425868/tab2/',
    note: 'Dry axis vertebrae; means read from the paper’s table 2 (superior facet 16.34 × 14.35 mm, pedicle 8.82 mm wide, transverse foramen 5.11 ± 0.91 mm long, range 2.75–6.50). Authors, sample size and how the foramen’s length was taken were not captured.',
  },
  ebraheim1997: {
    citation:
      'Ebraheim NA, Lu J, Yang H, Heck BE, Yeasting RA. Anatomic considerations of the second sacral vertebra and dorsal screw placement. Surg Radiol Anat 1997;19(6):353–7.',
    link: 'https://doi.org/10.1007/BF01628500',
    note: 'Via a secondary transcription: the IMAIOS e-Anatomy page on S2 quotes the means of its body (25.0 mm high, 13.5 mm front to back, 29.4 mm wide). The sample and the spread were not captured.',
  },
  ebraheim1998: {
    citation:
      'Ebraheim NA, Xu R, Challgren E, Heck B. Location of the sacral pedicle, foramina, and ala on the lateral aspect of the sacrum: a radiographic study. Orthopedics 1998;21(6):703–706.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/9642709/',
    note: '21 adult dry sacra, the foramina of S1–S3 outlined with wire and measured on a side X-ray; the foramina about 13 mm high at S1 and S2 and 10 mm at S3, read from the abstract, which gives no spread and does not say front or back opening.',
  },
  sacrumMymensingh: {
    citation: 'Sacral length and width in Bangladeshi adults. Mymensingh Med J 2018;27(4):710–714.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/30487484/',
  },
  abera2021: {
    citation:
      'Abera Z, Girma A, Bekele A, Oumer M. Assessment of morphological and morphometrical variations of sacral hiatus in dry human sacrum in Ethiopia. Local Reg Anesth 2021;14:25–32.',
    link: 'https://doi.org/10.2147/LRA.S277556',
    note: '61 dry sacra; hiatus 22.67 ± 11.84 mm long, its apex most often at S4 (60.7 %), read from the abstract.',
  },
  shewale2013: {
    citation:
      'Shewale SN, Laeeque M, Kulkarni PR, Diwan CV. Morphological and morphometrical study of sacral hiatus. Int J Recent Trends Sci Technol 2013;6(1):48–52.',
    link: 'https://statperson.com/Journal/ScienceAndTechnology/Abstract_6_1_12.php',
    note: '204 dry sacra; width at the base of the hiatus 13.68 ± 3.87 mm in males, apex at S4 in 66.5 %, read from the abstract.',
  },
  kim2023: {
    citation:
      'Kim et al. Measurement of S1 foramen depth for ultrasound-guided S1 transforaminal epidural injection. Korean J Pain 2023;36(1):98–105.',
    link: 'https://doi.org/10.3344/kjp.22227',
    note: '3D CT of 632 patients; width of the first posterior sacral foramen 8.3 ± 1.6 mm in men, read from the paper’s table 2.',
  },
  saluja2018: {
    citation:
      'Saluja S, Agarwal S, Tuli A, Raheja S, Tigga SR, Paul S. Morphometric analysis of the sacrum and its surgical implications. J Clin Diagn Res 2018;12(6):AC01–AC06.',
    link: 'https://www.jcdr.net/article_abstract.asp?issn=0973-709x&year=2018&month=June&volume=12&issue=6&page=AC01-AC06&id=11661',
    note: '108 dry adult sacra; height and width of the first and second anterior (pelvic) and posterior sacral foramina, read from the abstract.',
  },
  nastoulis2023: {
    citation:
      'Nastoulis E, Tsiptsios D, Chloropoulou P, Karapepera V, Thomaidis V, Pavlidis P, Fiska A. Morphological and morphometric features of sacral hiatus and its clinical significance in caudal epidural anaesthesia. Folia Morphol 2023;82(3):603–614.',
    link: 'https://doi.org/10.5603/FM.a2022.0078',
    note: '155 Greek dry sacra of known sex; the canal 5.39 ± 1.84 mm deep (front to back) at the apex of the hiatus and the cornua 12.41 ± 3.16 mm apart, read from the abstract.',
  },
  woon2013: {
    citation:
      'Woon JTK, Perumal V, Maigne JY, Stringer MD. CT morphology and morphometry of the normal adult coccyx. Eur Spine J 2013;22(4):863–70.',
    link: 'https://doi.org/10.1007/s00586-012-2595-2',
  },
  indiran2017: {
    citation: 'Indiran V et al. Coccygeal morphology on CT. Asian Spine J 2017;11(5).',
    link: 'https://www.asianspinejournal.org/journal/view.php?number=275',
  },
  yoon2016: {
    citation: 'Yoon MG et al. Sacrococcygeal and intercoccygeal angles on CT. Clin Orthop Surg 2016;8(4):412–9.',
    link: 'https://synapse.koreamed.org/articles/1050433',
  },
  lumbarDiscMRI: {
    citation:
      'Measuring dimensions of lumbar intervertebral discs in normal subjects (MRI, 14 adults aged 40–60). Anatomical Sciences Journal.',
    link: 'https://anatomyjournal.ir/web2export.php?a_code=A-10-159-1&slc_lang=en&type=Reference_Manager',
  },
  fletcher2015: {
    citation: 'Fletcher JGR et al. CT morphometry of adult thoracic intervertebral discs. Eur Spine J 2015.',
    link: 'https://research.monash.edu/en/publications/ct-morphometry-of-adult-thoracic-intervertebral-discs',
  },
  koken2014: {
    citation:
      'Köken M et al. Measurement of the height of the disc spaces of the cervical spine on MRI. J Turk Spinal Surg 2014;25(3):189–92.',
    link: 'https://jtss.org/archives/archive-detail/article-preview/measurement-of-the-heght-of-the-dsc-spaces-of-the-/28277',
  },
  nucleus2014: {
    citation: 'In vivo morphological features of human lumbar discs. Medicine 2014 (41 young adults).',
    link: 'https://insights.ovid.com/crossref?an=00005792-201412030-00064',
  },
  guo2018: {
    citation:
      'Guo GM et al. Cervical lordosis in asymptomatic individuals: a meta-analysis. J Orthop Surg Res 2018;13:147.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6003173/',
  },
  bmcSurg2019: {
    citation: 'Normative sagittal parameters, BMC Surg 2019;19:7, Table 1 (citing primary studies).',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6334400/',
  },
  lordosisShare2019: {
    citation: 'Standing and recumbent lumbar lordosis in 627 healthy volunteers. Asian Spine J 2019.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6680033/',
  },
  cramer2012: {
    citation:
      'Cramer GD et al. Quantification of cavitation and gapping of lumbar zygapophyseal joints during spinal manipulative therapy. J Manipulative Physiol Ther 2012;35(8):614–21.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/22902194/',
  },
  dunning2013: {
    citation:
      'Dunning J, Mourad F, Barbero M et al. Bilateral and multiple cavitation sounds during upper cervical thrust manipulation. BMC Musculoskelet Disord 2013;14:24.',
    link: 'https://doi.org/10.1186/1471-2474-14-24',
  },
  reggars1996: {
    citation: 'Reggars JW. The manipulative crack: frequency analysis. Australas Chiropr Osteopathy 1996;5(2):39–44.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2050616/',
  },
  brodeur1995: {
    citation:
      'Brodeur R. The audible release associated with joint manipulation. J Manipulative Physiol Ther 1995;18(3):155–64.',
    link: 'https://www.chiroindex.org/?search_page=articles&action=&articleId=4467&search1=',
  },
  unsworth1971: {
    citation:
      'Unsworth A, Dowson D, Wright V. Cracking joints: a bioengineering study of cavitation in the metacarpophalangeal joint. Ann Rheum Dis 1971;30:348–58.',
    link: 'https://paperexplained.cn/articles/paper/detail/c24f39cbcb133503b5f12c999d35f52d6ca5a8af',
  },
  kawchuk2015: {
    citation:
      'Kawchuk GN, Fryer J, Jaremko JL et al. Real-time visualization of joint cavitation. PLoS One 2015;10(4):e0119470.',
    link: 'https://doi.org/10.1371/journal.pone.0119470',
  },
  chandranSuja2018: {
    citation:
      'Chandran Suja V, Barakat AI. A mathematical model for the sounds produced by knuckle cracking. Sci Rep 2018;8:4600.',
    link: 'https://doi.org/10.1038/s41598-018-22664-4',
  },
  leighton1994: {
    citation: 'Leighton TG. The Acoustic Bubble. Academic Press, 1994 (the Rayleigh–Plesset equation).',
    note: 'Textbook; no online identifier. The equation was read in a public transcription of it.',
  },
  rosner: {
    citation:
      'Rosner AL. Cavitation emptor: tracking the holy grail of manipulation. Dynamic Chiropractic (thrust duration about 100–150 ms).',
    link: 'https://www.dynamicchiropractic.com/article/46424-cavitation-emptor-tracking-the-holy-grail-of-manipulation',
  },
  nhsCaudaEquina: {
    forPublic: true,
    citation:
      'NHS Norfolk & Waveney Community Health, "Got back pain?" — cauda equina warning signs; GIRFT cauda equina cards (Greenhalgh, Mercer & Finucane).',
    link: 'https://norfolkandwaveneycommunityhealth.nhs.uk/msk/refer-yourself/systmconnect/got-back-pain/',
  },
  osuCervicalCpg: {
    citation:
      'Ohio State University. Cervical manipulation clinical practice guideline (contraindications and precautions).',
    link: 'https://vdocument.in/cervical-manipulation-clinical-practice-guidelines.html',
  },
  lee2006: {
    citation:
      'Lee VH, Brown RD, Mandrekar JN, Mokri B. Incidence and outcome of cervical artery dissection. Neurology 2006;67:1809–12.',
    link: 'https://read.qxmd.com/read/17130413/',
  },
  biller2014: {
    citation:
      'Biller J et al. Cervical arterial dissections and association with cervical manipulative therapy. Stroke 2014;45:3155–74.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/25104849/',
  },
  acog2020: {
    citation:
      'American College of Obstetricians and Gynecologists. Committee Opinion 804: Physical activity and exercise during pregnancy and the postpartum period. 2020.',
    link: 'https://studylib.net/doc/27104020/',
  },
  pearcy1984: {
    citation:
      'Pearcy M, Portek I, Shepherd J. Three-dimensional X-ray analysis of normal movement in the lumbar spine. Spine 1984;9(3):294–7; Pearcy & Tibrewal, Spine 1984;9(6):582–7.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/6374922/',
  },
  csp: {
    forPublic: true,
    citation: 'Chartered Society of Physiotherapy with Versus Arthritis. Back pain exercises (patient leaflet).',
    link: 'https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain',
  },
  nhsInform: {
    forPublic: true,
    citation: 'NHS Inform. Exercises for back pain.',
    link: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/neck-and-back-problems-and-conditions/exercises-for-back-pain/',
  },
  nhsEngland: {
    forPublic: true,
    citation: 'NHS. Lower back pain exercises (leaflet, 2019 edition).',
    link: 'https://www.scribd.com/document/403665966/Lower-Back-Pain-Exercises-NHS',
    note: 'Read from a copy of the leaflet.',
  },
  versusArthritisNeck: {
    forPublic: true,
    citation: 'Arthritis Research UK (Versus Arthritis). Neck pain: exercises (leaflet).',
    link: 'https://www.scribd.com/document/486735418/4-neck-pain-pdf',
    note: 'Read from a copy of the leaflet.',
  },
  acsm2021: {
    citation:
      'American College of Sports Medicine. Stretching and flexibility guidelines update, 2021 (GETP 11th ed., Table 5.6).',
    link: 'https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/stretching-and-flexibility-guidelines-update',
  },
  bandy1997: {
    citation:
      'Bandy WD, Irion JM, Briggler M. The effect of time and frequency of static stretching on flexibility of the hamstring muscles. Phys Ther 1997;77(10):1090–6.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/9327823/',
  },
  mcgillCatCamel: {
    citation: 'McGill SM, on the cat–camel as a spine mobiliser (5–8 cycles), as summarised by exercise educators.',
    link: 'https://www.myactivenutrition.com/blog/awesome-back-exercise-the-cat-camel',
    note: 'Secondary summary.',
  },
  clinicChinTuck: {
    forPublic: true,
    citation: 'Physiotherapy clinic exercise programmes for chin tucks (Peak Physio; rehabexercise.org).',
    link: 'https://www.peak-physio.com.au/program/d3f9817a44e1/',
    note: 'Clinic guidance, not a trial.',
  },
  clinicSelfSnag: {
    forPublic: true,
    citation: 'Mulligan concept self-SNAG with a towel, clinic instructions (InSync Physio and others).',
    link: 'https://insyncphysio.com/neck-rotation-mobility-snag/',
    note: 'Clinic guidance, not a trial.',
  },
  clinicThoracicExtension: {
    forPublic: true,
    citation:
      'Clinic instructions for foam-roller and chair thoracic extension (several physiotherapy and osteopathy sites).',
    link: 'https://www.osteopaths-online.co.uk/portfolio-item/thoracic-extension/',
    note: 'Clinic guidance, not a trial.',
  },
  mckenzieExtension: {
    citation: 'Prone extension progression (McKenzie), trial supplement; NHS back exercise advice as reported.',
    link: 'https://www.scribd.com/document/590082810/Supplemental-Appendix-1',
    note: 'Secondary sources.',
  },
  clinicPiriformis: {
    forPublic: true,
    citation: 'Clinic instructions for the supine figure-4 piriformis stretch (Sports-Health and others).',
    link: 'https://www.sports-health.com/video/video-supine-piriformis-muscle-stretch-3',
    note: 'Clinic guidance, not a trial.',
  },
  clinicCoccyx: {
    forPublic: true,
    citation: 'Patient guides on tailbone pain (coccydynia): sitting, cushions, cold packs and gentle movement.',
    link: 'https://onlinedoctor24.co.uk/articles/pain-musculoskeletal/coccydynia-tailbone-pain-uk-guide',
    note: 'Clinic guidance, not a trial.',
  },
  deweber2011: {
    citation:
      'deWeber K, Olszewski M, Ortolano R. Knuckle cracking and hand osteoarthritis. J Am Board Fam Med 2011;24:169–74.',
    link: 'https://www.painscience.com/bibliography.php?deweber11',
  },
  protopapas2002: {
    citation:
      'Protopapas M, Cymet TC. Joint cracking and popping: understanding noises that accompany articular release. J Am Osteopath Assoc 2002;102(5):283–7.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/12033758/',
  },
  cramer2017: {
    citation:
      'Cramer GD, Budavich M, Bora P, Ross K. A feasibility study to assess vibration and sound from zygapophyseal joints during motion before and after spinal manipulation. J Manipulative Physiol Ther 2017;40(3):187–200.',
    link: 'https://doi.org/10.1016/j.jmpt.2017.01.003',
    note: 'Ten people (5 healthy, 5 with low back pain): crepitus from the low back could be recorded with accelerometers and a microphone; it was more frequent in older age groups and with back pain, and less after manipulation. Joint wear was not studied, so it does not show that grinding comes from arthritic facet joints.',
  },
  cassidy2008: {
    citation: 'Cassidy JD et al. Risk of vertebrobasilar stroke and chiropractic care. Spine 2008;33(4S):S176–83.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2271108/',
  },
  mosby2011: {
    citation:
      'Mosby JS, Duray SM. Vertebral artery dissection in a patient practicing self-manipulation of the neck. J Chiropr Med 2011;10(4):283–7.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3315865/',
  },
  persons2024: {
    citation:
      'Persons and Stauffer, Am J Forensic Med Pathol 2024: a case report of fatal dissection of both vertebral arteries in a 40-year-old man after he cracked his own neck at work.',
    link: 'https://ouci.dntb.gov.ua/en/works/4gEx6Dr9',
  },
  selfCrackingExperts: {
    forPublic: true,
    citation: 'Health journalism interviewing clinicians on cracking your own back (Health Digest; Business Times).',
    link: 'https://www.healthdigest.com/392969/is-it-safe-to-crack-your-back-at-home/',
    note: 'Expert opinion only.',
  },
  // Added for issue 8; each checked against the paper's own page or abstract found with the search tool.
  cramer2011: {
    citation:
      'Cramer GD, Ross JK, Raju PK et al. Distribution of cavitations as identified with accelerometry during lumbar spinal manipulation. J Manipulative Physiol Ther 2011;34(9):572–83.',
    link: 'https://doi.org/10.1016/j.jmpt.2011.05.015',
  },
  nhsBackPain: {
    forPublic: true,
    citation:
      'NHS (nhs.uk). Back pain: when to see a GP, when to get urgent help from a GP or NHS 111, and when to call 999 or go to A&E.',
    link: 'https://www.nhs.uk/conditions/back-pain/',
    note: 'Read from copies of the page; which signs sit under which action changed between versions.',
  },
  strokeSigns: {
    forPublic: true,
    citation:
      'American Stroke Association (American Heart Association). Stroke symptoms: spot a stroke F.A.S.T. (face drooping, arm weakness, speech difficulty, time to call 911).',
    link: 'https://www.stroke.org/en/about-stroke/stroke-symptoms',
    note: 'Read from pages that quote it; the page itself was not opened.',
  },
  costa2012: {
    citation:
      'da C Menezes Costa L, Maher CG, Hancock MJ, McAuley JH, Herbert RD, Costa LOP. The prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ 2012;184(11):E613–24.',
    link: 'https://doi.org/10.1503/cmaj.111271',
  },
  henschke2008: {
    citation:
      'Henschke N, Maher CG, Refshauge KM et al. Prognosis in patients with recent onset low back pain in Australian primary care: inception cohort study. BMJ 2008;337:a171.',
    link: 'https://doi.org/10.1136/bmj.a171',
  },
  dahm2010: {
    citation:
      'Dahm KT, Brurberg KG, Jamtvedt G, Hagen KB. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane Database Syst Rev 2010;(6):CD007612.',
    link: 'https://doi.org/10.1002/14651858.CD007612.pub2',
  },
  niceNg59: {
    citation:
      'NICE. Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59). 2016, updated December 2020.',
    link: 'https://www.nice.org.uk/guidance/ng59',
  },
  cawley2024: {
    citation:
      'Cawley DT, Simpkin A, Abrahim E et al. Intradiscal vacuum phenomenon matches lumbar spine degeneration patterns in an ageing population. Eur Spine J 2024;33(5):2014–2021.',
    link: 'https://doi.org/10.1007/s00586-024-08174-0',
  },
  flynn2003: {
    citation:
      'Flynn TW, Fritz JM, Wainner RS, Whitman JM. The audible pop is not necessary for successful spinal high-velocity thrust manipulation in individuals with low back pain. Arch Phys Med Rehabil 2003;84(7):1057–60.',
    link: 'https://doi.org/10.1016/s0003-9993(03)00048-0',
  },
  bialosky2009: {
    citation:
      'Bialosky JE, Bishop MD, Price DD, Robinson ME, George SZ. The mechanisms of manual therapy in the treatment of musculoskeletal pain: a comprehensive model. Man Ther 2009;14(5):531–8.',
    link: 'https://doi.org/10.1016/j.math.2008.09.001',
  },
  rubinstein2019: {
    citation:
      'Rubinstein SM, de Zoete A, van Middelkoop M et al. Benefits and harms of spinal manipulative therapy for the treatment of chronic low back pain: systematic review and meta-analysis of randomised controlled trials. BMJ 2019;364:l689.',
    link: 'https://doi.org/10.1136/bmj.l689',
  },
  paige2017: {
    citation:
      'Paige NM, Miake-Lye IM, Booth MS et al. Association of spinal manipulative therapy with clinical benefit and harm for acute low back pain: systematic review and meta-analysis. JAMA 2017;317(14):1451–60.',
    link: 'https://doi.org/10.1001/jama.2017.3086',
  },
  womensHealth2018: {
    forPublic: true,
    citation:
      'Hall J. Is it bad to crack your back? Women’s Health (US), June 2018 issue, with advice from orthopaedic surgeon Armin Tehrany, MD (Manhattan Orthopedic Care); later quoted by Insider.',
    link: 'https://www.pressreader.com/australia/womens-health-australia/20180901/281767040031514',
    note: 'Magazine article: orientation only. The link is the same advice as printed in Women’s Health Australia, September 2018.',
  },
  vertebralArteryEntry: {
    citation:
      'Tudose RC, Rusu MC, Hostiuc S. The vertebral artery: a systematic review and a meta-analysis of the current literature. Diagnostics 2023;13(12):2036 (62 studies, 32,153 arteries).',
    link: 'https://doi.org/10.3390/diagnostics13122036',
  },
  c7TransverseForamen: {
    citation:
      'The content of the transverse foramen of the seventh cervical vertebra. Ann Anat 2024 (dissection of 32 specimens).',
    link: 'https://read.qxmd.com/read/39245353/the-content-of-the-transverse-foramen-of-the-seventh-cervical-vertebra',
    note: 'Read from the abstract; authors not captured.',
  },
  upperCervicalShare: {
    citation:
      'Teaching notes on upper cervical motion (osteopathic and anaesthesia course notes): about half of neck nodding at C0–C1, about half of turning at C1–C2.',
    link: 'https://www.250plus.org/notes/omm-cervical',
    note: 'Teaching notes, not a measurement study.',
  },
  jointSoundsLay: {
    forPublic: true,
    citation:
      'Lay explainers on joint noises: grinding (crepitus) that comes with pain, swelling or less movement is worth a check (fitro.info; biologyinsights.com).',
    note: 'Lay pages: orientation only, not evidence.',
    link: 'https://fitro.info/grinding-vs-crepitus-joint-sounds',
  },
  medscapeVad: {
    citation:
      'Lang ES et al. Vertebral artery dissection: clinical presentation. Medscape (eMedicine), updated 21 Feb 2019.',
    note: 'Clinical reference: facial numbness, trouble speaking or swallowing, double vision and vertigo as signs of vertebral artery dissection.',
    link: 'https://emedicine.medscape.com/article/761451-clinical',
  },
  przybylski2013: {
    citation:
      'Przybylski P, Pankowicz M, Bockowska A et al. Evaluation of coccygeal bone variability, intercoccygeal and lumbo-sacral angles in asymptomatic patients in multislice computed tomography. Anat Sci Int 2013;88(4):204–11.',
    link: 'https://coccyx.org/medabs/przybylski.htm',
  },
  grays2020: {
    citation: 'Standring S (ed.). Gray’s Anatomy: The Anatomical Basis of Clinical Practice, 42nd ed. Elsevier, 2020.',
    note: 'Textbook description, not a measurement; no online identifier.',
  },
  estimate: {
    citation: 'Facet team estimate: no published value was found for this.',
    note: 'No published per-level value was found; the number is an estimate shaped by the published trend and shown as such.',
  },
  winter2009: {
    citation:
      'Winter DA. Biomechanics and Motor Control of Human Movement, 4th ed. John Wiley & Sons, 2009 (ISBN 978-0-470-39818-0): segment lengths as fractions of body height, after Drillis and Contini.',
    note: 'The fractions were read from secondary reproductions of the book’s figure, which agree with one another; no online identifier for the book was confirmed, so no link is given.',
  },
  // ——— study: flashcards ———
  wozniak1990: {
    citation:
      'Wozniak PA. Optimization of learning (Master’s thesis, University of Technology in Poznan, 1990), chapter 3.2: the SuperMemo SM-2 algorithm; republished by the author as “Application of a computer to improve the results obtained in working with the SuperMemo method” (1998).',
    link: 'https://www.supermemo.com/en/blog/application-of-a-computer-to-improve-the-results-obtained-in-working-with-the-supermemo-method',
    note: 'How the flashcards schedule reviews (intervals of 1 and 6 days, then times the E-Factor), not a medical claim.',
  },
  // ——— conditions shown on the spine (issue 12) ———
  kimWeller2000: {
    citation: 'Kim SC, Weller SJ. Far lateral lumbar disc herniation. Semin Neurosurg 2000;11(2):141–148.',
    link: 'https://doi.org/10.1055/s-2000-13228',
    note: 'Read from the abstract: a herniation at or beyond the pedicle presses the exiting root, not the traversing one; 2.6–11.7 % of lumbar herniations, L4–5 in 52 %.',
  },
  zhang2016: {
    citation:
      'Lumbar disc herniation levels on 5,288 lumbar MRI examinations. SpringerPlus 2016;5:1973 (authors not captured).',
    link: 'https://doi.org/10.1186/s40064-016-3662-7',
    note: 'Via the team’s reference notes: L4/5 26.1 % and L5/S1 24.1 % of discs herniated, then L3/4.',
  },
  chiu2015: {
    citation:
      'Chiu CC, Chuang TY, Chang KH et al. The probability of spontaneous regression of lumbar herniated disc: a systematic review. Clin Rehabil 2015;29(2):184–95.',
    link: 'https://doi.org/10.1177/0269215514540919',
  },
  brinjikji2015: {
    citation:
      'Brinjikji W, Luetmer PH, Comstock B et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811–6.',
    link: 'https://doi.org/10.3174/ajnr.A4173',
  },
  meyerdingGrades: {
    citation:
      'Meyerding classification of spondylolisthesis (Radiopaedia): slip as a share of the lower vertebra’s body length, grade I 0–25 %, II 26–50 %, III 51–75 %, IV 76–100 %, V beyond 100 %.',
    link: 'https://radiopaedia.org/articles/meyerding-classification-of-spondylolisthesis',
    note: 'Radiology reference site (secondary); the same grades on Medscape.',
  },
  medscapeSpondylolisthesis: {
    citation: 'Froese BB et al. Lumbar spondylolysis and spondylolisthesis. Medscape (eMedicine), updated July 2020.',
    link: 'https://www.medscape.com/answers/310235-199464/',
    note: 'Clinical reference (secondary), via the team’s reference notes: isthmic slips at L5–S1 in 82 %; degenerative slips mostly at L4–L5, and about three times as often in women.',
  },
  kalichman2009lysis: {
    citation:
      'Kalichman L, Kim DH, Li L, Guermazi A, Berkin V, Hunter DJ. Spondylolysis and spondylolisthesis: prevalence and association with low back pain in the adult community-based population. Spine 2009;34(2):199–205.',
    link: 'https://pubmed.ncbi.nlm.nih.gov/19139672/',
  },
  kalichman2008facet: {
    citation:
      'Kalichman L, Li L, Kim DH et al. Facet joint osteoarthritis and low back pain in the community-based population. Spine 2008;33(23):2560–5.',
    link: 'https://doi.org/10.1097/BRS.0b013e318184ef95',
  },
  kalichman2009stenosis: {
    citation:
      'Kalichman L, Cole R, Kim DH et al. Spinal stenosis prevalence and association with symptoms: the Framingham Study. Spine J 2009;9(7):545–50.',
    link: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3775665/',
  },
  yoshiiwa2016: {
    citation:
      'Yoshiiwa T, Miyazaki M, Notani N et al. Analysis of the relationship between ligamentum flavum thickening and lumbar segmental instability, disc degeneration, and facet joint osteoarthritis in lumbar spinal stenosis. Asian Spine J 2016;10(6):528–35.',
    link: 'https://asianspinejournal.org/journal/view.php?number=40',
    note: 'Read from the abstract: mean ligamentum flavum 4.4 mm at L4–5 in stenosis; thicker with disc degeneration and facet arthritis.',
  },
  genantGrades: {
    citation:
      'Wáng YXJ, Liu WH, Diacinti D, Yang DW, Iannacone A, Wang XR, Kripa E, Che-Nordin N, Diacinti D. Diagnosis and grading of radiographic osteoporotic vertebral deformity by general radiologists after a brief self-learning period. J Thorac Dis (year, volume and pages not captured).',
    link: 'https://jtd.amegroups.org/article/view/43250/html',
    note: 'Its introduction restates Genant’s semi-quantitative grades (grade 1: 20–25 % loss of a vertebral height; grade 2: 25–40 %; grade 3: more than 40 %) and says that treating these fractures can prevent further vertebral and hip fractures.',
  },
  wang2023: {
    citation:
      'Wang F, Sun R, Zhang SD, Wu XT. Comparison of acute single versus multiple osteoporotic vertebral compression fractures in radiographic characteristic and bone fragility. J Orthop Surg Res 2023;18(1):387.',
    link: 'https://doi.org/10.1186/s13018-023-03874-7',
    note: 'Read from the abstract and the caption of its Figure 2: 1,530 acute fractured vertebrae in 1,182 people admitted to one spine centre in China (2016–2020); L1, T12 and L2 were the three most often fractured, whether one vertebra broke or several. A hospital series of acute fractures, not a population survey. It replaces a 2019 Quant Imaging Med Surg article that the team’s reference notes gave for these levels but that could not be found to check.',
  },
  qimsVertebralFracture: {
    citation: 'Griffith JF. Identifying osteoporotic vertebral fracture. Quant Imaging Med Surg 2015 (review).',
    link: 'https://doi.org/10.3978/j.issn.2223-4292.2015.08.01',
    note: 'Read from the article: these fractures classically happen in everyday bending, walking or lifting light things; most go clinically unrecognised, three in four people do not seek care, and up to two in three cause no notably severe symptoms; several can cause height loss and a more rounded upper back; one predicts more. Volume and pages not captured.',
  },
  msdStenosis: {
    citation: 'MSD Manual, Professional Version. Lumbar spinal stenosis (reviewed 2024).',
    link: 'https://www.msdmanuals.com/professional/musculoskeletal-and-connective-tissue-disorders/neck-and-back-pain/lumbar-spinal-stenosis',
    note: 'Clinical reference (secondary): buttock and leg pain on walking or standing, eased by sitting or bending forward; rarely a cauda equina syndrome.',
  },
  engstrom2015: {
    citation:
      'Harrison’s Manual of Medicine, 19th ed. McGraw-Hill. Table 48-1: lumbosacral radiculopathy, neurologic features, after Engstrom JW, Deyo RA, Back and neck pain (Harrison’s Principles of Internal Medicine, 19th ed., 2015, chapter 22).',
    link: 'https://download.skyscape.com/download/ota/lonestar/76CD77F7-898A-4928-AE45-A3D54D0FF0F0/harrisons.ed19/content/HTML/t/tl9.htm',
    note: 'Textbook table, read from a licensed electronic copy (the page is the Manual’s Table 48-1, which refers to the Principles chapter for the examination; the key keeps the chapter’s authors): L4 pain to the front and outer thigh, the knee and inner calf, numb inner calf, weak knee extension, reduced knee reflex; L5 pain to the buttock, back and side of the thigh, outer calf and top of the foot, numb top of the foot and outer calf, weak foot and toe lifting (dorsiflexion) and foot eversion. Its other rows, read on the same page: L2 numb upper front of the thigh, weak hip flexion; L3 numb lower front of the thigh and front of the knee, weak hip flexion, knee extension and thigh adduction; S1 pain down the buttock, back of the thigh and calf to the sole, numb sole and outer foot, weak plantar flexion, toe flexion and hip extension, reduced ankle reflex; no reflex for L2, L3 or L5.',
  },
  kang2020: {
    citation:
      'Kang KC, Lee HS, Lee JH. Cervical radiculopathy focus on characteristics and differential diagnosis. Asian Spine J 2020;14(6).',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7788378/',
    note: 'Review. Its table by root (Table 3): C6 gives pain in the neck, outer forearm, thumb and index finger, weak elbow bending, forearm turning and wrist lifting, and changed biceps and brachioradialis reflexes; radiculopathy brings neck and arm pain with sensory loss, weakness and reflex changes by dermatome. The same table: C5 pain over the shoulder blade and outer upper arm, weak shoulder abduction, external rotation and elbow bending, biceps reflex; C7 pain in the low neck, between the shoulder blades, back of the forearm and middle finger, weak elbow extension, pronation, wrist flexion and finger extension, triceps reflex; C8 pain between and below the shoulder blades, inner forearm and the last two fingers, weak hand muscles and finger flexion, no reflex.',
  },
  kirshblum2011: {
    citation:
      'Kirshblum SC, Burns SP, Biering-Sorensen F et al. International standards for neurological classification of spinal cord injury (revised 2011). J Spinal Cord Med 2011;34(6):535–546.',
    link: 'https://doi.org/10.1179/204577211X13207446293695',
    note: 'The ISNCSCI examination chart of the American Spinal Injury Association: one key sensory point for each dermatome from C2 to S4–5 (none for C1) and one key muscle group for each of C5–T1 and L2–S1. Points read from the 2008 key sensory points sheet and secondary copies of the standard; unchanged in the 2019 revision.',
  },
  lee2008dermatomes: {
    citation:
      'Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. Clin Anat 2008;21(5):363–373.',
    link: 'https://doi.org/10.1002/ca.20636',
    note: 'Systematic review of the dermatome maps: the usual textbook maps rest on flawed studies; its evidence-based map shows the most consistent area of each root, and stresses that neighbouring dermatomes overlap and vary between people. Read from the abstract.',
  },
  medscapeLumbosacralRadiculopathy: {
    citation: 'Lumbosacral radiculopathy: clinical presentation. Medscape (eMedicine) (authors not captured).',
    link: 'https://emedicine.medscape.com/article/95025-clinical',
    note: 'Clinical reference (secondary): sitting, coughing or sneezing may make the pain worse; it runs from the buttock down the back or side of the leg to the ankle or foot; L5 and S1 roots account for most deficits (L5: top of the foot, side of the lower leg).',
  },
  lothianLumbarRedFlags: {
    citation:
      'NHS Lothian (NHS Scotland Right Decisions). Primary care clinician: lumbar spine red flags — acute foot drop, and worsening lumbar radiculopathy with marked weakness, are discussed with the on-call neurosurgeon; suspected cauda equina syndrome goes through the emergency route.',
    link: 'https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/sub-pages-hidden/primary-care-clinician-within-nhs-lothian-lumbar-spine-red-flags',
    note: 'Clinical pathway for clinicians. The NHS Lothian RefHelp page on serious lumbar conditions adds that for an acute foot drop an early opinion is essential.',
  },
  mccartney2018: {
    citation:
      'McCartney S, Baskerville R, Blagg S, McCartney D. Cervical radiculopathy and cervical myelopathy: diagnosis and management in primary care. Br J Gen Pract 2018 (Clinical Intelligence).',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5737310/',
    note: 'Cervical myelopathy (a squeezed spinal cord in the neck, from a disc, bony wear or a narrow canal) gives symptoms in the arms and legs, often slowly, and needs urgent management. Volume and pages not captured.',
  },
  davies2018: {
    citation: 'Davies BM, Mowforth OD, Smith EK, Kotter MRN. Degenerative cervical myelopathy. BMJ 2018;360:k186.',
    link: 'https://doi.org/10.1136/bmj.k186',
    note: 'Practice review: think of it with numbness, loss of hand dexterity, imbalance, falls or incontinence, and refer promptly to a specialist, since delay can leave lasting disability.',
  },
  humberSpinePathway: {
    citation:
      'Humber and North Yorkshire Health and Care Partnership. Neurosurgery (spine) referral pathway for primary care: red flags, and urgent discussion with the on-call neurosurgery team.',
    link: 'https://hnyppr.org.uk/web/humber/w/neurosurgery-spine-pathway',
    note: 'Clinical pathway for clinicians: red-flag presentations (cord compression, cauda equina, infection, cancer) need urgent discussion with the on-call team or the emergency department, and the urgent route is for an acute neurological deterioration that needs input within 8 hours.',
  },
  chcpBackPain: {
    forPublic: true,
    citation:
      'City Health Care Partnership (NHS community MSK service, Hull). Back: symptoms to check, and when to get immediate medical advice.',
    link: 'https://www.chcpmsk.org.uk/body-parts/back',
    note: 'Patient page: contact a GP or NHS 111 at once with back pain and sudden, marked weakness in the arms or legs, or poor coordination or heavy arms and legs that affect walking; the cauda equina signs are listed with them.',
  },
  hasegawa1995: {
    citation:
      'Hasegawa T, An HS, Haughton VM, Nowicki BH. Lumbar foraminal stenosis: critical heights of the intervertebral discs and foramina. A cryomicrotome study in cadavera. J Bone Joint Surg Am 1995;77(1):32–8.',
    link: 'https://doi.org/10.2106/00004623-199501000-00005',
    note: 'Via the team’s reference notes and the abstract: in 100 cadaver foramina, 8 of 10 with a posterior disc height of 4 mm or less, and 4 of 5 with a foraminal height of 15 mm or less, had a compressed root.',
  },
  gray1918Pivot: {
    citation:
      'Gray H. Anatomy of the Human Body. 20th ed. Philadelphia: Lea & Febiger; 1918. The atlanto-occipital and atlantoaxial articulations.',
    link: 'https://www.bartleby.com/107/pages/page295.html',
    note: 'Textbook description of the pivot between the atlas and the axis: a joint in front of the dens and one behind it, against the transverse ligament, each with its own synovial membrane; and of the membranes from the skull to the atlas: the anterior atlanto-occipital membrane, broad and densely woven with a rounded cord in its middle, and the posterior one, broad but thin, adherent to the dura and open on each side over the groove for the vertebral artery. Read on the page and in a copy of the text.',
  },
  rojas2007: {
    citation:
      'Rojas CA, Bertozzi JC, Martinez CR, Whitlow J. Reassessment of the craniocervical junction: normal values on CT. AJNR Am J Neuroradiol 2007;28(9):1819–23.',
    link: 'https://doi.org/10.3174/ajnr.A0660',
    note: 'CT of 200 adults: the gap between the front of the dens and the atlas (atlantodental interval) averaged 1.3 mm and was under 2 mm in 95 %; the tip of the dens to the basion under 8.5 mm in 95 %; the atlanto-occipital joint gap, measured across the surfaces at the joint’s centre, 1.0 ± 0.23 mm (0.5–1.8). Read in the abstract and its table.',
  },
  oda1992: {
    citation:
      'Oda T, Panjabi MM, Crisco JJ, Bueff HU, Grob D, Dvorak J. Role of tectorial membrane in the stability of the upper cervical spine. Clin Biomech 1992;7(4):201–7.',
    note: 'Five specimens from the skull to C3: cutting the tectorial membrane let the head bend forward 6.7° further and turn a little further; bending back did not change. Read in the abstract; no identifier for it was confirmed, so no link is given.',
  },
  osmotherly2020: {
    citation:
      'Osmotherly PG, Rivett DA. Reconsidering the tectorial membrane: a morphological study. J Craniovertebr Junction Spine 2020;11(3):180–5.',
    link: 'https://doi.org/10.4103/jcvjs.JCVJS_91_20',
    note: 'Eleven cadavers: a deep layer fixed to the back of the body of C2 and a superficial one running on down into the posterior longitudinal ligament, both fanning onto the skull base in front of the foramen magnum. Read in the abstract.',
  },
  tubbs2000apical: {
    citation:
      'Tubbs RS, Grabb P, Spooner A, Wilson W, Oakes WJ. The apical ligament: anatomy and functional significance. J Neurosurg 2000;92(2 Suppl):197–200.',
    note: 'Twenty adult cadavers: the ligament was missing in one in five and added no measurable stability. Read in the abstract, on a page with no secure address; its sizes were not read. No identifier was confirmed, so no link is given.',
  },
  dvorak1987alar: {
    citation: 'Dvorak J, Panjabi MM. Functional anatomy of the alar ligaments. Spine 1987;12(2):183–9.',
    link: 'https://doi.org/10.1097/00007632-198703000-00016',
    note: 'Nineteen specimens: each ligament 10–13 mm long and about 3 × 6 mm across; turning the head to the right is checked by the left one, and the other way round. Read in the abstract.',
  },
  panjabi1991alar: {
    citation:
      'Panjabi M, Dvorak J, Crisco J, Oda T, Hilibrand A, Grob D. Flexion, extension, and lateral bending of the upper cervical spine in response to alar ligament transections. J Spinal Disord 1991;4(2):157–67.',
    link: 'https://metajournal.com/articles/779092/flexion-extension-lateral-bending-upper-cervical-spine-response-alar-ligament',
    note: 'Ten specimens: cutting the left alar ligament let the head bend further to the right, not to the left. Read in the abstract.',
  },
  singer1988: {
    citation:
      'Singer KP, Breidahl PD, Day RE. Variations in zygapophyseal joint orientation and level of transition at the thoracolumbar junction: preliminary survey using computed tomography. Surg Radiol Anat 1988;10(4):291–5.',
    link: 'https://doi.org/10.1007/BF02107901',
    note: '214 spines: an abrupt change from thoracic to lumbar facets on one bone at T12 in 29 %, T11 in 16 %, L1 in 0.5 %; a gradual change over T11 and T12 in 54 %. Read in the abstract.',
  },
  palRoutal1999: {
    citation:
      'Pal GP, Routal RV. Mechanism of change in the orientation of the articular process of the zygapophyseal joint at the thoracolumbar junction. J Anat 1999;195(2):199–209.',
    link: 'https://doi.org/10.1046/j.1469-7580.1999.19520199.x',
    note: '44 dry spines: the facets turned gradually over two or three bones in 41 and abruptly in 3; as the upper facet turns to face sideways it meets and joins the mammillary tubercle. Read in the abstract.',
  },
  mhReflexes: {
    citation:
      'Interactive Guide to Physical Examination: the anatomy of the deep tendon reflexes. New York: McGraw-Hill (AccessMedicine).',
    link: 'https://accesspharmacy.mhmedical.com/data/interactiveguide/physexam/neuro/reflexesanatomy.html',
    note: 'A teaching guide: it gives the knee jerk to roots L2 to L4, where the low back table puts it at L4. Read on the page.',
  },
  sharma2018: {
    citation:
      'Sharma D, Baweja SS, Sharma VA. Multicentric morphometric study of sexual dimorphism in body of first sacral vertebra of dry human sacra in Central India region. Indian J Clin Anat Physiol 2018;5(2):191–6.',
    link: 'https://doi.org/10.18231/2394-2126.2018.0044',
    note: "The body of S1 in 282 dry sacra: in men 30.7 mm front to back and 47.8 mm side to side, in women 28.9 and 44.6 mm. Read in the abstract, which gives 3.07, 4.78, 2.89 and 4.46 with no unit; read as centimetres, the only unit that fits a sacral body. The journal's name was not shown beside the article; it is the one whose ISSN (2394-2126) the DOI carries.",
  },
  gray1918Occipital: {
    citation: 'Gray H. Anatomy of the Human Body. 20th ed. Philadelphia: Lea & Febiger; 1918. The occipital bone.',
    link: 'https://www.bartleby.com/107/pages/page132.html',
    note: 'Textbook description of the occipital bone. This page: the foramen magnum, oval and wider behind where the condyles narrow it; what it transmits (the medulla and its membranes, the accessory nerves, the vertebral and spinal arteries, the tectorial membrane and the alar ligaments); the tectorial membrane attached near its front margin on the upper surface of the basilar part. The page before (the condyles, convex and facing down and out, with a tubercle on the inner side of each for the alar ligament) was read in a copy on another site.',
  },
  sharmaMehra2018: {
    citation:
      'Sharma DK, Mehra S. Foramen magnum: a morphological and morphometric study in dried human skull bones of Rajasthan population and its surgical importance. J Mahatma Gandhi Univ Med Sci Tech 2018;3(2):41–9.',
    link: 'https://doi.org/10.5005/jp-journals-10057-0075',
    note: '75 dry skulls measured with a digital caliper: the foramen magnum 35.11 ± 3.12 mm from front to back and 29.35 ± 3.48 mm across. Read in the abstract. (Other series in our research notes agree: about 35 × 29.5 mm on dry bone, 2–4 mm larger in men on CT.)',
  },
  le2011: {
    citation:
      'Le TV, Dakwar E, Hann S, Effio E, Baaj AA, Martinez C, Vale FL, Uribe JS. Computed tomography-based morphometric analysis of the human occipital condyle for occipital condyle-cervical fusion: clinical article. 2011.',
    link: 'https://experts.arizona.edu/en/publications/computed-tomography-based-morphometric-analysis-of-the-human-occi',
    note: 'CT of 170 patients (340 condyles): each occipital condyle 22.38 ± 2.19 mm long, 11.18 ± 1.44 mm wide and 9.92 ± 1.30 mm high. Read in the abstract; the journal was not shown on the page read.',
  },
  naderi2005: {
    citation:
      'Naderi S, Korman E, Çıtak G, Güvençer M, Arman C, Şenoğlu M, Tetik S, Arda MN. Morphometric analysis of human occipital condyle. Clin Neurol Neurosurg 2005;107:191–9.',
    note: '202 dry skulls (404 condyles): condyles 23.4 mm long and 10.6 mm wide; their front tips 21.0 mm apart and their back tips 41.6 mm, their long axes 59° apart. Read in the abstract (means only). No identifier was confirmed, so no link is given.',
  },
  kaneko2018: {
    citation:
      'Kaneko S, Ishii K, Watanabe K, Tsuji T, Nakamura M, Matsumoto M, Yato Y, Asazuma T. Exploration for reliable radiographic assessment method for hinge-like hypermobility at atlanto-occipital joint. Eur Spine J 2018;27(6):1303–8.',
    link: 'https://doi.org/10.1007/s00586-017-5349-3',
    note: 'MRI of 157 healthy volunteers in neutral, full flexion and full extension: the head nodded on C1 (C0–C1) 9.91° on average, normal range 0–21°, with no difference between men and women. Read in the abstract.',
  },
  ishii2004: {
    citation:
      'Ishii T, Mukai Y, Hosono N, Sakaura H, Nakajima Y, Sato Y, Sugamoto K, Yoshikawa H. Kinematics of the upper cervical spine in rotation: in vivo three-dimensional analysis. Spine 2004;29(7):E139–44.',
    note: '3-D MRI of 15 volunteers turning the head: C0–C1 turned 1.7 ± 1.5° to each side and C1–C2 36.2°; C0–C1 also bent a little to the other side and tipped back. Read in the abstract. No identifier was confirmed on a page of its own, so no link is given.',
  },
  sayah2021: {
    citation:
      'Sayah A, Farley AD, Munoz EC, Sandhu FA, Berkowitz F. Normal range of clivoaxial angle in adults using flexion and extension cervical magnetic resonance imaging scans. Neuroradiol J 2021;34(4):348–54.',
    link: 'https://doi.org/10.1177/1971400921998982',
    note: 'MRI of 10 volunteers: the angle between the lower third of the back of the clivus and the back of the dens and C2 body averaged 156.9 ± 4.2° over all neck positions (range 134–179°): 144.7° bent forward, 169.2° bent back. Read in the abstract.',
  },
  koslosky2020: {
    citation:
      'Koslosky E, Gendelberg D. Classification in brief: the Meyerding classification system of spondylolisthesis. Clin Orthop Relat Res 2020;478(5):1125–30.',
    link: 'https://doi.org/10.1097/CORR.0000000000001153',
    note: 'Read from its opening pages: most slips cause no symptoms; in adults mostly degenerative, more common in women, most often at L4–L5; progression varies, higher grades more prone to it.',
  },
} as const satisfies Record<string, Source>

export type SourceKey = keyof typeof SOURCES

/**
 * The keys as the Sources list shows them, in two groups: what was written for patients and the public first
 * (a reader at home looks for these), then the studies and reference works; each group in the order above.
 */
export function sourceKeysByAudience(): { readonly forPublic: SourceKey[]; readonly research: SourceKey[] } {
  const keys = Object.keys(SOURCES) as SourceKey[]
  const isPublic = (key: SourceKey) => (SOURCES[key] as Source).forPublic === true
  return { forPublic: keys.filter(isPublic), research: keys.filter((key) => !isPublic(key)) }
}
