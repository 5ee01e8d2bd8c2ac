import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { DownloadButtons } from './download-buttons';

const MINISTRY = '3f1c2a4e-8b7d-4c5e-9a10-1b2c3d4e5f60';

// jsdom has no object URLs: the test lends them, and takes them back.
const objectUrls = URL as unknown as Record<string, unknown>;
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete objectUrls.createObjectURL;
  delete objectUrls.revokeObjectURL;
});

describe('DownloadButtons', () => {
  it('fetches the year-end PDF for the filters on screen, says it is coming, then hands it over', async () => {
    let answer!: (response: Response) => void;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(objectUrls, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });

    renderWithProviders(<DownloadButtons filters={{ institutionId: MINISTRY, yearFrom: 2025 }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Year-end report (PDF)' }));

    expect(fetch).toHaveBeenCalledWith(
      `/api/reports/year-end.pdf?institutionId=${MINISTRY}&yearFrom=2025`,
      expect.objectContaining({ credentials: 'include' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the year-end report…');
    // The other file waits its turn.
    expect(screen.getByRole('button', { name: 'Figures (XLSX)' })).toBeDisabled();

    answer(
      new Response('%PDF-1.7', {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': 'attachment; filename="year-end-report.pdf"',
        },
      }),
    );
    await vi.waitFor(() => expect(clicked).toEqual(['year-end-report.pdf']));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(''));
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('shows why a file could not be made, in the words the API wrote for the reader', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          {
            type: 'about:blank',
            title: 'Forbidden',
            status: 403,
            code: 'forbidden',
            detail: 'Vous ne pouvez pas consulter ces chiffres.',
          },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<DownloadButtons filters={{}} />, { language: 'fr' });
    await userEvent.click(screen.getByRole('button', { name: 'Chiffres (XLSX)' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le fichier n’a pas pu être téléchargé');
    expect(alert).toHaveTextContent('Vous ne pouvez pas consulter ces chiffres.');
    expect(screen.getByRole('button', { name: 'Chiffres (XLSX)' })).toBeEnabled();
  });
});
