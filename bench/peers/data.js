'use strict';
// The benchmark records, byte for byte what bro-bench generates (bench/src/bro_bench.cpp).
exports.goalTitle = (i) => `Goal ${i}: practise routine ${i % 7} until it sits`;
exports.goalWhy = (i) => `Record ${i} of the benchmark data, about sixty bytes long.`;

// --key value arguments
exports.args = (argv) => {
  const a = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`bad argument ${argv[i]}`);
    a[argv[i].slice(2)] = argv[i + 1];
  }
  return a;
};

exports.emit = (bench, side, metric, value, run, extra = {}) => {
  process.stdout.write(JSON.stringify({ bench, side, metric, value, run, ...extra }) + '\n');
};

exports.now = () => Number(process.hrtime.bigint()) / 1e9;
