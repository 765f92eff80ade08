// Importing a report file: template, upload, every problem listed by row, column and reason in
// the reader's language, then commit as one batch. Reporters and administrators only.
import { getLocale } from '../../locale';
import { requireUser, scopeUnits } from '../../session';
import { ImportForm } from './import-form';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { isIllustrative } from '@/db/store-facts';
import { formatNumber } from '@/lib/format';
import { MESSAGES, translator } from '@/lib/i18n/i18n';
import { UPLOAD_REFUSED_PARAM } from '@/lib/limits';

export const dynamic = 'force-dynamic';

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const locale = await getLocale(query);
  const user = await requireUser('/data/import');
  const t = translator(locale, 'ImportPage');
  const f = translator(locale, 'ImportForm');
  const scope = scopeUnits(user) ?? t('all');
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/data/import" illustrative={isIllustrative(getStore())} />
      <main className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p>{t('units', { units: scope })}</p>
        <p>
          {t('columns')}
          <a className="underline" href="/data/template" download>{t('template')}</a>
          {' · '}<a className="underline" href="/data/template?format=xlsx" download>{t('templates.longXlsx')}</a>
          {' · '}<a className="underline" href="/data/template?layout=wide" download>{t('templates.wideCsv')}</a>
          {' · '}<a className="underline" href="/data/template?layout=wide&format=xlsx" download>{t('templates.wideXlsx')}</a>.
        </p>
        <ImportForm
          locale={locale}
          tooLarge={query[UPLOAD_REFUSED_PARAM] === 'too-large'}
          text={{
            sheet: f('sheet'), sheetHint: f('sheetHint'), preview: MESSAGES[locale].ImportForm.preview,
            file: f('file'), check: f('check'), commit: f('commit'), row: f('row'), field: f('field'), reason: f('reason'), denied: f('denied'),
            oneProblem: f('problems', { count: formatNumber(1, locale) }),
            fields: MESSAGES[locale].ImportForm.fields,
          }}
        />
      </main>
    </div>
  );
}
