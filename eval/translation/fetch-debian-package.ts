import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where a Debian package was unpacked, or why it could not be. */
export type FetchedPackage = { root: string } | { skipped: string };

/**
 * Fetches a Debian package with `apt-get download` and unpacks it with `dpkg -x` (nothing is
 * installed). Both steps are skipped when the unpacked folder is already in the cache.
 * @param name package name, e.g. `debian-reference-id`
 * @param cacheDir cache folder (the repository's `.cache/debian`, gitignored)
 * @returns the unpacked root, or a reason to skip (no apt, no network, unknown package)
 */
export function fetchDebianPackage(name: string, cacheDir: string): FetchedPackage {
  const root = join(cacheDir, name);
  if (existsSync(join(root, 'usr'))) return { root };
  try {
    mkdirSync(cacheDir, { recursive: true });
    let deb = readdirSync(cacheDir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    if (deb === undefined) {
      execFileSync('apt-get', ['download', name], { cwd: cacheDir, stdio: 'pipe', timeout: 120_000 });
      deb = readdirSync(cacheDir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    }
    if (deb === undefined) return { skipped: `apt-get download ${name} gave no .deb` };
    execFileSync('dpkg', ['-x', join(cacheDir, deb), root], { stdio: 'pipe', timeout: 120_000 });
    return { root };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'error' : String(error);
    return { skipped: `could not fetch ${name} (${message})` };
  }
}
