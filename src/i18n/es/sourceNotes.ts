import type { SourcesOverlay } from '../overlay'

/**
 * The Sources list in Spanish: each source's note (how its value was obtained) by key, and the team
 * estimate's citation. Citations (authors, titles, journals) stay as published.
 */
export const SOURCES_ES: SourcesOverlay = {
  estimateCitation: 'Estimación del equipo de Facet: no se encontró ningún valor publicado para esto.',
  notes: {
    panjabi1992:
      'Valores por nivel a través de una transcripción secundaria. No se confirmó ningún identificador del trabajo, así que no se da enlace.',
    panjabi1991t: 'Valores de T11–T12 a través de una transcripción secundaria.',
    busscher2010: 'TC de cadáveres de varones; a través de una transcripción secundaria.',
    facetAngles599Spines2016:
      'Leído en el resumen (599 columnas lumbares secas de la colección Hamann-Todd; el ángulo entre cada carilla articular superior y la apófisis espinosa, en ambos lados, de T12–L1 a L5–S1, donde es de 49,1 ± 12,4°). No se registraron los autores.',
    masharawi2011:
      'Tendencias por nivel de las apófisis espinosas, leídas en el resumen (digitalizador 3-D, 4080 vértebras secas de 240 personas); no se llegó a consultar las tablas por nivel.',
    lumbarSpinousMri:
      'Leído en el resumen: la apófisis espinosa es más baja y más corta en L5. No se registraron los autores ni la revista.',
    clouthier2023:
      'Modelo estadístico de forma de L2–L5 a partir de la TC de 87 pacientes. Medias del conjunto L2–L5 leídas en los archivos de datos que los autores publican con el modelo; el tamaño medio de L4, medido en la malla media del modelo.',
    valosek2024:
      'Medias por nivel de la anchura y la profundidad de la médula, calculadas a partir de los datos publicados por sujeto.',
    gray1918:
      'Los engrosamientos de la médula, leídos en esta página; su longitud, tal como se cita de esta edición (fuente secundaria).',
    saifuddin1998:
      '504 resonancias magnéticas: el cono termina, en promedio, en el tercio inferior de L1, desde la mitad de T12 hasta la parte superior de L3.',
    kim2012: 'Dónde se unen a la médula las raíces cervicales y torácicas, respecto a los cuerpos vertebrales.',
    suh2005: 'No se registró el título.',
    silverstein2015: 'Ganglios en la zona medial del agujero en L1–L4 y en la lateral en L5; tamaño del ganglio de L5.',
    shen2006: 'El 5,7 % de los ganglios de L5 están dentro del conducto.',
    moon2010: 'El ganglio de S1 estaba dentro del conducto en el 83 %.',
    torun2008: 'Diámetros de las raíces lumbares, de 3,5 en L1 a 5,6 mm en L5.',
    khasawneh2023: 'Diámetro de la raíz S1 y grosor del ligamento amarillo por nivel.',
    filum2002:
      'Longitud del filum 156,44 mm (112,8–211,1), 1,38 mm de grosor en su inicio. No se registraron los autores.',
    panjabi1991ligaments:
      'Anchuras de los ligamentos longitudinales en el cuello. La página consultada no muestra los autores.',
    salaud2018: 'Anchura del ligamento longitudinal posterior lumbar, de 7,8 mm en L1 a 1,9 mm en L5.',
    lee2018pll:
      'El ligamento longitudinal posterior sobre los discos lumbares: una banda central y un abanico más ancho.',
    mahato2013: 'Grosor del ligamento interespinoso en la columna lumbar.',
    heylings1978:
      'Dónde termina el ligamento supraespinoso (con más frecuencia en L4); leído a través de una síntesis posterior del propio autor.',
    cattrysse2007:
      'Longitud del ligamento transverso del atlas (media de 21 mm) y de los ligamentos alares (9 ± 2,5 mm) y ángulo entre los alares (117°), en 20 piezas frescas; leído en el resumen.',
    gray1918Pivot:
      'Descripción de libro de texto del pivote entre el atlas y el axis: una articulación delante del diente y otra detrás, contra el ligamento transverso, cada una con su propia membrana sinovial; y de las membranas del cráneo al atlas: la membrana atlantooccipital anterior, ancha y de fibras densas con un cordón redondeado en el medio, y la posterior, ancha pero fina, pegada a la duramadre y abierta a cada lado sobre el surco de la arteria vertebral. Leído en la página y en una copia del texto.',
    rojas2007:
      'TC de 200 adultos: el espacio entre el frente del diente y el atlas (intervalo atlantodental) fue de 1,3 mm de media y menor de 2 mm en el 95 %; de la punta del diente al basion, menos de 8,5 mm en el 95 %; el espacio articular atlantooccipital, medido en el centro de la articulación, 1,0 ± 0,23 mm (0,5–1,8). Leído en el resumen y su tabla.',
    oda1992:
      'Cinco piezas del cráneo a C3: al cortar la membrana tectoria la cabeza se doblaba 6,7° más hacia delante y giraba algo más; hacia atrás no cambió. Leído en el resumen; no se confirmó un identificador, así que no se da enlace.',
    osmotherly2020:
      'Once cadáveres: una capa profunda fija a la cara posterior del cuerpo de C2 y otra superficial que sigue hacia abajo en el ligamento longitudinal posterior; ambas se abren en abanico sobre la base del cráneo, delante del agujero magno. Leído en el resumen.',
    tubbs2000apical:
      'Veinte cadáveres adultos: el ligamento faltaba en uno de cada cinco y no añadía estabilidad medible. Leído en el resumen, en una página sin dirección segura; sus medidas no se leyeron. No se confirmó un identificador, así que no se da enlace.',
    dvorak1987alar:
      'Diecinueve piezas: cada ligamento mide 10–13 mm de largo y unos 3 × 6 mm de sección; el izquierdo frena el giro de la cabeza a la derecha, y al revés. Leído en el resumen.',
    panjabi1991alar:
      'Diez piezas: al cortar el ligamento alar izquierdo la cabeza se inclinaba más a la derecha, no a la izquierda. Leído en el resumen.',
    singer1988:
      '214 columnas: el paso brusco de carillas torácicas a lumbares en un mismo hueso estaba en T12 en el 29 %, en T11 en el 16 % y en L1 en el 0,5 %; un paso gradual entre T11 y T12 en el 54 %. Leído en el resumen.',
    palRoutal1999:
      '44 columnas secas: las carillas giraban poco a poco a lo largo de dos o tres huesos en 41 y de golpe en 3; al girar hacia el lado, la carilla superior se une al tubérculo mamilar. Leído en el resumen.',
    mhReflexes:
      'Una guía docente: sitúa el reflejo rotuliano en las raíces L2 a L4, donde la tabla lumbar lo pone en L4. Leído en la página.',
    mercer2003: 'Las partes del ligamento nucal: un rafe dorsal y un tabique en la línea media.',
    ebraheim2003:
      'Área de la articulación sacroilíaca (hombres y mujeres). La página consultada no muestra los autores.',
    sijLimbs1993: 'Los dos brazos de la articulación y el ángulo entre ellos. No se registraron los autores.',
    vleeming1990: 'Las crestas y los surcos de la articulación sacroilíaca.',
    jacob1995: 'Alrededor de 1,7° de rotación y 0,7 mm de traslación.',
    iliolumbar2023: 'Longitud del ligamento iliolumbar, 31,7 mm. No se registraron los autores.',
    radhakrishnan1994:
      'C7 y después C6 son las raíces afectadas con más frecuencia. En el seguimiento (mediana de 4,9 años), alrededor del 90 % tenía pocos síntomas o ninguno; alrededor de 1 de cada 4 había sido operado.',
    chan2021:
      'TC de 330 adultos; lámina de C2 de 5,74 ± 1,31 mm de ancho, 11,76 ± 1,69 mm de alto y 24,96 mm de largo; datos leídos en el resumen.',
    saetia2015:
      'TC de 200 vértebras C2 de adultos; diámetro transversal externo de la lámina 6,64 ± 1,36 mm; datos leídos en el resumen.',
    cervicalTypical2020: 'Datos agrupados de los niveles típicos, leídos en el resumen; no se registraron los autores.',
    whitePanjabi1990:
      'Valor de libro de texto citado de memoria, no comprobado de nuevo. Libro de texto; sin identificador en línea.',
    neumann2010: 'Tal como lo cita una página web secundaria. Libro de texto; sin identificador en línea.',
    hung2020: 'Tamaño de la masa lateral del atlas en la TC de 120 adultos.',
    gray1918Atlas:
      'Descripción de libro de texto de las masas laterales y sus carillas, leída tal como se cita en una copia de un artículo de enciclopedia.',
    rekha2016:
      'El título se describe con nuestras palabras: la página consultada muestra los autores, la revista y los resultados, pero no el título.',
    acharya2021:
      'TC de 200 adultos; la menor anchura externa de la apófisis odontoides, 8,80 mm (rango 6,1–11,9); datos leídos en el resumen.',
    patraForamen:
      '200 vértebras C3–C7 secas de 40 columnas; el agujero mide 5,68 ± 1,20 mm de ancho a la derecha y 5,76 ± 1,29 mm a la izquierda, agrupando los cinco niveles; datos leídos en el resumen. La página consultada no mostraba el año ni el volumen.',
    lu1998:
      '54 columnas secas (270 vértebras, C3–C7): las apófisis son más altas en C4–C6 (medias de 5,8–6,1 mm), y su base mide 4,9 mm de ancho en C3 y 6,3 mm en C7; datos leídos en el resumen. La página consultada no muestra los coautores.',
    axisLateralMass2014:
      'Vértebras axis secas; medias leídas en la tabla 2 del artículo (carilla superior 16,34 × 14,35 mm, pedículo de 8,82 mm de ancho, agujero transverso de 5,11 ± 0,91 mm de largo, rango 2,75–6,50). No se registraron los autores, el tamaño de la muestra ni cómo se midió la longitud del agujero.',
    ebraheim1997:
      'A través de una transcripción secundaria: la página de IMAIOS e-Anatomy sobre S2 cita las medias de su cuerpo (25,0 mm de alto, 13,5 mm de delante atrás, 29,4 mm de ancho). No se registraron la muestra ni la dispersión.',
    ebraheim1998:
      '21 sacros secos de adultos; los agujeros de S1 a S3 se marcaron con alambre y se midieron en una radiografía de perfil: unos 13 mm de alto en S1 y S2 y 10 mm en S3; datos leídos en el resumen, que no da la dispersión ni dice si es el orificio de delante o el de atrás.',
    abera2021:
      '61 sacros secos; hiato de 22,67 ± 11,84 mm de largo, con su vértice con más frecuencia en S4 (60,7 %); datos leídos en el resumen.',
    shewale2013:
      '204 sacros secos; anchura en la base del hiato 13,68 ± 3,87 mm en varones, vértice en S4 en el 66,5 %; datos leídos en el resumen.',
    kim2023:
      'TC 3D de 632 pacientes; anchura del primer agujero sacro posterior 8,3 ± 1,6 mm en hombres, leída en la tabla 2 del artículo.',
    saluja2018:
      '108 sacros secos de adultos; altura y anchura de los agujeros sacros primero y segundo, anteriores (pélvicos) y posteriores; datos leídos en el resumen.',
    nastoulis2023:
      '155 sacros secos griegos de sexo conocido; el conducto mide 5,39 ± 1,84 mm de profundidad (de delante atrás) en el vértice del hiato, y los cuernos sacros están separados 12,41 ± 3,16 mm; datos leídos en el resumen.',
    leighton1994:
      'Libro de texto; sin identificador en línea. La ecuación se leyó en una transcripción pública del libro.',
    nhsEngland: 'Leído en una copia del folleto.',
    versusArthritisNeck: 'Leído en una copia del folleto.',
    mcgillCatCamel: 'Síntesis secundaria.',
    clinicChinTuck: 'Indicaciones de clínicas, no un ensayo.',
    clinicSelfSnag: 'Indicaciones de clínicas, no un ensayo.',
    clinicThoracicExtension: 'Indicaciones de clínicas, no un ensayo.',
    mckenzieExtension: 'Fuentes secundarias.',
    clinicPiriformis: 'Indicaciones de clínicas, no un ensayo.',
    clinicCoccyx: 'Indicaciones de clínicas, no un ensayo.',
    cramer2017:
      'Diez personas (5 sanas, 5 con dolor lumbar): la crepitación de la zona lumbar se pudo registrar con acelerómetros y un micrófono; era más frecuente en los grupos de más edad y con dolor de espalda, y menos frecuente tras la manipulación. No se estudió el desgaste articular, así que no demuestra que el roce venga de articulaciones facetarias con artrosis.',
    selfCrackingExperts: 'Solo opinión de expertos.',
    nhsBackPain: 'Leído en copias de la página; qué signos figuran bajo cada acción cambió entre versiones.',
    strokeSigns: 'Leído en páginas que lo citan; la página en sí no se abrió.',
    womensHealth2018:
      'Artículo de revista: solo orientativo. El enlace lleva al mismo consejo tal como apareció impreso en Women’s Health Australia, en septiembre de 2018.',
    c7TransverseForamen: 'Leído en el resumen; no se registraron los autores.',
    upperCervicalShare: 'Apuntes docentes, no un estudio de medición.',
    jointSoundsLay: 'Páginas divulgativas: solo orientativas, no son pruebas.',
    medscapeVad:
      'Referencia clínica: entumecimiento de la cara, dificultad para hablar o tragar, visión doble y vértigo como signos de disección de la arteria vertebral.',
    grays2020: 'Descripción de libro de texto, no una medición; sin identificador en línea.',
    estimate:
      'No se encontró ningún valor publicado por nivel; la cifra es una estimación guiada por la tendencia publicada y se muestra como tal.',
    winter2009:
      'Las fracciones se leyeron en reproducciones secundarias de la figura del libro, que coinciden entre sí; no se confirmó ningún identificador en línea del libro, así que no se da enlace.',
    wozniak1990:
      'Cómo programan los repasos las tarjetas de estudio (intervalos de 1 y 6 días, y después multiplicados por el E-Factor); no es una afirmación médica.',
    kimWeller2000:
      'Leído en el resumen: una hernia a la altura del pedículo o más allá comprime la raíz que sale, no la que pasa de largo; son el 2,6–11,7 % de las hernias lumbares, y el 52 % están en L4–5.',
    zhang2016:
      'A través de las notas de referencia del equipo: de los discos herniados, el 26,1 % en L4/5 y el 24,1 % en L5/S1; después, L3/4.',
    meyerdingGrades: 'Sitio web de referencia de radiología (secundario); los mismos grados en Medscape.',
    medscapeSpondylolisthesis:
      'Referencia clínica (secundaria), a través de las notas de referencia del equipo: deslizamientos ístmicos en L5–S1 en el 82 %; los degenerativos, sobre todo en L4–L5, y unas tres veces más frecuentes en mujeres.',
    yoshiiwa2016:
      'Leído en el resumen: ligamento amarillo de 4,4 mm de media en L4–5 en la estenosis; más grueso con degeneración discal y artrosis facetaria.',
    genantGrades:
      'Su introducción recoge los grados semicuantitativos de Genant (grado 1: pérdida del 20–25 % de una altura vertebral; grado 2: 25–40 %; grado 3: más del 40 %) y dice que tratar estas fracturas puede prevenir nuevas fracturas vertebrales y de cadera.',
    wang2023:
      'Leído en el resumen y en el pie de su figura 2: 1530 vértebras con fractura aguda en 1182 personas ingresadas en un centro de columna de China (2016–2020); L1, T12 y L2 fueron las tres que más se fracturaron, tanto si se rompió una vértebra como varias. Es una serie hospitalaria de fracturas agudas, no una encuesta de población. Sustituye a un artículo de 2019 de Quant Imaging Med Surg que las notas de referencia del equipo daban para estos niveles, pero que no se pudo encontrar para comprobarlo.',
    qimsVertebralFracture:
      'Leído en el artículo: estas fracturas suelen producirse, de forma clásica, al agacharse, caminar o levantar cosas ligeras en la vida diaria; la mayoría pasan clínicamente desapercibidas, tres de cada cuatro personas no buscan atención y hasta dos de cada tres no causan síntomas notablemente graves; varias pueden causar pérdida de estatura y una parte alta de la espalda más redondeada; tener una predice otras. No se registraron el volumen ni las páginas.',
    msdStenosis:
      'Referencia clínica (secundaria): dolor en las nalgas y las piernas al caminar o estar de pie, que se alivia al sentarse o inclinarse hacia delante; rara vez, un síndrome de cola de caballo.',
    engstrom2015:
      'Tabla de libro de texto, leída en una copia electrónica con licencia (la página es la tabla 48-1 del Manual, que remite al capítulo de los Principios para la exploración; la clave conserva a los autores del capítulo): L4, dolor en la cara anterior y externa del muslo, la rodilla y la cara interna de la pantorrilla, entumecimiento de la cara interna de la pantorrilla, debilidad al extender la rodilla, reflejo rotuliano disminuido; L5, dolor en la nalga, la cara posterior y lateral del muslo, la cara externa de la pantorrilla y el dorso del pie, entumecimiento del dorso del pie y de la cara externa de la pantorrilla, debilidad al levantar el pie y los dedos (dorsiflexión) y en la eversión del pie. Sus otras filas, leídas en la misma página: L2, entumecimiento de la parte alta de la cara anterior del muslo, debilidad al flexionar la cadera; L3, entumecimiento de la parte baja de la cara anterior del muslo y de la cara anterior de la rodilla, debilidad al flexionar la cadera, extender la rodilla y aducir el muslo; S1, dolor de la nalga por la cara posterior del muslo y la pantorrilla hasta la planta, entumecimiento de la planta y del borde externo del pie, debilidad en la flexión plantar, la flexión de los dedos y la extensión de la cadera, reflejo aquíleo disminuido; sin reflejo para L2, L3 ni L5.',
    kang2020:
      'Revisión. Su tabla por raíz: C6 da dolor en el cuello, la cara externa del antebrazo, el pulgar y el índice, debilidad al flexionar el codo, girar el antebrazo y levantar la muñeca, y alteración de los reflejos bicipital y braquiorradial; la radiculopatía produce dolor de cuello y brazo con pérdida sensitiva, debilidad y cambios en los reflejos según el dermatoma. La misma tabla (tabla 3): C5, dolor sobre el omóplato y en la cara externa del brazo, debilidad en la abducción y la rotación externa del hombro y al flexionar el codo, reflejo bicipital; C7, dolor en la parte baja del cuello, entre los omóplatos, en la cara posterior del antebrazo y en el dedo medio, debilidad al extender el codo, en la pronación, al flexionar la muñeca y al extender los dedos, reflejo tricipital; C8, dolor entre los omóplatos y por debajo de ellos, en la cara interna del antebrazo y en los dos últimos dedos, debilidad de los músculos de la mano y al flexionar los dedos, sin reflejo.',
    kirshblum2011:
      'La hoja de exploración ISNCSCI de la American Spinal Injury Association: un punto sensitivo clave para cada dermatoma de C2 a S4–5 (ninguno para C1) y un grupo muscular clave para cada nivel de C5–T1 y de L2–S1. Puntos leídos en la hoja de puntos sensitivos clave de 2008 y en copias secundarias de la norma; sin cambios en la revisión de 2019.',
    lee2008dermatomes:
      'Revisión sistemática de los mapas de dermatomas: los mapas habituales de los libros se basan en estudios con fallos; su mapa basado en pruebas muestra la zona más constante de cada raíz e insiste en que los dermatomas vecinos se solapan y varían entre personas. Leído en el resumen.',
    medscapeLumbosacralRadiculopathy:
      'Referencia clínica (secundaria): estar sentado, toser o estornudar puede empeorar el dolor; este va desde la nalga, por la cara posterior o lateral de la pierna, hasta el tobillo o el pie; las raíces L5 y S1 explican la mayoría de los déficits (L5: dorso del pie, cara lateral de la parte baja de la pierna).',
    lothianLumbarRedFlags:
      'Vía clínica para profesionales clínicos. La página de NHS Lothian RefHelp sobre afecciones lumbares graves añade que, ante un pie caído agudo, es esencial una opinión temprana.',
    mccartney2018:
      'La mielopatía cervical (una médula espinal comprimida en el cuello, por un disco, el desgaste óseo o un conducto estrecho) causa síntomas en los brazos y las piernas, a menudo de forma lenta, y requiere un tratamiento urgente. No se registraron el volumen ni las páginas.',
    davies2018:
      'Revisión para la práctica: pensar en ella ante entumecimiento, pérdida de destreza en las manos, desequilibrio, caídas o incontinencia, y derivar sin demora a un especialista, ya que el retraso puede dejar una discapacidad duradera.',
    humberSpinePathway:
      'Vía clínica para profesionales clínicos: los cuadros con signos de alarma (compresión medular, cola de caballo, infección, cáncer) requieren comentarse con urgencia con el equipo de guardia o con la sala de emergencias, y la vía urgente es para un empeoramiento neurológico agudo que requiere valoración en un plazo de 8 horas.',
    chcpBackPain:
      'Página para pacientes: ponerse en contacto de inmediato con un médico de atención primaria o con el NHS 111 ante dolor de espalda y debilidad repentina y marcada en los brazos o las piernas, o mala coordinación o brazos y piernas pesados que afecten a la marcha; los signos de cola de caballo se enumeran junto a ellos.',
    hasegawa1995:
      'A través de las notas de referencia del equipo y del resumen: en 100 agujeros de cadáveres, 8 de cada 10 con una altura discal posterior de 4 mm o menos, y 4 de cada 5 con una altura foraminal de 15 mm o menos, tenían una raíz comprimida.',
    sharma2018:
      'El cuerpo de S1 en 282 sacros secos: en hombres, 30,7 mm de delante atrás y 47,8 mm de lado a lado; en mujeres, 28,9 y 44,6 mm. Leído en el resumen, que da 3,07, 4,78, 2,89 y 4,46 sin unidad; se leen como centímetros, la única unidad que encaja con un cuerpo sacro. El nombre de la revista no aparecía junto al artículo; es la del ISSN (2394-2126) que lleva el DOI.',
    gray1918Occipital:
      'Descripción de libro de texto del hueso occipital. Esta página: el agujero magno, ovalado y más ancho por detrás, donde lo estrechan los cóndilos; lo que pasa por él (el bulbo y sus membranas, los nervios accesorios, las arterias vertebrales y espinales, la membrana tectoria y los ligamentos alares); la membrana tectoria, fijada cerca de su borde anterior en la cara superior de la porción basilar. La página anterior (cóndilos convexos que miran hacia abajo y afuera, con un tubérculo medial para el ligamento alar) se leyó en una copia de otro sitio.',
    sharmaMehra2018:
      '75 cráneos secos medidos con calibre digital: el agujero magno mide 35,11 ± 3,12 mm de delante atrás y 29,35 ± 3,48 mm de ancho. Leído en el resumen. (Otras series de nuestras notas de investigación coinciden: unos 35 × 29,5 mm en hueso seco, y 2–4 mm más en hombres en la TC.)',
    le2011:
      'TC de 170 pacientes (340 cóndilos): cada cóndilo occipital mide 22,38 ± 2,19 mm de largo, 11,18 ± 1,44 mm de ancho y 9,92 ± 1,30 mm de alto. Leído en el resumen; la revista no aparecía en la página leída.',
    naderi2005:
      '202 cráneos secos (404 cóndilos): cóndilos de 23,4 mm de largo y 10,6 mm de ancho; sus puntas delanteras a 21,0 mm una de otra y las traseras a 41,6 mm, con sus ejes largos a 59°. Leído en el resumen (solo medias). No se confirmó un identificador, así que no se da enlace.',
    kaneko2018:
      'RM de 157 voluntarios sanos en posición neutra, flexión completa y extensión completa: la cabeza cabeceó sobre C1 (C0–C1) 9,91° de media, con un rango normal de 0–21° y sin diferencia entre hombres y mujeres. Leído en el resumen.',
    ishii2004:
      'RM en 3D de 15 voluntarios girando la cabeza: C0–C1 giró 1,7 ± 1,5° a cada lado y C1–C2, 36,2°; C0–C1 además se inclinó un poco al otro lado y se echó hacia atrás. Leído en el resumen. No se confirmó un identificador en una página propia, así que no se da enlace.',
    sayah2021:
      'RM de 10 voluntarios: el ángulo entre el tercio inferior de la cara posterior del clivus y la cara posterior del diente y del cuerpo de C2 fue de 156,9 ± 4,2° de media en todas las posiciones del cuello (de 134 a 179°): 144,7° en flexión y 169,2° en extensión. Leído en el resumen.',
    koslosky2020:
      'Leído en sus primeras páginas: la mayoría de los deslizamientos no causan síntomas; en adultos son sobre todo degenerativos, más frecuentes en mujeres y con más frecuencia en L4–L5; la progresión varía, y los grados altos son más propensos a ella.',
  },
}
