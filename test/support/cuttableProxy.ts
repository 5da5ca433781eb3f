import { createServer, connect, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of the test bed's apiserver that a test can cut: every open connection is
 * dropped and new ones are refused for a while, as a client sees an apiserver restart, without restarting the
 * cluster the other test files share. TLS passes through untouched.
 */
export interface CuttableProxy {
  url: string;
  connections: () => number;
  cut: (forMs: number) => Promise<void>;
  close: () => Promise<void>;
}

export async function cuttableProxy(target: URL): Promise<CuttableProxy> {
  const open = new Set<Socket>();
  let refusing = false;
  let accepted = 0;
  const server = createServer((client) => {
    if (refusing) return void client.destroy();
    accepted++;
    const upstream = connect(Number(target.port || 443), target.hostname);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `https://127.0.0.1:${port}`,
    connections: () => accepted,
    cut: async (forMs) => {
      refusing = true;
      for (const socket of open) socket.destroy();
      open.clear();
      await new Promise((r) => setTimeout(r, forMs));
      refusing = false;
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
