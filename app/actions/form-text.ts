// The action forms' words, from the catalogue (namespace ActionForm), for a page to hand to them.
import type { ActionFormText } from './action-forms';
import { ACTION_STATUSES } from '@/lib/actions/status';
import { metricName, type Locale } from '@/lib/format';
import { actionStatusLabel, translator } from '@/lib/i18n/i18n';
import { METRICS, type MetricDefinition } from '@/lib/metrics';

export function actionFormText(locale: Locale, metrics: readonly MetricDefinition[] = METRICS): ActionFormText {
  const t = translator(locale, 'ActionForm');
  return {
    problem: t('problem'), cause: t('cause'), action: t('action'), owner: t('owner'), dueDate: t('dueDate'), metric: t('metric'),
    wholeProvince: t('wholeProvince'), status: t('status'), note: t('note'), noteHint: t('noteHint'), save: t('save'),
    signedOut: t('signedOut'), missing: t('missing'), notSaved: t('notSaved'),
    statuses: ACTION_STATUSES.map((s) => ({ value: s, label: actionStatusLabel(s, locale) })),
    metrics: metrics.map((m) => ({ value: m.key, label: metricName(m, locale) })),
  };
}
