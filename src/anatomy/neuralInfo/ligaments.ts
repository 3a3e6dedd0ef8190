/** The ligaments and membranes, from the skull base to the sacrum: their facts and dimension rows, case by case. */
import type { JointLevel } from '../ids'
import {
  ALAR,
  AO_MEMBRANES,
  APICAL,
  flavumThickness,
  INTERTRANSVERSE_CORD,
  INTERTRANSVERSE_FIBRE,
  INTERTRANSVERSE_SIZE,
  interspinousThickness,
  intertransverseForm,
  type NeuralDimension,
  type NeuralFact,
  NUCHAE,
  nm,
  type ParsedNeural,
  SUPRASPINOUS,
  TECTORIAL,
  TRANSVERSE_ATLAS,
} from '../neural'
import {
  CATTRYSSE2007,
  DVORAK1987_ALAR,
  dim,
  fact,
  G,
  GRAY1918_PIVOT,
  HEYLINGS1978,
  KHASAWNEH2023,
  LEE2018_PLL,
  MAHATO2013,
  MERCER2003,
  ODA1992,
  OSMOTHERLY2020,
  PANJABI1991_ALAR,
  PANJABI1991_LIGAMENTS,
  ROJAS2007,
  SALAUD2018,
  TUBBS2000_APICAL,
} from './facts'

export function ligamentFacts(p: ParsedNeural & { kind: 'ligament' }): NeuralFact[] {
  switch (p.ligament) {
    case 'anterior-atlanto-occipital':
      return [
        fact(
          'A wide, tough sheet joins the top of the front of the ring of C1 to the front edge of the big hole in the base of the skull. It lies in front of the peg of C2 and the cords that hold it.',
          'The anterior atlanto-occipital membrane joins the anterior margin of the foramen magnum to the upper border of the anterior arch of the atlas. It is broad and densely woven, continuous at the sides with the capsules of the atlanto-occipital joints, and strengthened in the midline by a rounded cord to the anterior tubercle; the alar ligaments lie behind it.',
          [GRAY1918_PIVOT],
        ),
        fact(
          'No study we found gave its size. How wide and thick it is here is our best guess.',
          'Its width and thickness are estimates: MRI studies describe and measure it, but no published size was reached.',
          ['estimate'],
        ),
      ]
    case 'posterior-atlanto-occipital':
      return [
        fact(
          'A broad, thin sheet joins the top of the back of the ring of C1 to the back edge of the big hole in the skull. It lies behind the spinal cord. On each side it leaves a gap where an artery and the first neck nerve pass.',
          'The posterior atlanto-occipital membrane joins the posterior margin of the foramen magnum to the upper border of the posterior arch of the atlas. It is broad but thin, closely adherent to the dura, and on each side leaves an opening over the groove for the vertebral artery, through which the artery and the suboccipital (first cervical) nerve pass.',
          [GRAY1918_PIVOT],
        ),
        fact(
          'No study we found gave its size. How wide and thick it is here is our best guess. It is drawn narrow, to leave those gaps open.',
          'Its width and thickness are estimates: no published size was reached. The model keeps it narrow enough to leave the grooves for the vertebral arteries and the first cervical nerves open.',
          ['estimate'],
        ),
      ]
    case 'anterior-longitudinal':
      return [
        fact(
          'A long, flat band runs down the front of the spine bones and the discs, from the top neck bone to the sacrum. It helps stop the back from bending too far backward.',
          'The anterior longitudinal ligament runs from the atlas (continuing to the skull base) to the sacrum on the front of the vertebral bodies and discs; it resists extension.',
          G,
        ),
        fact(
          'In the neck it is about 7.5 mm wide, and half that at the top two bones. Lower down, the width shown is our best guess.',
          'It is about 7.5 mm wide from C3 to T1 and 3.8 mm at C1–C2 (six cadavers). No published width below T1 was found: the model’s is an estimate, about half the body’s width.',
          [PANJABI1991_LIGAMENTS, 'estimate'],
        ),
      ]
    case 'posterior-longitudinal':
      return [
        fact(
          'A band runs down the back of the spine bones and discs, inside the canal, just in front of the cord. It is narrow over the bones and fans out over the discs.',
          'The posterior longitudinal ligament runs on the backs of the bodies and discs within the canal, from the axis (continuing upward as the tectorial membrane) to the sacrum: narrow over the bodies, fanning out over the discs. It resists flexion.',
          G,
        ),
        fact(
          'In the low back it gets thin. It is about 8 mm wide at L1 but only about 2 mm at L5.',
          'In the lumbar spine it narrows from 7.8 mm at L1 to 1.9 mm at L5 (13 cadavers). Over the discs its central band measures 8.5 mm at L1–L2 down to 4.8 mm at L5–S1, and its fan 14.7–20.5 mm (14 cadavers). In the neck it is about 7.5 mm wide.',
          [SALAUD2018, LEE2018_PLL, PANJABI1991_LIGAMENTS],
        ),
      ]
    case 'supraspinous':
      return [
        fact(
          'A tough cord runs over the tips of the bumps on the back of the spine, from C7 down to about L4. It helps stop the spine from bending too far forward.',
          'The supraspinous ligament joins the tips of the spinous processes from C7, continuing the ligamentum nuchae; in the lumbar spine it ends at L4 or L5, replaced below by crossing tendon fibres of the erector spinae. The model ends it at L4.',
          [HEYLINGS1978, 'grays2020'],
        ),
        fact(
          'Its size in this model is our best guess.',
          'Its width and thickness are estimates; no published measurement was found.',
          ['estimate'],
        ),
      ]
    case 'nuchae':
      return [
        fact(
          'At the back of the neck, a thin wall of tough tissue runs from the back of the skull down to C7. Neck muscles hold on to it.',
          'The ligamentum nuchae is a dorsal raphe of interwoven trapezius, splenius capitis and rhomboid minor fibres from the external occipital protuberance to C7, with a midline fascial septum running forward to the cervical spines and the atlanto-occipital and atlanto-axial membranes (10 cadavers).',
          [MERCER2003],
        ),
        fact(
          'Only the base of the skull is shown, in a simple shape. So where the top end sits is our best guess. So is its size.',
          'The skull is modelled only round the foramen magnum: the position of the external occipital protuberance, which the drawn squama reaches, and the ligament’s size are estimates.',
          ['estimate'],
        ),
      ]
    case 'transverse-atlas':
      return [
        fact(
          'This strong band runs across the ring of C1, from one side to the other. It holds the peg of C2 against the front of the ring. This keeps the peg off the spinal cord, which lies just behind it.',
          'The transverse ligament of the atlas spans the ring between the tubercles on the inner sides of the lateral masses and arches behind the dens; the back of the dens forms a small joint with the ligament’s cartilage-lined front. With its upper and lower bands it forms the cruciform ligament. It holds the dens against the anterior arch and parts the ring into a front space for the dens and a larger back one for the cord and its meninges.',
          G,
        ),
        fact(
          'In a study of 20 necks it was about 21 mm long.',
          'Mean estimated length 21 mm (20 fresh specimens, 3D digitising of marked bones).',
          [CATTRYSSE2007],
        ),
        fact(
          'How tall and how thick it is here is our best guess.',
          'Its height and thickness are estimates; the length between the model atlas’s tubercles is tested against the published mean.',
          ['estimate'],
        ),
      ]
    case 'alar':
      return [
        fact(
          'Two short, strong cords run from the top of the peg of C2 up and out to the base of the skull, one on each side. They stop the head from turning too far.',
          'The alar ligaments run from the upper lateral sides of the dens to the medial sides of the occipital condyles.',
          G,
        ),
        fact(
          'Each one stops the head turning too far to the other side: the left cord holds back a turn to the right.',
          'Each checks axial rotation of the head to the opposite side: rotation to the right is limited by the left alar ligament, and the reverse (19 specimens). Each is 10–13 mm long and elliptical, about 3 × 6 mm in section.',
          [DVORAK1987_ALAR],
        ),
        fact(
          'They also hold back bending the head to the side. When the left cord was cut in a study, the head bent further to the right.',
          'They also limit lateral bending to the opposite side: transecting the left alar ligament increased the neutral zone of right lateral bending at C0–C1 and right lateral bending at C1–C2, not left (10 specimens).',
          [PANJABI1991_ALAR],
        ),
        fact(
          'In a study of 20 necks they were about 9 mm long.',
          'Mean length 9 ± 2.5 mm, with 117° ± 31° between the two (20 fresh specimens).',
          [CATTRYSSE2007],
        ),
        fact(
          'Here they end on the inner side of the two knobs at the base of the skull. Their length fits the studies. How thick they are is our best guess.',
          'The cords end on the medial sides of the model’s occipital condyles, 10.9 mm long and 108° apart, within one standard deviation of the published 9 ± 2.5 mm and 117° ± 31°; the model’s round cords are 5 mm across, an estimate between the published 3 and 6 mm.',
          [CATTRYSSE2007, 'estimate'],
        ),
      ]
    case 'apical':
      return [
        fact(
          'A thin cord runs from the very tip of the peg of C2 straight up to the skull. It ends at the front edge of the big hole in the base of the skull, where the spinal cord begins.',
          'The apical ligament of the dens runs from the apex of the dens to the anterior margin of the foramen magnum (the basion), between the two alar ligaments.',
          G,
        ),
        fact(
          'It is small and adds little hold. In a study of 20 bodies, 1 in 5 did not have one at all.',
          'Absent in 20 % of 20 adult cadavers; described as a vestigial structure that adds no significant stability.',
          [TUBBS2000_APICAL],
        ),
        fact(
          'In scans of 200 adults, the tip of the peg was less than 8.5 mm from the skull in 95 of every 100. The cord crosses that gap.',
          'The basion–dens interval, which the ligament spans, was under 8.5 mm in 95 % of 200 adults on CT.',
          [ROJAS2007],
        ),
        fact(
          'Here the front edge of the big hole sits 5.5 mm above the tip of the peg. That is our best guess. In scans, 95 in 100 adults had less than 8.5 mm. How thick the cord is, is our guess too.',
          'The model’s basion sits 5.5 mm above the tip of the dens, an estimate below the 8.5 mm limit of 95 % of adults on CT; the cord’s width is an estimate.',
          [ROJAS2007, 'estimate'],
        ),
      ]
    case 'tectorial':
      return [
        fact(
          'A wide, thin sheet runs up from the back of the body of C2. It passes behind the peg and the band that holds it, and fans out on the base of the skull. Its outer layer carries on down the spine as the long band inside the canal.',
          'The tectorial membrane is the upward continuation of the posterior longitudinal ligament: a deep layer fixed to the back of the body of C2 and a superficial one continuous with the PLL, both fanning onto the skull base in front of the foramen magnum (11 cadavers).',
          [OSMOTHERLY2020],
        ),
        fact(
          'It helps stop the head from bending too far forward. When it was cut in a study, the head bent forward about 7° further. Bending back did not change.',
          'Transection increased flexion of the occiput–C1–C2 complex by 6.7° and axial rotation by 5.9°; extension did not change (5 specimens).',
          [ODA1992],
        ),
        fact(
          'Where its top sits on the skull is our best guess. So are its width and thickness.',
          'No published size was found: its width, thickness and how far up the clivus it reaches are estimates.',
          ['estimate'],
        ),
      ]
    case 'flavum': {
      const t = flavumThickness(p.level as JointLevel)
      const lumbar = (p.level as JointLevel).upper.startsWith('L')
      return [
        fact(
          'This yellow, stretchy band joins the arches of two bones. It lines the back of the canal, just behind the cord or nerve roots.',
          'The ligamentum flavum joins the laminae of adjacent vertebrae and lines the back of the canal; its elastic fibres make it yellow and let it stretch as the spine bends forward and recoil as it straightens.',
          G,
        ),
        lumbar
          ? fact(
              'In scans of healthy adults it was about 3 to 4 mm thick in the low back.',
              'Normal thickness on MRI (350 adults, right side): 3.19 mm at L2–L3, 3.38 at L3–L4, 3.71 at L4–L5 and 3.64 at L5–S1; L1–L2 is not in the study, and its thickness here is an estimate.',
              t.confidence === 'E' ? [KHASAWNEH2023, 'estimate'] : [KHASAWNEH2023],
            )
          : fact(
              'Its thickness here is our best guess.',
              'No published thickness for this level was found: the model’s is an estimate.',
              ['estimate'],
            ),
      ]
    }
    case 'interspinous':
      return [
        fact(
          'A thin sheet joins the bumps on the back of two bones. It helps stop the spine from bending too far forward.',
          'The interspinous ligament joins adjacent spinous processes, between the ligamentum flavum in front and the supraspinous ligament behind; its fibres restrain flexion.',
          [MAHATO2013, 'grays2020'],
        ),
        (p.level as JointLevel).upper.startsWith('L')
          ? fact(
              'In the low back it is very thin, less than 1 mm. It is thickest at the bottom, between L5 and the sacrum.',
              'In 25 cadavers it measured 0.22 mm thick in the upper lumbar spaces, 0.37 mm in the middle ones and 0.72 mm at L5–S1.',
              [MAHATO2013],
            )
          : fact(
              'Its thickness here is our best guess.',
              'No published thickness for this level was found: the model’s is an estimate.',
              ['estimate'],
            ),
      ]
    case 'intertransverse':
      return [
        fact(
          'A thin band joins the side arms of two bones. In the neck there is hardly any; small muscles take its place.',
          'The intertransverse ligament joins adjacent transverse processes: a few scattered fibres in the neck, where intertransverse muscles replace it, rounded cords in the thorax and a thin membrane in the lumbar spine.',
          G,
        ),
        fact(
          'Its size in this model is our best guess.',
          'Its width and thickness are estimates; no published measurement was found.',
          ['estimate'],
        ),
      ]
  }
}

export function ligamentDimensions(p: ParsedNeural & { kind: 'ligament' }): NeuralDimension[] {
  const level = p.level
  switch (p.ligament) {
    case 'anterior-atlanto-occipital':
    case 'posterior-atlanto-occipital': {
      const size = AO_MEMBRANES[p.ligament === 'anterior-atlanto-occipital' ? 'anterior' : 'posterior']
      return [dim('Width', 'Width', size.width), dim('Thickness', 'Thickness', size.thickness)]
    }
    case 'anterior-longitudinal':
      return [dim('Width, C3–T1', 'Width in the neck', nm(7.5, PANJABI1991_LIGAMENTS, 'P'))]
    case 'posterior-longitudinal':
      return [
        dim('Width at L1', 'Width at L1', nm(7.8, SALAUD2018, 'P')),
        dim('Width at L5', 'Width at L5', nm(1.9, SALAUD2018, 'P')),
        dim('Width over the L4–L5 disc (fan)', 'Width over the L4–L5 disc', nm(20.5, LEE2018_PLL, 'P')),
      ]
    case 'supraspinous':
      return [dim('Width', 'Width', SUPRASPINOUS.width), dim('Thickness', 'Thickness', SUPRASPINOUS.thickness)]
    case 'nuchae':
      return [dim('Septum thickness', 'Thickness', NUCHAE.septumThickness)]
    case 'transverse-atlas':
      return [
        // the model's, between its C1's tubercles, is within 10 % of it (tested), not the same number
        dim('Mean length in a study', 'Mean length in a study', TRANSVERSE_ATLAS.length),
        dim('Height', 'Height', TRANSVERSE_ATLAS.height),
        dim('Thickness', 'Thickness', TRANSVERSE_ATLAS.thickness),
      ]
    case 'alar':
      return [
        dim('Length, mean in a study (the model’s: 10.9 mm)', 'Length in a study of 20 necks', ALAR.length),
        dim('Cross-section, narrow way', 'Thickness, narrow way', ALAR.sectionNarrow),
        dim('Cross-section, wide way', 'Thickness, wide way', ALAR.sectionWide),
        dim('Thickness in the model', 'Thickness in the model', ALAR.thickness),
      ]
    case 'apical':
      return [
        dim(
          'Basion–dens interval, upper limit (95 %)',
          'Gap it crosses: under this in 95 of 100 adults',
          APICAL.basionDensLimit,
        ),
        dim('Length', 'Length', APICAL.length),
        dim('Width', 'Width', APICAL.width),
      ]
    case 'tectorial':
      return [
        dim('Width at C2', 'Width at C2', TECTORIAL.widthAtC2),
        dim('Width at the skull', 'Width at the skull', TECTORIAL.widthAtSkull),
        dim('Thickness', 'Thickness', TECTORIAL.thickness),
      ]
    case 'flavum':
      return [dim('Thickness', 'Thickness', flavumThickness(level as JointLevel))]
    case 'interspinous':
      return [dim('Thickness', 'Thickness', interspinousThickness(level as JointLevel))]
    case 'intertransverse': {
      // drawn as Gray's describes it by region (INTERTRANSVERSE_FORM), and sized as drawn
      const form = intertransverseForm(level as JointLevel)
      if (form === 'fibres')
        return [
          dim('Spread of its fibres', 'How wide its threads are spread', INTERTRANSVERSE_SIZE.width),
          dim('Thickness of a fibre', 'Thickness of one thread', INTERTRANSVERSE_FIBRE),
        ]
      if (form === 'cord') return [dim('Thickness of the round band', 'Thickness', INTERTRANSVERSE_CORD)]
      return [
        dim('Width', 'Width', INTERTRANSVERSE_SIZE.width),
        dim('Thickness', 'Thickness', INTERTRANSVERSE_SIZE.thickness),
      ]
    }
  }
}
