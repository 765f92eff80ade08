// next-intl checks message keys and their arguments against the Vietnamese catalogue.
import type { Locale } from '@/lib/format';
import type vi from '@/messages/vi.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof vi;
  }
}
