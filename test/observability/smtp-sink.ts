// The smallest SMTP server Alertmanager's Go net/smtp client completes a delivery with: no TLS,
// no AUTH advertised (so the configured credentials are never sent), every message kept.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SmtpSink {
  address: string;
  messages: Array<{ from: string; to: string[]; data: string }>;
  close(): Promise<void>;
}

function session(socket: Socket, store: SmtpSink['messages']): void {
  let buffer = '';
  let inData = false;
  let current = { from: '', to: [] as string[], data: '' };
  const reply = (line: string): void => {
    socket.write(`${line}\r\n`);
  };
  reply('220 sink ESMTP');
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let index: number;
    while ((index = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      if (inData) {
        if (line === '.') {
          inData = false;
          store.push(current);
          current = { from: '', to: [], data: '' };
          reply('250 queued');
        } else {
          current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
        }
        continue;
      }
      switch (line.slice(0, 4).toUpperCase()) {
        case 'EHLO':
          reply('250-sink\r\n250 8BITMIME');
          break;
        case 'MAIL':
          current.from = line.slice(10);
          reply('250 ok');
          break;
        case 'RCPT':
          current.to.push(line.slice(8));
          reply('250 ok');
          break;
        case 'DATA':
          inData = true;
          reply('354 end with .');
          break;
        case 'QUIT':
          reply('221 bye');
          socket.end();
          break;
        default:
          reply('250 ok');
      }
    }
  });
  socket.on('error', () => socket.destroy());
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SmtpSink['messages'] = [];
  const server: Server = createServer((socket) => session(socket, messages));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
