import { readFileSync } from 'node:fs';

/** Params that name where a request or connection goes (not, e.g., an Origin header or a cookie site). */
const DESTINATION_KEYS = new Set(['url', 'original_url', 'new_location', 'location', 'destination', 'logical_destination', 'host', 'group_id']);

function hostOf(value: string): string | undefined {
  const token = value.trim().split(/\s/)[0] ?? '';
  if (token.includes('://')) {
    try {
      const url = new URL(token);
      return /^(https?|wss?|ftp):$/.test(url.protocol) ? url.hostname.replace(/^\[|\]$/g, '') : undefined;
    } catch {
      return undefined;
    }
  }
  return /^[a-z0-9.-]+(:\d+)?$/i.test(token) ? token.replace(/:\d+$/, '') : undefined;
}

function parseNetLog(file: string): { events?: unknown[] } {
  const raw = readFileSync(file, 'utf8');
  try {
    return JSON.parse(raw) as { events?: unknown[] };
  } catch {
    // A browser that died mid-write leaves the events array open; close it and read what is there.
    return JSON.parse(`${raw.replace(/,\s*$/, '')}]}`) as { events?: unknown[] };
  }
}

/**
 * Every host Chromium's network stack was asked to reach, from a --log-net-log file: the URL,
 * destination and host params of its events (requests, sockets, DNS). Read it after the context is
 * closed (the file is flushed on exit). This sees the browser's own traffic too, which
 * context.on('request') does not.
 */
export function readNetLogHosts(file: string): string[] {
  const hosts = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      const host = DESTINATION_KEYS.has(key) ? hostOf(value) : undefined;
      if (host) hosts.add(host.toLowerCase());
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  for (const event of parseNetLog(file).events ?? []) visit((event as { params?: unknown }).params, '');
  return [...hosts].sort();
}
