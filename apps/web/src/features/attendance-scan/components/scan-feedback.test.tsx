import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { rosterEntry } from '../lib/test-kit';
import { ScanFeedback } from './scan-feedback';

const amina = {
  ...rosterEntry('Amina Yusuf', 'أمينة يوسف'),
  institution: {
    id: '33333333-3333-4333-8333-333333333333',
    name: { ar: 'جامعة مقديشو', en: 'Mogadishu University' },
    countryCode: 'SO',
  },
};

describe('ScanFeedback', () => {
  it('names the person in both scripts with their institution, in a live region', () => {
    renderWithProviders(
      <ScanFeedback
        outcome={{ kind: 'accepted', entry: amina, status: 'late' }}
        timeZone="Africa/Mogadishu"
      />,
    );
    const panel = screen.getByTestId('scan-feedback');
    expect(panel).toHaveAttribute('aria-live', 'assertive');
    expect(panel).toHaveTextContent('Late');
    expect(panel).toHaveTextContent('أمينة يوسف');
    expect(panel).toHaveTextContent('Amina Yusuf');
    expect(panel).toHaveTextContent('Mogadishu University');
  });

  it("tells when someone already checked in, on the event's clock", () => {
    renderWithProviders(
      <ScanFeedback
        outcome={{ kind: 'already', entry: amina, takenAt: '2026-12-01T06:03:00.000Z' }}
        timeZone="Africa/Mogadishu"
      />,
      { language: 'fr' },
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Déjà enregistré à 09:03');
  });

  it('names a refusal in the reader’s language', () => {
    renderWithProviders(<ScanFeedback outcome={{ kind: 'forged' }} timeZone="UTC" />, {
      language: 'ar',
    });
    expect(screen.getByRole('heading')).toHaveTextContent('شارة مزوّرة');
  });
});
