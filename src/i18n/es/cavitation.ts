import type { BoneId } from '../../anatomy/ids'
import type { PlotSummaryNumbers } from '../../content/cavitation'
import { CAVITATION } from '../../physics/constants'
import { formatNumber } from '../lang'
import type { CavitationOverlay, TextPair } from '../overlay'

/**
 * The crack close-up in Spanish, by the English ids: the three explanations, the phase captions, the notes,
 * the tissues of the opened joint, the plots' titles, captions and spoken summaries, and the model's numbers'
 * labels. The numbers are the model's own, written with a decimal comma; the sources stay the English ones.
 */

const es = (value: number, digits = 2) => formatNumber('es', value, digits)
const gap = es(CAVITATION.onsetGap.value)
const noGap = es(CAVITATION.noCavitationGap.value)
const rest = CAVITATION.ambientPressure.value
// printed with a true minus sign, like the plots' ticks
const letGo = es(CAVITATION.tensileThreshold.value).replace('-', '−')

/** A bone as the names of the joint's parts say it: levels by their labels, "el sacro" in words. */
const boneName = (bone: BoneId): string => (bone === 'sacrum' ? 'el sacro' : bone === 'coccyx' ? 'el coxis' : bone)
/** "de L4", "del sacro" (de + el contracts). */
const ofBone = (bone: BoneId): string => {
  const name = boneName(bone)
  return name.startsWith('el ') ? `del ${name.slice(3)}` : `de ${name}`
}

/** What the spoken summary of each plot says (its accessible name), from the run's own numbers. */
function plotSummary(key: 'separation' | 'pressure' | 'radius' | 'sound', n: PlotSummaryNumbers, detailed: boolean) {
  const crack = n.onset !== null
  switch (key) {
    case 'separation':
      return detailed
        ? `Separación articular durante ${n.duration} ms: de ${n.first} a ${n.last} mm${crack ? `; las superficies se separan a los ${n.onset} ms` : '; sin separación'}.`
        : `Espacio entre las caras de la articulación durante ${n.duration} ms. Crece de ${n.first} a ${n.last} mm. ${crack ? `Las caras se sueltan a los ${n.onset} ms.` : 'Esta vez no hay chasquido.'}`
    case 'pressure':
      return detailed
        ? `Presión del líquido durante ${n.duration} ms: de ${n.first} kPa baja a ${n.lowest} kPa y termina en ${n.last} kPa.`
        : `Presión del líquido de la articulación durante ${n.duration} ms. Empieza en ${n.first} kPa y baja a ${n.lowest} kPa. Termina en ${n.last} kPa.`
    case 'radius':
      return detailed
        ? `Radio de la cavidad durante ${n.duration} ms: máximo ${n.highest} mm, residual ${n.last} mm.`
        : `Tamaño de la bolsa de gas durante ${n.duration} ms. Como mucho mide ${n.highest} mm. Al final mide ${n.last} mm.`
    case 'sound':
      if (!crack)
        return detailed
          ? `Presión acústica en la piel durante ${n.duration} ms: silencio, sin cavitación en esta prueba.`
          : `Sonido en la piel durante ${n.duration} ms. No hay sonido, porque no hubo chasquido.`
      return detailed
        ? `Presión acústica en la piel, en porcentaje de su pico (−100 a 100), durante ${n.duration} ms: silencio hasta los ${n.onset} ms y luego un chasquido de unos ${n.pop} ms.`
        : `Sonido en la piel durante ${n.duration} ms, en porcentaje de su punto más fuerte. Hay silencio hasta los ${n.onset} ms. Luego un chasquido corto dura unos ${n.pop} ms.`
  }
}

const noPop: TextPair = {
  plain: 'Esta vez no hay chasquido, así que no hay sonido. La línea se queda en 0.',
  detailed: 'Sin cavitación en esta prueba, así que no hay señal acústica: la curva se queda en 0.',
}

export const CAVITATION_ES: CavitationOverlay = {
  explanations: {
    'cavity-formation': {
      title: { plain: 'De pronto se forma una bolsa de gas', detailed: 'Formación de la cavidad (tribonucleación)' },
      who: 'Kawchuk y colaboradores, 2015',
      text: {
        plain:
          'El sonido llega cuando las caras de la articulación se separan de golpe. En ese momento se forma una bolsa de gas en el líquido.',
        detailed:
          'Tribonucleación: la adhesión de las superficies lubricadas mantiene cerrada la articulación hasta que la carga de distracción la vence; la separación brusca hace nacer la cavidad, y el sonido coincide con el inicio de la cavidad.',
      },
      evidence: {
        plain:
          'Imágenes de diez articulaciones de los dedos mientras se estiraban. La bolsa de gas apareció con el sonido y seguía allí después. Es un solo estudio pequeño.',
        detailed:
          'Resonancia magnética cine en tiempo real (3,2 imágenes/s) de 10 articulaciones metacarpofalángicas bajo tracción: la cavidad apareció en el momento de la separación y del sonido, y persistió después. Un solo estudio de imagen, pequeño.',
      },
    },
    'bubble-collapse': {
      title: { plain: 'Una burbuja revienta', detailed: 'Colapso de la burbuja' },
      who: 'Unsworth, Dowson y Wright, 1971',
      text: {
        plain: 'Se forma una burbuja en el líquido de la articulación, y el ruido es la burbuja al romperse.',
        detailed:
          'Cavitación en el líquido sinovial bajo tensión, con la burbuja como efecto del proceso; el ruido se atribuye al colapso de las cavidades de vapor y gas.',
      },
      evidence: {
        plain:
          'Pruebas que estiraban articulaciones de los dedos y medían la fuerza y el sonido. Vieron que un nudillo no puede volver a crujir hasta unos 20 minutos después.',
        detailed:
          'Registros de fuerza y acústicos de articulaciones metacarpofalángicas en distracción; el mismo nudillo no podía volver a crujir durante unos 20 minutos (el periodo refractario).',
      },
    },
    'partial-collapse': {
      title: { plain: 'La burbuja solo se encoge en parte', detailed: 'Colapso parcial de la burbuja' },
      who: 'Chandran Suja y Barakat, 2018',
      text: {
        plain:
          'El sonido viene de la burbuja al encogerse solo en parte, así que queda algo de gas. Esta idea une las dos ideas más viejas.',
        detailed:
          'Un modelo de burbuja de Rayleigh-Plesset acoplado al movimiento de la articulación reproduce el nivel y la frecuencia del sonido medidos con solo un colapso parcial, coherente con una cavidad que persiste después.',
      },
      evidence: {
        plain:
          'Un modelo de cálculo de una burbuja en el líquido de la articulación. Su sonido fue tan fuerte como el de los nudillos reales, y con el mismo tono. Es un modelo, no una prueba nueva en personas.',
        detailed:
          'Un modelo matemático contrastado con la magnitud y la frecuencia dominante de crujidos de nudillos registrados; un modelo, no una medida nueva.',
      },
    },
  },
  phases: {
    ready: 'Pulse Reproducir para que las dos caras se separen.',
    loading:
      'Las caras se están separando. El líquido lubricante las sujeta, y baja la presión dentro de la bolsa cerrada.',
    cavitation:
      '¡Clac! Las caras se sueltan y se forma una bolsa de gas en el líquido. ¿El ruido sale al formarse o al encogerse un poco? Los expertos aún no se ponen de acuerdo.',
    residual: 'La bolsa de gas se queda. Solo se encoge en parte. Ahora la articulación está un poco más abierta.',
    refractory:
      'Esta vez no hay chasquido. Aún hay gas en la articulación, así que la presión no baja lo bastante. En los nudillos este gas tarda unos 20 minutos en irse, y este modelo usa ese tiempo.',
  },
  refractoryNote: {
    plain:
      'La espera de 20 minutos se vio en los nudillos, y este modelo la usa también para la columna. En espaldas reales, se ha visto una articulación crujir más de una vez en un mismo tratamiento.',
    detailed:
      'El periodo refractario de 20 minutos procede de estudios de nudillos (articulaciones metacarpofalángicas) y aquí se toma prestado para las articulaciones facetarias. Durante la manipulación lumbar en decúbito lateral (dos impulsos rápidos), 8 de 46 articulaciones con cavitación cavitaron más de una vez.',
  },
  onsetGapNote: {
    plain: `En un estudio con imágenes, las articulaciones de la parte baja de la espalda que crujieron se habían abierto ${gap} mm en promedio. Es un promedio, no un punto fijo. Este modelo está hecho para que su articulación se suelte en ese espacio.`,
    detailed: `${gap} mm es la separación media de las articulaciones cigapofisarias lumbares que cavitaron en la resonancia magnética (${noGap} mm en las que no), no un umbral; el modelo está calibrado para que su articulación se suelte en esa separación media.`,
  },
  discNoCrack: {
    plain:
      'Los discos no crujen como las pequeñas articulaciones de al lado. Un disco es una almohadilla de fibras duras con un centro blando, pegada a los huesos. No tiene líquido de articulación ni una bolsa cerrada donde pueda empezar un crujido. Aun así, los discos gastados a menudo tienen algo de gas que se ve en las imágenes. En un estudio, lo tenía cerca de la mitad de las personas de más de 60 años.',
    detailed:
      'Un disco intervertebral es una articulación cartilaginosa (sínfisis): un anillo fibroso alrededor de un núcleo pulposo, unido a los platillos vertebrales. Sin cavidad sinovial ni cápsula articular, no cavita como una articulación facetaria; el sonido de la manipulación vertebral se registra en las articulaciones facetarias, que son sinoviales. Los discos degenerados a menudo contienen gas en la TC (el fenómeno de vacío), visto en el 50,3 % de las personas mayores de 60 años en un estudio de TC.',
  },
  tissues: {
    upperProcess: {
      name: (upper: BoneId | null) =>
        upper
          ? { plain: `Saliente de hueso ${ofBone(upper)}`, detailed: `Apófisis articular inferior ${ofBone(upper)}` }
          : { plain: 'Base del cráneo', detailed: 'Cóndilo occipital del cráneo' },
      plain: 'Un saliente de hueso baja desde el hueso de arriba. Aquí se ve cortado.',
      detailed: 'La apófisis articular inferior de la vértebra de arriba, cortada para mostrar su hueso en sección.',
    },
    lowerProcess: {
      name: (_upper: BoneId | null, lower: BoneId) => ({
        plain: `Saliente de hueso ${ofBone(lower)}`,
        detailed: `Apófisis articular superior ${ofBone(lower)}`,
      }),
      plain: 'Un saliente de hueso sube desde el hueso de abajo para unirse con él.',
      detailed:
        'La apófisis articular superior del hueso de abajo, que lleva la cara inferior de la articulación (su carilla articular superior).',
    },
    cartilage: {
      name: () => ({ plain: 'Capa lisa', detailed: 'Cartílago articular' }),
      plain: 'Una capa lisa y resbaladiza cubre cada una de las dos caras de la articulación.',
      detailed:
        'El cartílago hialino cubre las dos superficies articulares. Su grosor aquí (1,2 mm) es una estimación nuestra, no un valor medido.',
    },
    fluid: {
      name: () => ({ plain: 'Líquido lubricante', detailed: 'Líquido sinovial' }),
      plain:
        'Una capa fina de líquido deja que las caras se deslicen. Azul es presión normal; morado es que la presión ha bajado.',
      detailed:
        'Una capa fina de líquido sinovial entre las superficies de cartílago, teñida según la presión del líquido en el modelo: azul cerca de la atmosférica, morado a medida que baja durante el tirón.',
    },
    capsule: {
      name: () => ({ plain: 'Bolsa cerrada', detailed: 'Cápsula articular' }),
      plain: 'Una bolsa fuerte envuelve la articulación. Así el líquido no se sale.',
      detailed: 'La cápsula articular fibrosa envuelve la articulación y encierra el líquido sinovial.',
    },
    cavity: {
      name: () => ({ plain: 'Bolsa de gas', detailed: 'Cavidad de gas' }),
      plain: 'Con el crujido se forma una bolsa de gas en el líquido. Sigue allí después del sonido.',
      detailed:
        'La cavidad que se forma en el líquido sinovial cuando se separan las superficies; en las imágenes persistió después del sonido.',
    },
  },
  plots: {
    separation: {
      title: { plain: 'Espacio entre las caras', detailed: 'Separación articular (espacio facetario)' },
      caption: {
        plain: `Las caras aguantan y luego se separan a ${gap} mm: el espacio medio de las que crujieron en imágenes.`,
        detailed: `Espacio facetario durante el tirón. El modelo se suelta a ${gap} mm, la separación media de las articulaciones facetarias lumbares que cavitaron en la resonancia magnética (una media de grupo, no un umbral).`,
      },
    },
    pressure: {
      title: { plain: 'Presión en el líquido', detailed: 'Presión del líquido sinovial (absoluta)' },
      caption: {
        plain: `Unos ${Math.round(rest)} en reposo, igual que el aire de alrededor. Por debajo de 0 el líquido se estira, como el agua de una jeringa tapada cuando se tira del émbolo.`,
        detailed: `Presión absoluta en la cápsula: ${es(rest, 1)} kPa en reposo (la del ambiente), hasta ${letGo} kPa de tensión cuando la capa se suelta, y luego sube de nuevo al recuperarse la cápsula. Estimaciones del modelo.`,
      },
    },
    radius: {
      title: { plain: 'Tamaño de la bolsa de gas', detailed: 'Radio de la cavidad' },
      caption: {
        plain: 'Crece rápido con el crujido y luego se encoge en parte. Queda algo de gas.',
        detailed:
          'Radio de la cavidad: crecimiento rápido en la separación y luego un colapso parcial, amortiguado por el gas, que deja una cavidad residual.',
      },
    },
    sound: {
      title: { plain: 'Sonido en la piel', detailed: 'Presión acústica en la piel (normalizada)' },
      caption: {
        plain: 'En porcentaje de su punto más fuerte. El modelo no puede saber lo fuerte que es un crujido real.',
        detailed:
          'Presión en la piel como porcentaje del pico de esta prueba (−100 a 100 %). Su tamaño en pascales depende de constantes de tejido estimadas, y no se encontró ningún nivel de sonido publicado, así que no se muestra.',
      },
    },
  },
  plotSilent: noPop,
  plotTimeNote: {
    plain: 'Tiempo en ms (milésimas de segundo) desde que empezó el tirón. Línea roja: las caras se sueltan.',
    detailed:
      'Tiempo desde el inicio del impulso, en ms. Línea roja discontinua: el momento de la separación y del inicio de la cavidad.',
  },
  plotSummary,
  modelLabels: {
    density: 'Densidad del líquido',
    viscosity: 'Viscosidad del líquido (efectiva)',
    surfaceTension: 'Tensión superficial',
    vapourPressure: 'Presión de vapor a 37 °C',
    polytropicExponent: 'Exponente politrópico del gas',
    ambientPressure: 'Presión de la articulación en reposo',
    tensileThreshold: 'Tensión a la que se suelta la capa de líquido',
    effectiveFluidThickness: 'Grosor efectivo del líquido',
    onsetGap: 'Separación media de las articulaciones que crujieron (aquí se suelta el modelo)',
    noCavitationGap: 'Separación media de las articulaciones que no crujieron',
    gasFraction: 'Gas liberado, parte del volumen de la articulación',
    loadingTime: 'Duración del tirón (impulso)',
    recoilTime: 'Tiempo de recuperación de la cápsula',
    gasReleaseTime: 'Tiempo de liberación del gas',
    skinDepth: 'Profundidad de la articulación bajo la piel',
    tissueResonance: 'Resonancia del tejido',
    tissueDamping: 'Coeficiente de amortiguación del tejido',
    tissueLowPass: 'Corte de altas frecuencias del tejido',
    popDuration: 'Duración de un crujido',
    peakFrequencyMean: 'Frecuencia pico, media',
    peakFrequencyMode: 'Frecuencia pico, la más común',
    peakFrequencyMin: 'Frecuencia pico, la más baja vista',
    peakFrequencyMax: 'Frecuencia pico, la más alta vista',
    refractoryPeriod: 'Tiempo antes de que un nudillo pueda volver a crujir (prestado para la columna)',
    dissolvedBelow: 'Parte del gas que se cuenta como disuelta',
  },
}
