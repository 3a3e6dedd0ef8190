/** The address of the build's pack of bones' overview surfaces; null on a dev server (scripts/surfacePackPlugin.ts). */
declare module 'virtual:facet-overview-pack' {
  const url: string | null
  export default url
}
