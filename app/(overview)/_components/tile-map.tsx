// A tile-grid map of Vietnam: one equal square per province, placed roughly where the province
// is (lib/view/tile-layouts.ts), coloured by status with the status icon on it (never colour alone).
// HTML on the server: a CSS grid of links, square tiles sized from the container's width (CSS
// container units), capped so that the tall country stays within about a screen's height.
import type { CSSProperties, JSX } from 'react';
import { STATUS_STYLE, statusClass } from '@/components/status';
import type { Edition } from '@/lib/editions';
import type { Locale } from '@/lib/format';
import { statusLabel, translator } from '@/lib/i18n/i18n';
import { STATUSES, type Status } from '@/lib/status';
import { layoutSize, TILE_LAYOUTS, tileAbbreviation } from '@/lib/view/tile-layouts';

export interface Tile {
  code: string;
  name: string;
  status: Status;
  /** The figure behind the status, already formatted (e.g. "65,4%"); may be empty. */
  valueLabel: string;
  href: string;
  /** Outside the current region or group filter: drawn lighter, still a link. */
  dimmed?: boolean;
}

/** Space between tiles, px. */
const GAP = 3;

/** The largest tile side per edition, px: about 950 px of map height either way. */
const MAX_TILE: Record<Edition, number> = { '2024': 46, '2025': 62 };

const PRINT_COLOURS: CSSProperties = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' };

function accessibleName(tile: Tile, locale: Locale): string {
  const status = statusLabel(tile.status, locale);
  return tile.valueLabel ? `${tile.name}: ${status}, ${tile.valueLabel}` : `${tile.name}: ${status}`;
}

export function TileMap({ edition, tiles, locale, title }: {
  edition: Edition;
  tiles: Tile[];
  locale: Locale;
  title: string;
}): JSX.Element {
  const t = translator(locale, 'TileMap');
  const { cols, rows } = layoutSize(edition);
  const layout = TILE_LAYOUTS[edition];
  // Tiles without a cell in this edition cannot be placed; reading (and tab) order is the
  // map's, row by row from the north, west to east.
  const placed = tiles
    .filter((tile) => layout[tile.code])
    .map((tile) => ({ tile, col: layout[tile.code][0], row: layout[tile.code][1] }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const anyDimmed = placed.some(({ tile }) => tile.dimmed);

  // The side of one tile: the container's width (cqw, see containerType below) less the gaps,
  // shared by the columns. Rows use the same length, so tiles are square even where a row
  // or column holds no tile.
  const side = `((100cqw - ${(cols - 1) * GAP}px) / ${cols})`;

  return (
    <figure className="break-inside-avoid" data-testid="tile-map" data-edition={edition}>
      <figcaption className="text-lg font-semibold">{title}</figcaption>
      <div
        className="mx-auto mt-2 w-full"
        style={{ containerType: 'inline-size', maxWidth: `${cols * MAX_TILE[edition] + (cols - 1) * GAP}px` }}
      >
        <div
          className="grid"
          style={{
            gap: `${GAP}px`,
            gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`,
            gridTemplateRows: `repeat(${rows}, calc${side})`,
            fontSize: `calc(${side} * 0.28)`,
          }}
        >
          {placed.map(({ tile, col, row }) => {
            const style = STATUS_STYLE[tile.status];
            const name = accessibleName(tile, locale);
            return (
              <a
                key={tile.code}
                href={tile.href}
                data-testid="tile"
                data-code={tile.code}
                data-status={tile.status}
                data-dimmed={tile.dimmed ? 'true' : undefined}
                aria-label={name}
                title={name}
                // .tile (app/globals.css): one short class per tile; the page has up to 63.
                className={`tile ${statusClass(tile.status)}${tile.dimmed ? ' dim' : ''}`}
                style={{ gridArea: `${row + 1}/${col + 1}` }}
              >
                <b>{tileAbbreviation(edition, tile.code)}</b>
                <span aria-hidden="true">{style.icon}</span>
              </a>
            );
          })}
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t('legend')}>
        {STATUSES.map((status) => {
          const style = STATUS_STYLE[status];
          return (
            <li key={status} className="flex items-center gap-1.5" data-status={status}>
              <span
                aria-hidden="true"
                className="inline-flex h-4 w-4 items-center justify-center rounded-sm text-[10px] font-semibold"
                style={{ background: style.fill, color: style.text, ...PRINT_COLOURS }}
              >
                {style.icon}
              </span>
              {statusLabel(status, locale)}
            </li>
          );
        })}
        {anyDimmed && (
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-4 w-4 rounded-sm opacity-35" style={{ background: STATUS_STYLE.on_track.fill, ...PRINT_COLOURS }} />
            {t('dimmed')}
          </li>
        )}
      </ul>
    </figure>
  );
}
