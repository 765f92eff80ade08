// How a status looks: colour, a letter-like icon and the word, never colour alone. The fills
// reach 3:1 against white (chart marks) and their text colour 4.5:1 against the fill; the hues
// (blue, teal, amber, red, grey) stay apart for the common colour-vision deficiencies, and the
// icon tells them apart anyway.
import type { Locale } from '@/lib/format';
import { statusLabel } from '@/lib/i18n/i18n';
import type { Status } from '@/lib/status';

export const STATUS_STYLE: Record<Status, { fill: string; text: string; icon: string }> = {
  done: { fill: '#1d4f91', text: '#ffffff', icon: '✓' },
  on_track: { fill: '#0b7a5c', text: '#ffffff', icon: '↗' },
  at_risk: { fill: '#a35c00', text: '#ffffff', icon: '!' },
  behind: { fill: '#b3261e', text: '#ffffff', icon: '✕' },
  no_data: { fill: '#6b7280', text: '#ffffff', icon: '–' },
};

/** The class that paints a status (see <StatusStyles>): one short class instead of inline styles. */
export const statusClass = (status: Status) => `st-${status}`;

/**
 * The status colours as CSS classes, written once per page from STATUS_STYLE (the one place they
 * are defined). Dense views (table cells, tiles, bars) then carry a class of a few bytes each.
 */
export function StatusStyles() {
  const css = Object.entries(STATUS_STYLE)
    .map(([status, s]) => `.st-${status}{background:${s.fill};color:${s.text};print-color-adjust:exact;-webkit-print-color-adjust:exact}`)
    .join('');
  return <style>{css}</style>;
}

export function StatusBadge({ status, locale, compact = false }: { status: Status; locale: Locale; compact?: boolean }) {
  const style = STATUS_STYLE[status];
  const label = statusLabel(status, locale);
  return (
    <span
      className={`badge ${statusClass(status)}`}
      data-status={status}
      title={compact ? label : undefined}
    >
      <span aria-hidden="true">{style.icon}</span>
      {compact ? <span className="sr-only">{label}</span> : label}
    </span>
  );
}
