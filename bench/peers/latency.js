'use strict';
// A TCP relay that holds every chunk for a fixed time in each direction, so that the app's sync
// path can be timed over a link with a phone's round trip (bench/run: B1rtt, B2rtt). Order is
// kept: timers of equal length fire in the order they were set. No bandwidth limit.
//
//   node latency.js --target 127.0.0.1:PORT --delay-ms 25     # prints "listening on 127.0.0.1:N"
const net = require('net');

const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const [host, port] = args.target.split(':');
const delay = Number(args['delay-ms'] || 25);

function relay(from, to) {
  from.on('data', (chunk) => setTimeout(() => to.write(chunk), delay));
  from.on('end', () => setTimeout(() => to.end(), delay));
  from.on('error', () => to.destroy());
}

const server = net.createServer((client) => {
  client.setNoDelay(true);
  const upstream = net.connect({ host, port: Number(port) }, () => upstream.setNoDelay(true));
  relay(client, upstream);
  relay(upstream, client);
});
server.listen(0, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${server.address().port}`));
