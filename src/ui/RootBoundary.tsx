import { Component, type ReactNode } from 'react'

/**
 * What the page says if an error escapes every other boundary: React would otherwise unmount the whole app and
 * leave a blank dark page, with no word of what happened and no way on (a trust review, s37). Its words are
 * here, in both languages, not in the catalogs: the failure may be the language's own code.
 */
const WORDS = {
  en: {
    title: 'Facet stopped working',
    body: 'Something went wrong on this page. Reloading it usually helps, and keeps what the link shows.',
    reload: 'Reload the page',
  },
  es: {
    title: 'Facet dejó de funcionar',
    body: 'Algo falló en esta página. Suele bastar con volver a cargarla, y se conserva lo que muestra el enlace.',
    reload: 'Volver a cargar la página',
  },
} as const

export class RootBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    console.error('Facet stopped:', error)
  }
  override render() {
    if (!this.state.failed) return this.props.children
    const words = document.documentElement.lang === 'es' ? WORDS.es : WORDS.en
    return (
      <div className="root-failed" role="alert">
        <h1>{words.title}</h1>
        <p>{words.body}</p>
        <p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {words.reload}
          </button>
        </p>
      </div>
    )
  }
}
