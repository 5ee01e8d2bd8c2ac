import type { SessionConflict } from '@multaqa/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../../../lib/problem';
import { fill } from '../../../test/fill';
import { renderWithProviders } from '../../../test/render';
import type { CreateSessionBody } from '../api/create-session';
import { staffQueryOptions } from '../../../components/pickers/user-multi-select';
import { SessionForm } from './session-form';
import { emptySessionForm } from './session-form-values';

const conflict: SessionConflict = {
  kind: 'room',
  subject: 'Hall 1',
  sessionId: '7d7c2d3e-8f65-4a57-9d1e-0d2c6f7f3a10',
  sessionTitle: { en: 'Platforms and algorithms' },
  eventId: '0f0c8d1e-1a2b-4c3d-8e9f-aabbccddeeff',
  eventTitle: { en: 'Analysing extremist content — Mogadishu' },
  startsAt: '2020-01-12T06:00:00.000Z',
  endsAt: '2020-01-12T09:00:00.000Z',
};

function sessionConflict() {
  return new ProblemError({
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    code: 'session_conflict',
    detail: 'The room or a speaker is already booked at that time.',
    conflicts: [conflict],
  });
}

function renderForm(onSave: (body: CreateSessionBody) => Promise<void>) {
  return renderWithProviders(
    <SessionForm
      event={{ kind: 'training', timeZone: 'Africa/Mogadishu', coverage: [] }}
      days={['2020-01-12', '2020-01-13']}
      initialValues={{ ...emptySessionForm('2020-01-12', 'module'), room: 'Hall 1' }}
      submitLabel="New session"
      onSave={onSave}
      onCancel={() => {}}
    />,
    {
      language: 'en',
      // The staff a coordinator can name as speakers, as GET /api/users/staff gives them.
      prepare: (client) =>
        client.setQueryData(staffQueryOptions.queryKey, [
          {
            id: '5b1d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
            fullName: 'Amina Trainer',
            roles: ['trainer'],
          },
          {
            id: '6c2e8d2f-3a4b-4c6d-9e7f-8091a2b3c4d5',
            fullName: 'Omar Participant',
            roles: ['participant'],
          },
        ]),
    },
  );
}

// Typing into several fields takes a while on a busy machine.
describe('SessionForm', () => {
  it('lists the clashing bookings of a 409 session_conflict, and "Save anyway" resends with allowConflicts', async () => {
    const user = userEvent.setup({ delay: null });
    const onSave = vi
      .fn<(body: CreateSessionBody) => Promise<void>>()
      .mockRejectedValueOnce(sessionConflict())
      .mockResolvedValueOnce(undefined);
    renderForm(onSave);

    fill(screen.getByLabelText('Title (English)'), 'Collecting content');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Booked at the same time')).toBeInTheDocument();
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Room “Hall 1”');
    expect(items[0]).toHaveTextContent(
      '“Platforms and algorithms” in “Analysing extremist content — Mogadishu”',
    );
    // 06:00–09:00 UTC is 9:00–12:00 in Mogadishu, the event's zone.
    expect(items[0]).toHaveTextContent(/9:00\sAM\s?–\s?12:00\sPM/);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0]).toMatchObject({
      title: { en: 'Collecting content' },
      room: 'Hall 1',
      date: '2020-01-12',
      startTime: '09:00',
      endTime: '10:00',
      allowConflicts: false,
    });

    await user.click(screen.getByRole('button', { name: 'Save anyway' }));
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave.mock.calls[1][0]).toMatchObject({ room: 'Hall 1', allowConflicts: true });
  });

  it('refuses an end before the start, with the message under the end time', async () => {
    const user = userEvent.setup({ delay: null });
    const onSave = vi.fn(async () => {});
    renderForm(onSave);

    fill(screen.getByLabelText('Title (English)'), 'Backwards');
    const end = screen.getByLabelText(/^Ends/);
    await user.clear(end);
    await user.type(end, '08:00');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The end must come after the start.')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the contract’s text errors on the field: a bidi override in the title, an invisible room', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {});
    renderForm(onSave);

    const title = screen.getByLabelText('Title (English)');
    await user.type(title, 'Collecting \u202Etnetnoc');
    const room = screen.getByLabelText(/^Room/);
    await user.clear(room);
    await user.type(room, '\u200B\u200B');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(
      'Remove the hidden characters that change the direction of this text.',
    );
    expect(room).toHaveAccessibleDescription(
      'Type visible characters, not only spaces or invisible characters.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('offers the centre’s staff as speakers, never participants, and sends the chosen ids', async () => {
    const user = userEvent.setup({ delay: null });
    const onSave = vi.fn(async (_body: CreateSessionBody) => {});
    renderForm(onSave);

    fill(screen.getByLabelText('Title (English)'), 'With a trainer');
    const picker = screen.getByRole('combobox', { name: 'Trainers and speakers (users)' });
    await user.click(picker);
    const trainer = await screen.findByRole('option', { name: 'Amina Trainer' });
    expect(screen.queryByRole('option', { name: 'Omar Participant' })).not.toBeInTheDocument();
    await user.click(trainer);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].speakers).toEqual([
      { userId: '5b1d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4' },
    ]);
  });
});
