// Tokenizes TEXT with llama.cpp (npm node-llama-cpp, CPU build) from a GGUF
// file's own tokenizer metadata and greedily generates N tokens after
// "<s> TEXT"; prints {"ids": prompt ids without <s>, "greedy": generated ids}.
//
//   node greedy.mjs MODEL.gguf TEXT N
import {getLlama, LlamaLogLevel} from "node-llama-cpp";
const [modelPath, text, n] = process.argv.slice(2);
const llama = await getLlama({gpu: false, build: "never", maxThreads: 1, logLevel: LlamaLogLevel.error});
const model = await llama.loadModel({modelPath, gpuLayers: 0});
const ids = model.tokenize(text);
const ctx = await model.createContext({contextSize: 256, threads: 1});
const seq = ctx.getSequence();
const out = [];
for await (const tok of seq.evaluate([1, ...ids], {temperature: 0})) { out.push(tok); if (out.length >= Number(n)) break; }
console.log(JSON.stringify({ids, greedy: out}));
await ctx.dispose(); await model.dispose(); await llama.dispose();
