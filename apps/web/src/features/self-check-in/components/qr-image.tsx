import { Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * A QR code drawn in the browser as SVG (sharp at any projector size). The encoder is loaded on
 * first use, so only the projector page pays for it.
 */
export function QrImage({ text, label, size }: { text: string; label: string; size: string }) {
  const [svg, setSvg] = useState<{ text: string; src: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qrcode) =>
        qrcode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
      )
      .then((markup) => {
        if (current)
          setSvg({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}` });
      });
    return () => {
      current = false;
    };
  }, [text]);
  // The previous code stays until the next is drawn: a blank flash would confuse a camera.
  if (!svg) return <Skeleton w={size} h={size} />;
  return (
    <img
      src={svg.src}
      alt={label}
      style={{ width: size, height: size, background: 'white', imageRendering: 'pixelated' }}
    />
  );
}
