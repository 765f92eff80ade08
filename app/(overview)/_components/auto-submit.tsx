'use client';
// Applies the overview's controls as soon as one changes, with a client-side navigation that
// keeps the URL a clean permalink (region=/group= rather than the form's scope=).
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { DEFAULT_STATE } from '@/lib/view/overview-state';

export function AutoSubmit({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const go = (event?: Event) => {
      event?.preventDefault();
      // Fields that say the same thing another way (the since date, the since meeting): the one
      // just changed clears the others.
      const changed = event?.type === 'change' ? (event.target as HTMLInputElement | null) : null;
      const exclusive = changed?.dataset?.exclusive;
      if (exclusive && changed.value) {
        for (const other of form.querySelectorAll<HTMLInputElement>(`[data-exclusive="${exclusive}"]`)) if (other !== changed) other.value = '';
      }
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value !== 'string' || value === '') continue;
        if (name === 'scope') {
          const [kind, slug] = value.split(':');
          query.set(kind, slug);
        } else if (name === 'sinceMeeting') query.set('since', value);
        else query.set(name, value);
      }
      // The default metric is left out of the permalink, as stateQuery does.
      if (query.get('metric') === DEFAULT_STATE.metric) query.delete('metric');
      const text = query.toString();
      router.push(`${form.getAttribute('action') ?? '/'}${text ? `?${text}` : ''}`, { scroll: false });
    };
    form.addEventListener('change', go);
    form.addEventListener('submit', go);
    return () => {
      form.removeEventListener('change', go);
      form.removeEventListener('submit', go);
    };
  }, [formId, router]);
  return null;
}
