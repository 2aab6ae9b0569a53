/** Listening: the download server on a port. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';

/** Options of a listening server. */
export interface StartServerOptions extends AppOptions {
  /** TCP port (default 8080; 0 picks a free one). */
  readonly port?: number | undefined;
  /** Interface to bind (default 127.0.0.1: only this machine, unless configured otherwise). */
  readonly host?: string | undefined;
}

/** A listening download server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** The port bound (useful with port 0). */
  readonly port: number;
  /** Stops accepting connections, lets in-flight responses finish (up to a grace period) and resolves. */
  close(): Promise<void>;
}

// In-flight downloads get this long to finish when the server closes; then their connections are cut.
const CLOSE_GRACE_MS = 5_000;

/** Starts the download server. Rejects when it cannot listen (port taken, bad host). */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createApp(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        timer.unref();
        server.close((error) => {
          clearTimeout(timer);
          const closeOps = options.ops ? options.ops.close() : Promise.resolve();
          void closeOps.then(
            () => (error ? reject(error) : resolve()),
            () => (error ? reject(error) : resolve()),
          );
        });
        // Keep-alive connections with no request in flight would hold close() open.
        server.closeIdleConnections();
      })),
  };
}
