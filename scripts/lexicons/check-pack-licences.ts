import type { LexiconPackFile } from '../../src/crosslingual/lexicon-pack.js';
import { licenseFamily } from './pack-recipes.js';

/**
 * What keeps a pack from being licence-clean, read from its own metadata: a source of another
 * family (or of none), a licence expression naming another family, a compiled pivot whose
 * meaning dictionaries are not listed, or an attribution that does not name every source.
 * @param pack the parsed pack
 * @param folderFamily the family folder it sits in (`gpl`, `cc-by-sa-3.0`)
 * @param attribution the text of its ATTRIBUTION.md, when there is one
 * @returns one sentence per problem; [] when the pack is of one family
 */
export function packLicenceProblems(pack: LexiconPackFile, folderFamily: string, attribution: string | undefined): string[] {
  const problems: string[] = [];
  if (pack.family !== folderFamily) problems.push(`says family ${pack.family} but sits in ${folderFamily}/`);
  if (pack.sources.length === 0) problems.push('lists no sources');
  for (const source of pack.sources) {
    const family = licenseFamily(source.license);
    if (family !== folderFamily) problems.push(`source ${source.code} is ${source.license} (${family ?? 'no family'}), not ${folderFamily}`);
    // "pivot through deu-eng + eng-deu": what the pivot was read through went into the pack too.
    const through = /^pivot through (.+)$/.exec(source.role)?.[1]?.split(' + ') ?? [];
    for (const code of through) {
      if (!pack.sources.some((other) => other.code === code)) problems.push(`pivot ${source.code} was read through ${code}, which is not listed`);
    }
  }
  for (const id of pack.license.split(' AND ')) {
    if (licenseFamily(id) !== folderFamily) problems.push(`licence ${id} is not of ${folderFamily}`);
  }
  for (const pivot of pack.pivots) {
    if (!pack.sources.some((source) => source.code === pivot.code)) problems.push(`pivot links ${pivot.code} are not listed as a source`);
  }
  if (attribution === undefined) problems.push('has no ATTRIBUTION.md');
  else {
    if (!attribution.includes(`SPDX-License-Identifier: ${pack.license}\n`)) problems.push('ATTRIBUTION.md does not state the pack\'s licence');
    for (const source of pack.sources) {
      if (!attribution.includes(`\`${source.package}\` ${source.version}`)) problems.push(`ATTRIBUTION.md does not name ${source.package} ${source.version}`);
    }
  }
  return problems;
}
