import type { UserEvent } from '@testing-library/user-event';

/**
 * Puts text into a field in one input event, as a paste does. Typing it key by key re-renders
 * the whole form once per character: a second or more per word on a loaded machine, and the
 * forms under test do not care how the text arrived.
 */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
