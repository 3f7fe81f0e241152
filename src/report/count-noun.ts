/**
 * A count with its noun in the right number: "1 document", "14 documents", "1 story".
 * @param count how many
 * @param singular the noun for one
 * @param plural the noun for several (default: singular + "s")
 */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
