// A unit's state in a week, as an icon and a word (never colour alone), and the week's sentence
// "Báo cáo tuần 48: 31 / 34 tỉnh đúng hạn · 2 muộn · 1 chưa báo cáo". Words come translated.
import type { ReportState, Tally } from '@/lib/reporting/completeness';

const ICON: Record<ReportState | 'none', string> = { onTime: '✓', late: '⏱', missing: '✗', none: '–' };
const TONE: Record<ReportState | 'none', string> = {
  onTime: 'text-emerald-800',
  late: 'text-amber-800',
  missing: 'font-semibold text-red-800',
  none: 'text-slate-500',
};

export function ReportStateMark({ state, word }: { state: ReportState | null; word: string }) {
  const key = state ?? 'none';
  return (
    <span className={`whitespace-nowrap ${TONE[key]}`} data-state={key}>
      <span aria-hidden="true">{ICON[key]}</span> {word}
    </span>
  );
}

export function ReportingSentence({ tally, text, href }: { tally: Tally; text: string; href?: string }) {
  const body = <span data-testid="reporting-summary" data-missing={tally.missing} data-late={tally.late}>{text}</span>;
  return href ? <a href={href} className="underline-offset-2 hover:underline">{body}</a> : body;
}
