// Number formatting shared by the server's hovers and the client's week view: one way to write a load or a count.

/** `1920` → `1 920` (a thin space groups thousands, as the guide writes them). */
export function formatNumber(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
