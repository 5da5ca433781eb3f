import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault = 'pass' | '503' | '500' | '403' | 'drop';

/**
 * An HTTP proxy in front of a registry that injects faults: a 503 answer, or a dropped connection
 * (the socket destroyed before any answer). `decide` sees every request in order.
 */
export async function startFaultProxy(
  target: string,
  decide: (request: IncomingMessage, index: number) => Fault,
): Promise<{ host: string; faults: { fault: Fault; method: string; path: string }[]; requests: { method: string; path: string }[]; stop(): Promise<void> }> {
  const faults: { fault: Fault; method: string; path: string }[] = [];
  const requests: { method: string; path: string }[] = [];
  const sockets = new Set<Socket>();
  let index = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    requests.push({ method, path });
    const fault = decide(request, index++);
    if (fault !== 'pass') faults.push({ fault, method, path });
    if (fault === 'drop') {
      request.socket.destroy();
      return;
    }
    if (fault === '503' || fault === '500' || fault === '403') {
      request.resume();
      response.writeHead(Number(fault), { 'content-type': 'application/json' });
      response.end('{"errors":[{"code":"UNAVAILABLE","message":"injected fault"}]}');
      return;
    }
    const upstream = httpRequest(`http://${target}${path}`, { method, headers: { ...request.headers, host: target } }, (answer) => {
      const headers = { ...answer.headers };
      // Keep upload locations pointing at the proxy.
      if (typeof headers.location === 'string') headers.location = headers.location.replace(`//${target}`, `//${host}`);
      response.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    host,
    faults,
    requests,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
