import { Alert, AspectRatio, Button, Skeleton, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CameraError,
  closeCamera,
  decodeFrames,
  openCamera,
  type CameraProblem,
} from '../lib/camera';

/** The camera's picture with QR codes read from it; when there is no camera, says why. */
export function CameraPanel({ onText }: { onText: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [starting, setStarting] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopDecoding: (() => void) | null = null;
    let cancelled = false;
    setProblem(null);
    setStarting(true);
    openCamera()
      .then(async (opened) => {
        stream = opened;
        if (cancelled || !video.current) return closeCamera(opened);
        video.current.srcObject = opened;
        await video.current.play().catch(() => undefined);
        if (!cancelled)
          stopDecoding = decodeFrames(video.current, (text) => onTextRef.current(text));
      })
      .catch((error: unknown) => {
        if (!cancelled) setProblem(error instanceof CameraError ? error.problem : 'failed');
      })
      .finally(() => {
        if (!cancelled) setStarting(false);
      });
    return () => {
      cancelled = true;
      stopDecoding?.();
      closeCamera(stream);
    };
  }, [attempt]);

  if (problem)
    return (
      <Alert color="orange" title={t('scan.camera.unavailable')} role="alert">
        {/* A block of its own: the retry button goes under the text, not beside it. */}
        <Text size="sm">{t(`scan.camera.${problem}`)}</Text>
        {problem !== 'unsupported' && (
          <Button mt="sm" size="xs" variant="white" onClick={() => setAttempt((n) => n + 1)}>
            {t('actions.retry')}
          </Button>
        )}
      </Alert>
    );

  return (
    <AspectRatio ratio={4 / 3} maw={480} mx="auto" w="100%" pos="relative">
      {starting && <Skeleton pos="absolute" inset={0} aria-label={t('scan.camera.starting')} />}
      <video
        ref={video}
        muted
        playsInline
        aria-label={t('scan.camera.label')}
        style={{
          width: '100%',
          height: '100%',
          objectFit: 'cover',
          borderRadius: 8,
          background: '#000',
        }}
      />
    </AspectRatio>
  );
}
