'use strict';
// B5's peer: a plain Node `ws` echo server on 127.0.0.1 (no compression, as bro-server).
// Prints "listening on 127.0.0.1:PORT" once bound, like bro-server. Stops on SIGTERM/SIGINT.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2] || 0) });
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('error', () => {});
});
wss.on('listening', () => {
  const { address, port } = wss.address();
  process.stdout.write(`listening on ${address}:${port}\n`);
});
const stop = () => { for (const c of wss.clients) c.terminate(); wss.close(() => process.exit(0)); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
