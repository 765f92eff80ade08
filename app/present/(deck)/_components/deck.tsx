'use client';
// The slide deck's controls: arrows and page up/down (what clickers send), space to pause,
// F for full screen, Home/End, Esc to leave; auto-advance; a slim progress bar and the slide
// number; the current slide kept in the URL's hash. Data refreshes between slides: the store's
// data version is polled every 60 s and a changed one re-renders the deck on the next slide
// change (React updates the slides in place, no flicker). Offline, the slides keep their data
// and say since when.
import { useRouter } from 'next/navigation';
import { useDataVersion } from '../../../../components/use-data-version';
import { Children, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export interface DeckLabels {
  paused: string;
  offline: string;
  slide: string;
}

export function Deck({ children, interval, exitHref, summaryQuery, version, labels, theme }: {
  children: ReactNode;
  interval: number;
  exitHref: string;
  summaryQuery: string;
  version: string;
  labels: DeckLabels;
  theme: 'light' | 'dark';
}) {
  const slides = Children.toArray(children);
  const count = slides.length;
  const router = useRouter();
  const root = useRef<HTMLElement>(null);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const stale = useRef(false);

  const { latest, offline } = useDataVersion(summaryQuery, version);
  useEffect(() => {
    stale.current = latest !== version;
  }, [latest, version]);

  const go = useCallback(
    (next: number) => {
      const target = Math.min(Math.max(next, 0), count - 1);
      setIndex(target);
      window.history.replaceState(null, '', `#${target + 1}`);
      if (stale.current) {
        stale.current = false;
        router.refresh();
      }
    },
    [count, router],
  );

  // Start where the URL's hash says (a reload keeps the presenter's place). The hash exists only
  // in the browser, so it is read after hydration, not during the server render.
  useEffect(() => {
    const fromHash = Number(window.location.hash.slice(1));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above: browser-only input
    if (Number.isInteger(fromHash) && fromHash >= 1 && fromHash <= count) setIndex(fromHash - 1);
  }, [count]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          go(index + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          go(index - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(count - 1);
          break;
        case ' ':
          setPaused((p) => !p);
          break;
        case 'f':
        case 'F':
          if (document.fullscreenElement) void document.exitFullscreen();
          else void root.current?.requestFullscreen?.();
          break;
        case 'Escape':
          // In full screen the browser takes Esc to leave it; otherwise Esc leaves the deck.
          if (!document.fullscreenElement) window.location.assign(exitHref);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, count, exitHref]);

  useEffect(() => {
    if (!interval || paused) return;
    const timer = window.setTimeout(() => go(index + 1 < count ? index + 1 : 0), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [interval, paused, index, count, go]);

  return (
    <main ref={root} className="deck" data-theme={theme} data-testid="deck" data-index={index + 1} data-count={count}>
      {slides.map((slide, i) => (
        // Not the `hidden` attribute: Tailwind's base layer makes it display:none !important,
        // which print styles cannot undo, and printing must show every slide.
        <div key={i} className="slide-frame" data-current={i === index ? '' : undefined} aria-hidden={i !== index} data-slide={i + 1}>
          {slide}
        </div>
      ))}
      <div className="deck-bar" aria-hidden="true">
        <div className="deck-progress" style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <p className="deck-status" aria-live="polite">
        {offline && <span className="deck-offline" data-testid="offline">{labels.offline}</span>}
        {paused && interval > 0 && <span>⏸ {labels.paused}</span>}
        <span data-testid="slide-number">{labels.slide} {index + 1} / {count}</span>
      </p>
    </main>
  );
}
