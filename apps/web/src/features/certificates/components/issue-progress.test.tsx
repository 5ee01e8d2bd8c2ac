import type { Job } from '@multaqa/contract';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { IssueProgress } from './issue-progress';

const NOW = Date.parse('2026-12-01T10:01:00.000Z');

const job = (overrides: Partial<Job>): Job => ({
  id: '6f1c1f2e-3d4b-4c5a-9e8f-7a6b5c4d3e2f',
  kind: 'certificates.issue',
  status: 'running',
  done: 50,
  total: 200,
  error: null,
  eventId: null,
  result: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  // A minute ago: 50 a minute, 150 left → 3 minutes.
  startedAt: '2026-12-01T10:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('IssueProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows done of total, a labelled bar, the pace and the time left', () => {
    renderWithProviders(<IssueProgress job={job({})} />);
    expect(screen.getByText('50 of 200 issued')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Certificates issued' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    expect(screen.getByText('50 certificates a minute')).toBeInTheDocument();
    expect(screen.getByText('About 3 minutes left')).toBeInTheDocument();
  });

  it('says it in Arabic with the plural forms of the language', () => {
    renderWithProviders(<IssueProgress job={job({ done: 190, total: 200 })} />, {
      language: 'ar',
    });
    // 190 in 60 s: 10 left at 3.17 a second → 4 seconds ("ثوانٍ", the few form).
    expect(screen.getByText(/يتبقى نحو 4 ثوانٍ/)).toBeInTheDocument();
  });

  it('announces the end, and a failure as an alert', () => {
    const { unmount } = renderWithProviders(
      <IssueProgress
        job={job({
          status: 'completed',
          done: 2,
          total: 2,
          finishedAt: '2026-12-01T10:00:30.000Z',
        })}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 certificates were issued.');
    unmount();
    renderWithProviders(<IssueProgress job={job({ status: 'failed', error: 'boom' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('50 of 200 were issued before an error');
  });

  it('waits for a worker before measuring', () => {
    renderWithProviders(
      <IssueProgress job={job({ status: 'queued', done: 0, startedAt: null })} />,
    );
    expect(screen.getByText('Waiting for a worker to start…')).toBeInTheDocument();
    expect(screen.getByText('Measuring the pace…')).toBeInTheDocument();
    expect(screen.queryByText(/left$/)).not.toBeInTheDocument();
  });
});
