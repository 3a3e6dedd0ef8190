/**
 * The named parts of every bone: body, pedicles, laminae, processes, facets, foramina and each region's
 * own features, with what each is, what passes next to it and its key dimension, all with sources.
 *
 * Part ids: `<bone>/<part>[:<side>]`, the bone as in ../ids.ts, the part in lower-case words joined by
 * hyphens, the side the subject's own: 'L4/pedicle:left', 'C2/dens', 'sacrum/pelvic-foramen-s1:right',
 * 'coccyx/cornu:left'. `parsePartId` also accepts other letter cases ('l4/Pedicle:LEFT').
 *
 * Each part is one of three forms:
 *  - 'solid': the generators build it as named vertex ranges (`geometry.userData.parts`), which
 *    `partIdForBuilderPart` names, so a picked vertex names its part;
 *  - 'opening': a hole with no vertices of its own (the vertebral, transverse and sacral foramina, the
 *    sacral canal); `partAnchor` gives its centre in the bone's frame, for a label and a pick target;
 *  - 'area': a part of the surface that the geometry may or may not build as a range of its own (the
 *    sacral hiatus never; the promontory, the sacral cornua and the lumbar accessory processes only in
 *    generators from the whole-bone sizes work on); `partAnchor` always gives a point on it, and where
 *    the geometry has ranges for it `partIdForBuilderPart` names them and `partCentre` prefers them.
 *
 * Every part shows a key dimension with its source (an estimate tagged as one), or that of the facet it meets,
 * except where no published measure of the part was found (issue 10): each such `dimensions: []` says why, and
 * test/anatomy/parts.test.ts lists them, so a new part without a dimension fails.
 *
 * The folder, lowest first (each file imports only those above it):
 *  - neighbours.ts: a level's neighbours, and the nerve and disc between them;
 *  - ids.ts: the part kinds and ids, the types, and which parts each bone has (its slots);
 *  - words.ts: what the texts share (names, facts with sources, dimension rows, joint names);
 *  - processes.ts, ribs.ts, atlas.ts, then vertebra.ts: the mobile vertebrae's parts; sacrum.ts, coccyx.ts;
 *  - catalog.ts: every part described once and indexed (list, parse, look up, search);
 *  - anchors.ts: where openings and areas are; builderNames.ts: the geometry's range names → parts.
 * This file is the public API: import from 'anatomy/parts', not from the files.
 */

export { partAnchor } from './anchors'
export { ATLAS_INTERFORAMINAL_INNER } from './atlas'
export { type PartRangeLike, partCentre, partIdForBuilderPart, partRanges } from './builderNames'
export {
  allPartIds,
  blankOut,
  isPartId,
  listParts,
  parsePartId,
  partInfo,
  partLiesWithin,
  partName,
  searchParts,
  termOf,
} from './catalog'
export {
  type ParsedPart,
  type PartDimension,
  type PartForm,
  type PartId,
  type PartInfo,
  type PartKind,
  partId,
  type TextPair,
} from './ids'
