/**
 * Which documents each watched file gave, so that a file deleted from the folder, or rewritten
 * without some of its documents (a JSONL file that lost lines), takes those documents out of
 * the index. A document id given by two files stays while either file still gives it.
 */
export class FileDocuments {
  private readonly idsOf = new Map<string, Set<string>>();

  /**
   * Records what the files of one batch gave now, and returns the ids that no file gives any
   * more: those of the gone files and those a rewritten file dropped.
   * @param read each read file with the ids it gave this time
   * @param gone files deleted from the folder
   */
  update(read: ReadonlyMap<string, readonly string[]>, gone: Iterable<string>): string[] {
    const dropped = new Set<string>();
    for (const file of gone) {
      for (const id of this.idsOf.get(file) ?? []) dropped.add(id);
      this.idsOf.delete(file);
    }
    for (const [file, ids] of read) {
      const now = new Set(ids);
      for (const id of this.idsOf.get(file) ?? []) if (!now.has(id)) dropped.add(id);
      this.idsOf.set(file, now);
    }
    for (const ids of this.idsOf.values()) for (const id of ids) dropped.delete(id);
    return [...dropped].sort();
  }

  /** True when the file was read by this watch (its documents are known). */
  knows(file: string): boolean {
    return this.idsOf.has(file);
  }
}
