import { describe, expect, it } from '@jest/globals';
import { inline, renderTemplate } from './render.js';

describe('email rendering', () => {
  it('keeps a value on one line, whatever it holds', () => {
    expect(inline('Abdi\r\n\r\nClick\u2028here\u0085now\u0000!')).toBe('Abdi Click here now !');
    expect(inline('\u202Eevil\u2066 name  \t')).toBe('evil name');
    expect(inline(3)).toBe('3');
  });

  it('cannot add a header through the subject', () => {
    const { subject } = renderTemplate('en', 'registration_approved', {
      event: 'Summit\r\nBcc: someone@example.org',
    });
    expect(subject).toBe('Your place is confirmed: Summit Bcc: someone@example.org');
  });

  it('quotes a reason after our own label, in the reader’s language', () => {
    const params = { name: 'Amina', event: 'Summit', portalUrl: 'http://multaqa.test/my' };
    const { text } = renderTemplate('fr', 'registration_rejected', {
      ...params,
      reason: 'Dossier incomplet.\r\n\r\n\r\nhttp://multaqa.test/appel',
    });
    expect(text).toContain(
      'Message des organisateurs :\n> Dossier incomplet.\n>\n> http://multaqa.test/appel\n\nhttp://multaqa.test/my',
    );
    const none = renderTemplate('en', 'registration_rejected', { ...params, reason: ' \n ' });
    expect(none.text).toContain('could not be accepted.\n\nhttp://multaqa.test/my');
  });

  it('leaves HTML and i18next placeholders in values as typed', () => {
    const { text } = renderTemplate('en', 'password_reset', {
      name: '<b>{{link}}</b>',
      link: 'http://multaqa.test/account/reset?token=x',
    });
    expect(text.split('\n')[0]).toBe('Dear <b>{{link}}</b>,');
  });
});
