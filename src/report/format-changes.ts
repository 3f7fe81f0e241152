import type { StoryChanges } from '../stories/diff-stories.js';
import type { StoryMember } from '../stories/types.js';
import type { Style } from './to-terminal.js';
import { countNoun } from './count-noun.js';

const describe = (relation: string, source: string | null): string => (source ? `${relation} of ${source}` : relation);
const member = (m: StoryMember): string => `${m.document}  ${describe(m.relation, m.source)}${m.relation === 'origin' ? '' : `  ${m.score.toFixed(2)}`}`;

/**
 * What an add or remove changed, as text: new stories with their members, then per changed
 * story the members that joined (+), left (-) or changed relation (~) and a changed origin,
 * then removed stories. Prints `no story changed` when nothing did.
 */
export function formatStoryChanges(changes: StoryChanges, style: Style): string {
  const out: string[] = [];
  for (const s of changes.created) {
    out.push(style.green(style.bold(`new story ${s.id}  ${countNoun(s.members.length, 'document')}, origin ${s.origin.document}`)));
    for (const m of s.members) out.push(`  + ${member(m)}`);
  }
  for (const u of changes.updated) {
    out.push(style.bold(`story ${u.story}${u.previousId ? ` (was ${u.previousId})` : ''}`));
    if (u.origin) out.push(style.yellow(`  origin ${u.origin.before} -> ${u.origin.after}`));
    for (const m of u.joined) out.push(style.green(`  + ${member(m)}`));
    for (const d of u.left) out.push(style.red(`  - ${d}`));
    for (const r of u.relations) out.push(`  ~ ${r.document}  ${describe(r.before.relation, r.before.source)} -> ${describe(r.after.relation, r.after.source)}`);
  }
  for (const id of changes.removed) out.push(style.red(`removed story ${id}`));
  return out.length === 0 ? 'no story changed' : out.join('\n');
}
