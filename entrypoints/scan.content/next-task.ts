/**
 * Resolves in a new task. Used between loading stages (settings, claims, React), so that no
 * single task on the page's main thread does all of the start-up work at once.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
