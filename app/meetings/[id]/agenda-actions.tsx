export function AgendaActions(_: unknown) { void _; return null; }
