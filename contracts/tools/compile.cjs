// Compiles every Solidity source under <contracts>/src and <contracts>/test with
// the pinned solcjs (standard JSON), and writes, per group:
//   <out>/artifacts/<Name>.abi, <Name>.bin        (src group only: committed artifacts)
//   <out>/<group>.combined.json                   (input for abigen --combined-json)
// Usage: node compile.cjs <contracts-dir> <out-dir> <solc-module-dir>
'use strict';
const fs = require('fs');
const path = require('path');

const [contractsDir, outDir, solcDir] = process.argv.slice(2);
const solc = require(path.resolve(solcDir));

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.sol') ? [p] : [];
  }).sort();
}

const sources = {};
for (const group of ['src', 'test']) {
  for (const f of walk(path.join(contractsDir, group))) {
    const key = path.relative(contractsDir, f).split(path.sep).join('/');
    sources[key] = { content: fs.readFileSync(f, 'utf8') };
  }
}

// Contracts compiled with a different optimizer `runs` than the default 200. The Groth16Verifier holds the
// unrolled Poseidon2 permutation; at 200 runs the optimizer loads its round constants with CODECOPY from the
// code (smaller code, twice the gas), at 1,000,000 runs it pushes them.
const RUNS = { Groth16Verifier: 1000000 };

const input = (runs) => ({
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs },
    viaIR: true,
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
});

function findImports(p) {
  const f = path.join(contractsDir, p);
  if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
  return { error: 'not found: ' + p };
}

function compile(runs) {
  const out = JSON.parse(solc.compile(JSON.stringify(input(runs)), { import: findImports }));
  let failed = false;
  for (const e of out.errors || []) {
    if (e.severity === 'error') failed = true;
    // A compile at other runs keeps only the contracts listed in RUNS: its warnings about the others (e.g. the
    // size of a contract at 1,000,000 runs, which is discarded) do not apply to any artifact.
    if (e.severity === 'error' || runs === 200) process.stderr.write(e.formattedMessage + '\n');
  }
  if (failed) process.exit(1);
  return out;
}

const out = compile(200);
for (const runs of [...new Set(Object.values(RUNS))]) {
  const alt = compile(runs);
  for (const file of Object.keys(alt.contracts || {})) {
    for (const name of Object.keys(alt.contracts[file])) {
      if (RUNS[name] === runs) out.contracts[file][name] = alt.contracts[file][name];
    }
  }
}

const combined = { src: { contracts: {}, version: solc.version() }, test: { contracts: {}, version: solc.version() } };
const artifacts = path.join(outDir, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const seen = new Set();
for (const file of Object.keys(out.contracts || {}).sort()) {
  const group = file.startsWith('test/') ? 'test' : 'src';
  for (const name of Object.keys(out.contracts[file]).sort()) {
    const c = out.contracts[file][name];
    if (c.abi.length === 0) continue; // libraries with internal functions only
    if (seen.has(name)) { process.stderr.write('duplicate contract name ' + name + '\n'); process.exit(1); }
    seen.add(name);
    const bin = c.evm.bytecode.object;
    const runtime = c.evm.deployedBytecode.object;
    if (runtime.length / 2 > 24576) {
      process.stderr.write(`${name}: runtime code ${runtime.length / 2} bytes exceeds the EIP-170 limit\n`);
      process.exit(1);
    }
    // Interfaces and abstract contracts get artifacts but no Go binding: abigen v2 would declare their
    // multi-value return types (e.g. EnclaveOfOutput) twice next to the implementing contract.
    if (bin.length > 0) combined[group].contracts[file + ':' + name] = { abi: c.abi, bin, 'bin-runtime': runtime };
    if (group === 'src') {
      fs.writeFileSync(path.join(artifacts, name + '.abi'), JSON.stringify(c.abi, null, 1) + '\n');
      fs.writeFileSync(path.join(artifacts, name + '.bin'), bin + '\n');
    }
  }
}
for (const g of ['src', 'test']) {
  fs.writeFileSync(path.join(outDir, g + '.combined.json'), JSON.stringify(combined[g]));
}
