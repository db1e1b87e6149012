/**
 * The floor of projector sync: two bare pages in the same browser and a bare WebSocket relay
 * on 127.0.0.1 in this process (where the app's host runs too). A key typed into the first
 * page's input is sent as it is, relayed to the other page and shown there: key → socket →
 * relay → socket → DOM → paint, the least any window-to-window sync can cost. The relay is a
 * server of its own because the app's server answers only its own protocol and never echoes a
 * message to another window.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { measurePeerOnce, soloPage } from './probe';

export async function relayFloor(): Promise<{ once(i: number): Promise<number>; close(): Promise<void> }> {
  // The pages come from the relay's own origin: Chromium keeps pages of other origins (data: URLs) off loopback.
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>relay</title><input id="f" aria-label="relay"><p id="out"></p>');
  });
  const relay = new WebSocketServer({ server });
  relay.on('connection', (socket) => {
    socket.on('error', () => socket.terminate());
    socket.on('message', (data, isBinary) => {
      for (const other of relay.clients) if (other !== socket && other.readyState === other.OPEN) other.send(data, { binary: isBinary });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `ws://${origin}`;
  // Each page in a browser of its own, like the console and the projector (see soloPage).
  const [senderWindow, receiverWindow] = [await soloPage(), await soloPage()];
  const [sender, receiver] = [senderWindow.page, receiverWindow.page];
  await sender.goto(`http://${origin}/sender`);
  await receiver.goto(`http://${origin}/receiver`);
  const connect = (role: 'sender' | 'receiver') =>
    ({ sender, receiver })[role].evaluate(
      ({ url, role }) =>
        new Promise<void>((resolve, reject) => {
          const socket = new WebSocket(url);
          socket.onerror = () => reject(new Error('The relay socket failed.'));
          socket.onopen = () => resolve();
          if (role === 'sender') {
            const input = document.getElementById('f') as HTMLInputElement;
            input.addEventListener('input', () => socket.send(input.value));
          } else {
            socket.onmessage = (message: MessageEvent<string>) => {
              document.getElementById('out')!.textContent = message.data;
            };
          }
        }),
      { url, role },
    );
  await connect('sender');
  await connect('receiver');
  await sender.locator('#f').click();
  return {
    once: (i) =>
      measurePeerOnce(sender, receiver, 'keydown', { ready: { selector: '#out', text: true, minLength: i + 1 }, act: () => sender.keyboard.type('x') }),
    async close() {
      await senderWindow.close();
      await receiverWindow.close();
      for (const client of relay.clients) client.terminate();
      relay.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
