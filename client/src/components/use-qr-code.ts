import { useEffect, useState } from 'react';

/**
 * A QR code of `text` as an SVG data URL (the page's policy allows data:
 * images, not inline markup). The qrcode library loads only when a code is
 * drawn, so it stays out of every other screen's download. Null until ready
 * or if drawing failed.
 */
export function useQrCode(text: string | null): string | null {
  const [drawn, setDrawn] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    if (text === null) return;
    let current = true;
    import('qrcode')
      .then((qrcode) =>
        qrcode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      )
      .then(
        (svg) => {
          if (current)
            setDrawn({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
        },
        () => {
          if (current) setDrawn(null);
        },
      );
    return () => {
      current = false;
    };
  }, [text]);
  return drawn !== null && drawn.text === text ? drawn.url : null;
}
