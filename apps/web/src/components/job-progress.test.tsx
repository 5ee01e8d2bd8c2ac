import type { Job } from '@multaqa/contract';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { JobProgress } from './job-progress';

const job = (overrides: Partial<Job>): Job => ({
  id: '6f1c1f2e-3d4b-4c5a-9e8f-7a6b5c4d3e2f',
  kind: 'registrations-import',
  status: 'running',
  done: 4000,
  total: 10000,
  error: null,
  eventId: null,
  result: null,
  createdAt: '2026-12-01T06:00:00.000Z',
  startedAt: '2026-12-01T06:00:01.000Z',
  finishedAt: null,
  ...overrides,
});

describe('JobProgress', () => {
  it('shows done of total as text and as a labelled progress bar', () => {
    renderWithProviders(<JobProgress job={job({})} label="Import progress" />, {
      language: 'en',
    });
    expect(screen.getByText('4,000 of 10,000 done')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
  });

  it('says where a failed job stopped, in the reader’s language', () => {
    renderWithProviders(
      <JobProgress job={job({ status: 'failed', error: 'boom' })} label="تقدّم الاستيراد" />,
      { language: 'ar' },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('توقف بعد');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
