/**
 * The info panel's facts and dimension labels in Spanish, case by case as src/anatomy/info.ts builds them
 * (by kind, level and region), in the same order, so each fact keeps the English one's sources.
 */

import { type FacingWording, facingPhrase } from '../../anatomy/facetOrientation'
import {
  type JointLower,
  type JointUpper,
  type ParsedStructure,
  type Region,
  regionOf,
  regionOfLevel,
  type StructureId,
  structure,
  type VertebraLevel,
} from '../../anatomy/ids'
import {
  COCCYX,
  jointOrientationFacts,
  type LevelFeature,
  levelFeatureFacts,
  vertebraRegionFacts,
} from '../../anatomy/levels'
import { listOf } from '../../anatomy/lists'
import { BIFID } from '../../anatomy/parts/ids'
import { posture } from '../../anatomy/posture'
import { formatNumber } from '../lang'
import type { TextPair } from '../overlay'

const f = (plain: string, detailed: string): TextPair => ({ plain, detailed })

const REGION_FACTS: Record<'C' | 'T' | 'L', TextPair[]> = {
  C: [
    f(
      'Los huesos del cuello son pequeños. Cada uno tiene un agujero a cada lado. Un gran vaso de sangre sube por esos agujeros. Lo más común es que entre en C6 y suba hasta el primer hueso del cuello.',
      'Las vértebras cervicales son pequeñas y tienen un agujero en cada apófisis transversa (el agujero transverso). La arteria vertebral suele entrar en C6 y asciende por los agujeros de C6 a C1.',
    ),
    f(
      'Las pequeñas articulaciones de la nuca están inclinadas más o menos a medio camino entre planas y verticales. Así el cuello se dobla, gira y se inclina con soltura.',
      'Las carillas articulares forman unos 45° con la horizontal (una cifra de libro de texto), lo que permite flexionar, rotar e inclinar el cuello con libertad.',
    ),
  ],
  T: [
    f(
      'Las costillas se unen a estos huesos. De T1 a T10, cada costilla se une a su hueso en dos puntos.',
      'Las vértebras torácicas tienen carillas costales en el cuerpo y, hasta T10, en las apófisis transversas.',
    ),
    f(
      'En la parte alta de la espalda, las caras de las articulaciones de atrás miran sobre todo hacia atrás. Se alinean de lado a lado, como las tejas de un tejado muy inclinado. Por eso esta parte gira más de lo que se dobla.',
      'En el plano transversal, las carillas quedan cerca del plano coronal, a unos 25–30° de él. Medido desde el plano mediosagital, como en las lumbares, son 60–65°, pero abiertas al revés: las torácicas miran un poco hacia fuera y las lumbares hacia dentro. Según los libros de texto, esta orientación permite más rotación que flexión y extensión.',
    ),
  ],
  L: [
    f(
      'Los huesos de la parte baja de la espalda son los más grandes. Se hacen más anchos de L1 a L5.',
      'Las vértebras lumbares tienen los cuerpos más grandes; el platillo se ensancha de L1 a L5.',
    ),
    f(
      'Aquí las articulaciones pequeñas están en vertical. Arriba se miran de lado a lado, y así frenan el giro. Más abajo miran más hacia atrás. Cada nivel gira solo un poco.',
      'Las carillas son casi verticales. De T12 a L2 quedan cerca del plano mediosagital (a unos 26–34° de él), una orientación que limita la rotación axial. De L3 a L5 se alejan de él (unos 40–56°), hacia el plano coronal. Cada nivel lumbar rota solo unos 2°.',
    ),
  ],
}

/** As in anatomy/info.ts: T11–T12 and T12–L1 get the junction's fact, in the same place. */
const JUNCTION_FACT = f(
  'Esta articulación está donde la parte alta de la espalda pasa a ser la baja. Sus dos caras están en vertical y se miran de lado a lado, como en la parte más alta de la zona lumbar. Así frenan el giro aquí.',
  'En la unión toracolumbar las carillas pasan de la orientación torácica, casi coronal, a la lumbar: de T12 a L2 quedan cerca del plano mediosagital (a unos 26–34° de él), lo que limita la rotación axial. El nivel del cambio varía mucho de una persona a otra.',
)

/** T11's and T12's own ribs, as `FLOATING_RIB_FACT` in info.ts. */
const FLOATING_RIB = f(
  'Su propia costilla se une a él en un solo punto: una cara redonda en el lado del cuerpo. Sus brazos laterales no tienen unión con la costilla.',
  'Tiene una carilla costal entera a cada lado del cuerpo para su propia costilla, y ninguna en las apófisis transversas: las costillas 11.ª y 12.ª son costillas flotantes.',
)

const LEVEL_FACTS: Partial<Record<StructureId, TextPair[]>> = {
  C1: [
    f(
      'El atlas es un anillo de hueso. A diferencia de los demás, no tiene un bloque sólido delante. El cráneo se apoya en dos copas que tiene arriba.',
      'El atlas es un anillo sin cuerpo. Sus masas laterales sostienen el cráneo sobre unas carillas superiores cóncavas.',
    ),
    f(
      'Mide unos 71 mm de ancho, de punta a punta.',
      'Mide unos 71 mm de ancho entre las puntas de sus apófisis transversas.',
    ),
    f(
      'Sus caras de abajo bajan un poco donde se apoyan en C2. Un libro de texto dice que unos 20°. Nadie lo ha medido.',
      'Sus carillas inferiores descienden bajo la horizontal donde se unen al axis: unos 20° según un libro de texto (Neumann), no una medición publicada.',
    ),
  ],
  C2: [
    f(
      'El axis tiene arriba una clavija de hueso, el diente. Mide unos 16 mm de alto, y el atlas gira a su alrededor.',
      'El axis lleva el diente (apófisis odontoides), una clavija de unos 16 mm de alto alrededor de la cual gira el atlas.',
    ),
    f(
      'Sus anchas caras de arriba sostienen el atlas. Unos apuntes de clase dicen que aquí ocurre cerca de la mitad del giro de la cabeza.',
      'Sus amplias carillas superiores se unen a las carillas inferiores del atlas en las articulaciones atlantoaxiales laterales, donde ocurre cerca de la mitad de la rotación del cuello, según unos apuntes docentes.',
    ),
  ],
  C7: [
    f(
      'C7 tiene una punta larga atrás. Es el bulto que usted nota en la base del cuello.',
      'C7 (vértebra prominente) tiene la apófisis espinosa larga y no bífida que se palpa en la base del cuello.',
    ),
    f(
      'C7 también tiene los agujeros de los lados. Pero el gran vaso del cuello suele entrar un hueso más arriba, en C6, y no pasa por C7.',
      'C7 también tiene agujeros transversos, pero la arteria vertebral no suele pasar por ellos: entró en C6 en el 92 % de más de 32 000 arterias reunidas de 62 estudios, y ninguno de 32 agujeros de C7 disecados la contenía (tenían venas, nervios o grasa).',
    ),
  ],
  T1: [
    f(
      'La primera costilla se une a T1 en una cara redonda entera a cada lado de su bloque principal. Justo debajo hay media cara para la segunda costilla.',
      'Su cuerpo tiene a cada lado una carilla costal entera para la cabeza de la primera costilla y una hemicarilla inferior para la de la segunda.',
    ),
  ],
  T11: [
    f(
      'En este modelo, T11 es el hueso donde cambian las articulaciones. Sus caras de arriba son como las del resto de la parte alta de la espalda. Las de abajo, que se unen a T12, ya son como las de la parte baja: se miran de lado a lado. Muchos libros ponen este cambio un hueso más abajo, en T12. Las columnas reales varían.',
      'En este modelo T11 es la vértebra de transición: sus carillas superiores quedan cerca del plano coronal, como las de T1–T11 en la serie medida, y las inferiores se unen a las de T12, que quedaban cerca del plano mediosagital (a unos 26–34° de él) con las de L1–L2. Muchos textos ponen la transición en T12; su nivel varía de una persona a otra (un cambio brusco estaba en T11 en el 16 % de 214 columnas en TC).',
    ),
    FLOATING_RIB,
  ],
  T12: [
    f(
      'Muchos libros de anatomía enseñan que T12 es el hueso donde la parte alta de la espalda pasa a ser la baja. Las columnas reales varían. En un gran estudio, las articulaciones de T12 ya se miraban de lado a lado, como las de la parte baja. Así, el cambio llegaba hacia T11 y T12.',
      'Muchos textos de anatomía llaman a T12 la vértebra de transición de la unión toracolumbar, cuyo nivel varía de una persona a otra. En 240 columnas, las carillas de T12 a L2 quedaban cerca del plano mediosagital (a unos 26–34° de él), como las lumbares, mientras que las de T1–T11 quedaban cerca del plano coronal.',
    ),
    f(
      'En este modelo, las articulaciones cambian en T11: sus caras de arriba son como las de la parte alta de la espalda, y las de abajo, como las de la parte baja. Muchos libros enseñan que cambian en T12, un hueso más abajo. Las columnas reales varían más. En un estudio de 214 columnas vistas en escáner, el cambio llegaba de golpe en T12 en 29 de cada 100. Llegaba en T11 en 16 de cada 100, y muy rara vez en L1. En cerca de la mitad, llegaba poco a poco entre T11 y T12. En otro estudio, llegaba poco a poco a lo largo de dos o tres huesos en 41 de 44 columnas de esqueletos. Este modelo sigue las medias de los estudios. En ellas, las caras de arriba de T12 ya miran hacia el centro, así que el cambio está en la articulación entre T11 y T12.',
      'En este modelo T11 es la vértebra de transición (carillas superiores de tipo torácico, inferiores de tipo lumbar), un nivel por encima de la T12 que enseñan muchos textos de anatomía, con carillas superiores cerca del plano coronal e inferiores cerca del plano sagital. Las columnas medidas varían: en 214 (en TC), una transición brusca en una sola vértebra estaba en T12 en el 29 %, en T11 en el 16 % y en L1 en el 0,5 %, y en el 54 % las articulaciones cigapofisarias giraban de forma gradual entre T11 y T12. En 44 columnas secas el cambio era gradual a lo largo de dos o tres vértebras en 41; al girar hacia el plano sagital, la apófisis articular superior se encuentra con el tubérculo mamilar y se fusiona con él. Este modelo sigue las medias medidas, en las que las carillas superiores de T12 ya quedan cerca del plano mediosagital, como las lumbares: su cambio está en la articulación T11–T12.',
    ),
    FLOATING_RIB,
  ],
  L5: [
    f(
      'L5 tiene la cara de arriba más ancha de la zona lumbar. Es más alta delante que detrás. Esa forma ayuda a hacer la curva hacia adentro de la parte baja de la espalda.',
      'L5 tiene el platillo más grande de la columna lumbar, y su cuerpo en cuña contribuye a la lordosis.',
    ),
  ],
}

/** The features of a level, as the English `FEATURE_FACTS` (anatomy/info.ts). */
const FEATURE_FACTS: Readonly<Record<LevelFeature, TextPair>> = {
  uncinate: f(
    'La parte de arriba de su bloque principal se alza en un borde a cada lado. Cada borde toca el hueso de arriba en una pequeña articulación lateral.',
    'La cara superior de su cuerpo se eleva a cada lado en una apófisis unciforme, que se articula con el borde inferior biselado del cuerpo de arriba en una articulación uncovertebral (de Luschka).',
  ),
  cervicalTubercles: f(
    'Cada brazo lateral acaba en dos bultos pequeños, uno delante y otro detrás. Un nervio sale por el surco que hay entre ellos.',
    'Cada apófisis transversa acaba en un tubérculo anterior y uno posterior; el nervio espinal sale por el surco de su cara superior, entre ambos.',
  ),
  carotidTubercle: f(
    'El bulto de delante de cada brazo lateral de C6 es grande. Una gran arteria del cuello pasa justo delante. Se llama el bulto carotídeo.',
    'El tubérculo anterior de su apófisis transversa es grande: el tubérculo carotídeo, contra el que se puede comprimir la arteria carótida común.',
  ),
  cervicalCanal: f(
    'El agujero para la médula es grande para un hueso tan pequeño. Tiene forma de triángulo.',
    'Su agujero vertebral es grande para el tamaño del hueso, y triangular.',
  ),
  thoracicBody: f(
    'Visto desde arriba, su bloque principal tiene forma de corazón. El agujero para la médula es pequeño y redondo.',
    'Visto desde arriba, su cuerpo tiene forma de corazón y su agujero vertebral es pequeño y circular.',
  ),
  demifacets: f(
    'Cada lado del bloque principal tiene dos medias caras para las costillas, una arriba y otra abajo. La cabeza de una costilla queda entre dos huesos y toca una media cara de cada uno.',
    'Cada lado de su cuerpo tiene una hemicarilla costal superior y otra inferior: la cabeza de la costilla cruza el disco y se articula con las hemicarillas de dos vértebras.',
  ),
  lumbarBody: f(
    'Visto desde arriba, su gran bloque principal tiene forma de riñón. El agujero para los nervios es un triángulo.',
    'Visto desde arriba, su gran cuerpo tiene forma de riñón y su agujero vertebral es triangular.',
  ),
  lumbarProcesses: f(
    'Cada saliente de arriba tiene un bulto redondo en su borde de atrás, donde se sujeta un músculo profundo de la espalda. Una espina pequeña sale de la base de cada brazo lateral.',
    'Cada apófisis articular superior lleva una apófisis mamilar en su borde posterior, donde se inserta el multífido, y una apófisis accesoria en la cara posterior de la raíz de cada apófisis transversa.',
  ),
}

const bifidFact = (level: string): TextPair[] =>
  BIFID.has(level as VertebraLevel)
    ? [
        f(
          'La punta de atrás de este hueso se parte en dos bultos pequeños.',
          'Su apófisis espinosa se divide en dos pequeños tubérculos (bífida), como describen los textos de anatomía para C2–C6.',
        ),
      ]
    : []

const PLAIN_CURVE: Record<Region, string> = {
  cervical: 'del cuello',
  thoracic: 'de la parte alta de la espalda',
  lumbar: 'de la parte baja de la espalda',
  sacrum: 'de la base de la columna',
  coccyx: 'del coxis',
}
const REGION_ADJ: Record<Region, string> = {
  cervical: 'cervical',
  thoracic: 'torácica',
  lumbar: 'lumbar',
  sacrum: 'sacra',
  coccyx: 'coccígea',
}

function wedgeFact(p: ParsedStructure & { kind: 'disc' }): TextPair {
  const wedge = posture().discs[p.id]?.wedge ?? 0
  const region = regionOf(p)
  const degrees = formatNumber('es', Math.abs(wedge), 1, 1)
  const flat = Math.abs(wedge) < 0.5
  return {
    plain: flat
      ? `En este modelo el disco es casi igual de grueso delante que detrás. Eso sigue la curva ${PLAIN_CURVE[region]}.`
      : `En este modelo el disco es una cuña leve (${degrees}°), más grueso ${wedge >= 0 ? 'delante' : 'detrás'}. Eso sigue la curva ${PLAIN_CURVE[region]}.`,
    detailed: flat
      ? `En este modelo sus platillos son casi paralelos (cuña de ${degrees}°), siguiendo la curva ${REGION_ADJ[region]}.`
      : `En este modelo forma una cuña de ${degrees}°, más alta ${wedge >= 0 ? 'por delante' : 'por detrás'}, siguiendo la curva ${REGION_ADJ[region]}.`,
  }
}

function facts(p: ParsedStructure): TextPair[] {
  switch (p.kind) {
    case 'vertebra':
      return [
        ...(LEVEL_FACTS[p.id] ?? []),
        ...bifidFact(p.level),
        ...vertebraRegionFacts(REGION_FACTS, p.level),
        ...levelFeatureFacts(FEATURE_FACTS, p.level),
        boneFacingFact(p.level),
      ]
    case 'sacrum':
      return [
        f(
          'El sacro son cinco huesos unidos en uno, con forma de cuña. Sus alas se unen a los huesos de la cadera. Los nervios salen por cuatro pares de agujeros.',
          'Cinco vértebras fusionadas en una cuña. Sus alas se extienden hasta los huesos coxales, y cuatro pares de agujeros sacros dan salida a los nervios.',
        ),
        f(
          'Cuando usted está de pie, la cara de arriba del sacro se inclina hacia delante unos 41° respecto a la horizontal.',
          'Su cara superior se inclina hacia delante unos 41° en adultos de pie (la pendiente sacra).',
        ),
        boneFacingFact('S1'),
      ]
    case 'coccyx': {
      const share = formatNumber('es', COCCYX.segmentsSource.value)
      return [
        f(
          `Este modelo muestra cuatro huesos pequeños unidos en uno. Un estudio con escáner halló cuatro en ${share} de cada 100 adultos. Otro estudio grande halló tres con más frecuencia. Algunas personas tienen cinco.`,
          `Se muestra con cuatro segmentos, el número más frecuente en dos estudios de TC (el ${share} % de los adultos en uno); un estudio de TC mayor, de 500 adultos, halló tres con más frecuencia (50,8 %), y también hay cinco.`,
        ),
      ]
    }
    case 'disc':
      return [
        f(
          'Un disco es un cojín blando entre dos huesos. Tiene un anillo duro por fuera y un centro blando. No tiene el líquido de las articulaciones, así que no cruje como las articulaciones pequeñas. Un disco gastado puede tener algo de gas, pero eso no es un chasquido.',
          'El disco es una articulación cartilaginosa, no sinovial: un anillo externo resistente (anillo fibroso) alrededor de un centro blando (núcleo pulposo). Sin película de líquido sinovial no cavita como una articulación facetaria; en los discos degenerados sí se acumula gas (fenómeno de vacío, en cerca de la mitad de las personas de más de 60 años en la TC), que no es la cavidad súbita del chasquido articular.',
        ),
        wedgeFact(p),
      ]
    case 'facet': {
      const base = f(
        'Es una articulación pequeña con líquido dentro. Dos caras lisas se deslizan una sobre otra. Están en una bolsa cerrada. Esta clase de unión puede “crujir”.',
        'Una articulación sinovial: dos superficies cubiertas de cartílago en una cápsula cerrada con líquido articular. Es el tipo de articulación que puede “crujir”.',
      )
      const neck =
        regionOfLevel(p.joint.upper) === 'cervical' || p.joint.upper === 'C0'
          ? [
              f(
                'En el cuello, no fuerce un chasquido ni deje que otra persona se lo haga crujir. Muévalo con suavidad. Un dolor de cabeza fuerte y repentino, mareo, o problemas para ver o para hablar son signos de alarma: pida ayuda de inmediato.',
                'La automanipulación cervical no debe forzarse ni repetirse para lograr una cavitación, y una persona sin formación no puede descartar las contraindicaciones de la manipulación; un caso publicado describe la disección de una arteria del cuello en una mujer que se hacía crujir el cuello a menudo. Una cefalea o un dolor de cuello súbitos e intensos, mareo, alteraciones visuales o disartria pueden indicar una disección arterial cervical: llame a emergencias de inmediato.',
              ),
            ]
          : []
      if (p.joint.upper === 'C0')
        return [
          f(
            'Aquí el cráneo se apoya en el primer hueso del cuello, para el pequeño gesto de decir “sí”. En escáneres de 157 adultos, se movió unos 10 grados en total, de la barbilla abajo a la barbilla arriba.',
            'La articulación atlantooccipital, donde el cóndilo occipital del cráneo se apoya en el atlas, se mueve sobre todo en flexión y extensión: 9,9° de media de la flexión completa a la extensión completa en la RM de 157 adultos (normal 0–21°). Unos apuntes docentes sitúan aquí cerca de la mitad del gesto de asentir del cuello; no se encontró una proporción medida.',
          ),
          base,
          ...neck,
          jointFacingFact(p.joint.upper, p.joint.lower),
        ]
      if (p.joint.upper === 'C1')
        return [
          f(
            'Aquí el primer hueso del cuello gira sobre el de abajo. Unos apuntes de clase dicen que aquí ocurre cerca de la mitad del giro de la cabeza.',
            'Aquí el atlas gira sobre el axis; en este nivel ocurre cerca de la mitad de la rotación del cuello, según unos apuntes docentes.',
          ),
          base,
          ...neck,
          jointFacingFact(p.joint.upper, p.joint.lower),
        ]
      const sizes = f(
        'Las medidas de esta articulación son nuestro mejor cálculo. Ningún estudio las da nivel por nivel. Quedan dentro de lo medido en columnas reales.',
        'Los tamaños de las carillas por nivel son estimaciones: no se encontró una tabla por nivel. Quedan dentro del rango que midió Panjabi de C3 a L5 en 276 vértebras (anchura 9,6–16,3 mm, altura 10,2–18,4 mm).',
      )
      const caveat = p.joint.lower === 'S1' ? [] : [sizes]
      const orientation = jointOrientationFacts(REGION_FACTS, JUNCTION_FACT, p.joint.upper, p.joint.lower)
      return [base, ...neck, ...orientation, jointFacingFact(p.joint.upper, p.joint.lower), ...caveat]
    }
  }
}

// ——— hacia dónde miran las carillas (anatomy/facetOrientation.ts) ———

const FACING_PLAIN: FacingWording = {
  words: { up: 'hacia arriba', back: 'hacia atrás', in: 'hacia el centro', out: 'hacia el lado' },
  join: (words) => listOf(words, 'es'),
  withSlight: (main, slight) => `${main} y un poco ${slight}`,
}
const FACING_TERMS: FacingWording = {
  words: { up: 'superior', back: 'posterior', in: 'medial', out: 'lateral' },
  join: (words) => listOf(words, 'es'),
  withSlight: (main, slight) => `${main} y algo ${slight}`,
}

/** T12's facets, where the thoracic ones turn into lumbar ones at a level that differs between people. */
const VARIES = {
  plain: ' Dónde ocurre este cambio varía de una persona a otra.',
  detailed: ' El nivel del cambio varía mucho entre personas.',
}
const variesAt = (bone: VertebraLevel | 'S1', kind: 'plain' | 'detailed') => (bone === 'T12' ? VARIES[kind] : '')

function boneFacingFact(bone: VertebraLevel | 'S1'): TextPair {
  return f(
    `Las caras de arriba con las que se une a otro hueso miran ${facingPhrase(bone, FACING_PLAIN)}.${variesAt(bone, 'plain')}`,
    `Sus carillas articulares superiores se orientan en sentido ${facingPhrase(bone, FACING_TERMS)}.${variesAt(bone, 'detailed')}`,
  )
}

function jointFacingFact(upper: JointUpper, lower: JointLower): TextPair {
  const below = lower === 'S1' ? 'el sacro' : lower
  const above = upper === 'C0' ? 'La del cráneo' : `La de ${upper}`
  return f(
    `La cara de la articulación en ${below} mira ${facingPhrase(lower, FACING_PLAIN)}. ${above} mira en sentido contrario.${variesAt(lower, 'plain')}`,
    `La carilla superior de ${lower} se orienta en sentido ${facingPhrase(lower, FACING_TERMS)}; ${upper === 'C0' ? 'el cóndilo occipital' : `la carilla inferior de ${upper}`}, en sentido opuesto.${variesAt(lower, 'detailed')}`,
  )
}

/** The Spanish facts of a bone, disc or joint, in `structureInfo`'s order. */
export const structureFactsEs = (id: StructureId): TextPair[] => facts(structure(id))
