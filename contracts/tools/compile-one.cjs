// Compiles one Solidity source read from stdin with the pinned solcjs and prints
// {"<Name>": {"abi": [...], "bin": "..."}} for its contracts. Used by the Go tests
// to compile gnark's exported Solidity verifier for a key made at test time.
// Usage: node compile-one.cjs <solc-module-dir> < source.sol
'use strict';
const path = require('path');
const solc = require(path.resolve(process.argv[2]));
let src = '';
process.stdin.on('data', (d) => (src += d));
process.stdin.on('end', () => {
  const input = {
    language: 'Solidity',
    sources: { 'in.sol': { content: src } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errs = (out.errors || []).filter((e) => e.severity === 'error');
  if (errs.length) {
    process.stderr.write(errs.map((e) => e.formattedMessage).join('\n'));
    process.exit(1);
  }
  const res = {};
  for (const [name, c] of Object.entries(out.contracts['in.sol'])) res[name] = { abi: c.abi, bin: c.evm.bytecode.object };
  process.stdout.write(JSON.stringify(res));
});
