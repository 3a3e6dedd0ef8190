import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

interface LockPackage {
  version?: string
  optionalDependencies?: Record<string, string>
}

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockPackage>
}

// `npm ci` stops with "Missing … from lock file" when a package's optional platform builds (Biome,
// Rolldown, esbuild…) were left out of the lockfile by the machine that wrote it. Every optional
// dependency must be recorded, for every platform, so a clean install works on any machine.
describe('package-lock.json', () => {
  it('records every optional platform package of every locked package', () => {
    const missing: string[] = []
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path}/node_modules/${name}`
        const hoisted = `node_modules/${name}`
        if (!lock.packages[nested] && !lock.packages[hoisted]) missing.push(`${name} (for ${path || 'the project'})`)
      }
    }
    expect(missing).toEqual([])
  })

  it('pins the same versions package.json asks for', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const root = lock.packages['']
    expect(root).toBeDefined()
    const rootDeps = root as LockPackage & {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    expect(rootDeps.dependencies).toEqual(pkg.dependencies)
    expect(rootDeps.devDependencies).toEqual(pkg.devDependencies)
  })
})
