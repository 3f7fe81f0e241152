import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where one FreeDict dictionary was unpacked, and what its Debian package says about it. */
export interface FetchedDictionary {
  /** FreeDict code, e.g. `eng-ind`. */
  code: string;
  package: string;
  /** Debian version of the package file used. */
  version: string;
  indexPath: string;
  dictPath: string;
  /** `License:` of the dictionary's stanza in debian/copyright, e.g. `CC-BY-SA-3.0`. */
  license: string;
  /** `Copyright:` of that stanza. */
  copyright: string;
}

/**
 * Downloads (without installing) and unpacks the Debian packages of FreeDict dictionaries.
 * Packages already in `cacheDir/debs` are reused, so a second run needs no network.
 * @param codes FreeDict codes such as `eng-ind`, `deu-eng`
 * @param cacheDir folder for `.deb` files and their unpacked trees
 * @returns the dictionaries found; codes whose package does not exist are left out
 */
export function fetchDictionaries(codes: readonly string[], cacheDir: string): Map<string, FetchedDictionary> {
  const debDir = join(cacheDir, 'debs');
  const rootDir = join(cacheDir, 'root');
  mkdirSync(debDir, { recursive: true });
  mkdirSync(rootDir, { recursive: true });
  const missing = codes.filter((code) => findDeb(debDir, code) === undefined);
  for (const code of missing) {
    try {
      execFileSync('apt-get', ['download', `dict-freedict-${code}`], { cwd: debDir, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      process.stderr.write(`build-lexicons: could not download dict-freedict-${code}: ${String(error)}\n`);
    }
  }
  const found = new Map<string, FetchedDictionary>();
  for (const code of codes) {
    const deb = findDeb(debDir, code);
    if (deb === undefined) continue;
    const indexPath = join(rootDir, 'usr/share/dictd', `freedict-${code}.index`);
    const dictPath = join(rootDir, 'usr/share/dictd', `freedict-${code}.dict.dz`);
    if (!existsSync(indexPath)) execFileSync('dpkg', ['-x', join(debDir, deb), rootDir]);
    if (!existsSync(indexPath) || !existsSync(dictPath)) continue;
    const pkg = `dict-freedict-${code}`;
    const stanza = copyrightStanza(join(rootDir, 'usr/share/doc', pkg, 'copyright'), code);
    found.set(code, {
      code,
      package: pkg,
      version: deb.split('_')[1] ?? 'unknown',
      indexPath,
      dictPath,
      license: stanza.license,
      copyright: stanza.copyright,
    });
  }
  return found;
}

function findDeb(debDir: string, code: string): string | undefined {
  const prefix = `dict-freedict-${code}_`;
  return readdirSync(debDir).filter((name) => name.startsWith(prefix) && name.endsWith('.deb')).sort().at(-1);
}

/**
 * Reads the licence of one dictionary from a machine-readable debian/copyright file,
 * whose stanzas are headed `Files: <code>/*`.
 * @returns licence and copyright holders; `unknown` when the stanza is missing
 */
export function copyrightStanza(path: string, code: string): { license: string; copyright: string } {
  if (!existsSync(path)) return { license: 'unknown', copyright: 'unknown' };
  const stanzas = readFileSync(path, 'utf8').split(/\n\s*\n/);
  const stanza = stanzas.find((text) => new RegExp(`^Files:\\s*${code}/\\*`, 'm').test(text));
  if (stanza === undefined) return { license: 'unknown', copyright: 'unknown' };
  const license = /^License:\s*(.+)$/m.exec(stanza)?.[1]?.trim() ?? 'unknown';
  const copyright = /^Copyright:\s*((?:.+)(?:\n\s+.+)*)/m.exec(stanza)?.[1]?.replace(/\s*\n\s*/g, '; ').trim() ?? 'unknown';
  return { license, copyright };
}
