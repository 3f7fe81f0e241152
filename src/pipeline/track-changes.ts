import { diffStories, type StoryChanges } from '../stories/index.js';
import type { Store } from '../stores/store.js';

/**
 * Runs a change to the store (an add, a remove) and reports how the stories changed, by
 * comparing the stored stories before and after it.
 * @param store the store the change writes to
 * @param change the work; its result is passed through
 */
export async function trackStoryChanges<T>(store: Store, change: () => Promise<T>): Promise<{ result: T; changes: StoryChanges }> {
  const before = await store.listStories();
  const result = await change();
  return { result, changes: diffStories(before, await store.listStories()) };
}
