import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TrapProxy {
  port: number;
  /** Every destination the browser asked for through the proxy ("host:port" or a URL), in order. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy that forwards nothing: it records where the browser tried to go and
 * refuses. Firefox is pointed at it for every protocol it proxies (http, https and wss tunnels),
 * while 127.0.0.1 bypasses proxies by default (network.proxy.allow_hijacking_localhost is false),
 * so the fixture server is reached directly and anything in `seen` was a request beyond
 * 127.0.0.1, made by a page, the extension or Firefox itself. This is Firefox's counterpart of
 * Chromium's --log-net-log (net-log.ts): the driver's request events do not see the browser's
 * own traffic, and nothing else on this machine says where Firefox connects.
 */
export async function startTrapProxy(): Promise<TrapProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('GutCheck e2e: no request may leave 127.0.0.1');
  });
  server.on('connect', (req: IncomingMessage, socket) => {
    seen.push(req.url ?? '?');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
