import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { CameraPanel } from './camera-panel';

function cameraAnswers(getUserMedia: (() => Promise<MediaStream>) | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: getUserMedia ? { getUserMedia } : undefined,
  });
}

afterEach(() => cameraAnswers(undefined));

describe('CameraPanel', () => {
  it('says the camera was refused and points to the name search', async () => {
    cameraAnswers(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    renderWithProviders(<CameraPanel onText={() => {}} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Access to the camera was refused');
    expect(alert).toHaveTextContent('use the name search below');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('tells a device without a camera apart', async () => {
    cameraAnswers(() => Promise.reject(new DOMException('none', 'NotFoundError')));
    renderWithProviders(<CameraPanel onText={() => {}} />, { language: 'ar' });
    expect(await screen.findByRole('alert')).toHaveTextContent('لم يُعثر على كاميرا');
  });

  it('explains that a page on plain http gets no camera, with nothing to retry', async () => {
    cameraAnswers(undefined);
    renderWithProviders(<CameraPanel onText={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('secure https address');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
