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
