/** The address of the build's pack of bones' overview surfaces; null on a dev server (scripts/surfacePackPlugin.ts). */
declare module 'virtual:facet-overview-pack' {
  const url: string | null
  export default url
}

/** The address of the build's pack of the neural layer's structures shown at start; null on a dev server (scripts/surfacePackPlugin.ts). */
declare module 'virtual:facet-neural-pack' {
  const url: string | null
  export default url
}

/** Each bone's close-up surface pack's address; null on a dev server (scripts/surfacePackPlugin.ts). */
declare module 'virtual:facet-close-up-packs' {
  const urls: Readonly<Record<string, string>> | null
  export default urls
}

/** The address of the build's pack of the rest of the neural layer (cord, roots, ligaments); null on a dev server. */
declare module 'virtual:facet-neural-layer-pack' {
  const url: string | null
  export default url
}
