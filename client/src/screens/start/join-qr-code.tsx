import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { Glyph, WarningIcon } from '../../components/icons';

type Drawing = { url: string; src: string } | { url: string; failed: true };

/**
 * The join link as a QR code for the projector. Drawn as SVG and shown as a
 * data: image: the page's CSP allows `img-src data:` but no inline styles
 * or scripts, so the SVG is never put in the DOM as markup. This module
 * (and the qrcode library) loads only with the panel that shows it.
 */
export function JoinQrCode({ url }: { url: string }) {
  const { t } = useTranslation();
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        if (current) setDrawing({ url, src });
      })
      .catch(() => {
        if (current) setDrawing({ url, failed: true });
      });
    return () => {
      current = false;
    };
  }, [url]);

  if (drawing === null || drawing.url !== url) return <div className="join-qr-placeholder" />;
  if ('failed' in drawing)
    return (
      <p className="field-error">
        <Glyph icon={WarningIcon} />
        {t('start.created.qrFailed')}
      </p>
    );
  return (
    <img
      className="join-qr"
      data-testid="join-qr"
      src={drawing.src}
      alt={t('start.created.qrAlt', { url })}
      width={320}
      height={320}
    />
  );
}
