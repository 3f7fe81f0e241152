import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'wordnet-base';

/** Where the unpacked WordNet database is, and which Debian package it came from. */
export interface FetchedWordnet {
  /** Folder with `data.noun`, `index.noun`, ... */
  dictDir: string;
  /** Debian version of the package, e.g. `1:3.0-37`. */
  version: string;
  /** The package's debian/copyright file (holds the WordNet 3.0 licence). */
  copyrightPath: string;
}

/**
 * Downloads Debian's `wordnet-base` without installing it and unpacks it with `dpkg -x`.
 * A `.deb` already in `cacheDir/debs` is reused, so a second run needs no network.
 * @param cacheDir folder for the `.deb` file and its unpacked tree
 * @returns where the database files are
 * @throws when the package can be neither found in the cache nor downloaded
 */
export function fetchWordnet(cacheDir: string): FetchedWordnet {
  const debDir = join(cacheDir, 'debs');
  const rootDir = join(cacheDir, 'root');
  mkdirSync(debDir, { recursive: true });
  mkdirSync(rootDir, { recursive: true });
  let deb = findDeb(debDir);
  if (deb === undefined) {
    execFileSync('apt-get', ['download', PACKAGE], { cwd: debDir, stdio: ['ignore', 'ignore', 'pipe'] });
    deb = findDeb(debDir);
  }
  if (deb === undefined) throw new Error(`build-synonyms: apt-get download ${PACKAGE} left no .deb in ${debDir}`);
  const dictDir = join(rootDir, 'usr/share/wordnet');
  if (!existsSync(join(dictDir, 'data.noun'))) execFileSync('dpkg', ['-x', join(debDir, deb), rootDir]);
  // apt-get escapes the epoch colon of "1:3.0-37" as %3a in the file name.
  const version = decodeURIComponent(deb.split('_')[1] ?? 'unknown');
  return { dictDir, version, copyrightPath: join(rootDir, 'usr/share/doc', PACKAGE, 'copyright') };
}

function findDeb(debDir: string): string | undefined {
  return readdirSync(debDir).filter((name) => name.startsWith(`${PACKAGE}_`) && name.endsWith('.deb')).sort().at(-1);
}
