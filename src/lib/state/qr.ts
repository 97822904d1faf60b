/** A QR code of a link, as one SVG path, made on this machine (no service, no network). */
import qrcode from 'qrcode-generator';

/** The modules of `text`'s QR code as an SVG path in a size×size grid (1 unit a module). */
export function qrPath(text: string): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) if (qr.isDark(r, c)) d += `M${c},${r}h1v1h-1z`;
  return { size, d };
}
