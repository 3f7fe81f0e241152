/** Provenance of one dictionary used in a pack. */
export interface PackSourceInfo {
  code: string;
  package: string;
  version: string;
  license: string;
  copyright: string;
  role: string;
}
export function writePackDocs(outDir: string): void {
  void outDir;
}
