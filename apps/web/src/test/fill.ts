import { fireEvent } from '@testing-library/react';

/**
 * Sets an empty field's text in one change event on that very field. Typing it key by key
 * re-renders the whole form once per character (a second or more per word on a loaded
 * machine), and a paste goes wherever the focus is at that moment, which a form may have
 * moved; the forms under test do not care how the text arrived.
 */
export function fill(field: HTMLElement, text: string): void {
  fireEvent.change(field, { target: { value: text } });
}
