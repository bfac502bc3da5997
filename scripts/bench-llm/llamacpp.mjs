// Measures llama.cpp (npm node-llama-cpp, CPU build) on a GGUF file the way
// scripts/bench-llm.sh measures sibyl: prefill tokens/s over a prompt of
// PROMPT token ids, then batch-1 greedy decode tokens/s over DECODE tokens
// after a one-token prompt. Prints one JSON object.
//
//   node llamacpp.mjs MODEL.gguf THREADS PROMPT DECODE
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

const [modelPath, threadsArg, promptArg, decodeArg] = process.argv.slice(2);
const threads = Number(threadsArg), nPrompt = Number(promptArg), nDecode = Number(decodeArg);

const llama = await getLlama({gpu: false, build: "never", maxThreads: threads, logLevel: LlamaLogLevel.error});
const model = await llama.loadModel({modelPath, gpuLayers: 0});
const ctx = await model.createContext({contextSize: Math.max(nPrompt, nDecode) + 8, batchSize: 512, threads});
const seq = ctx.getSequence();

// The same ids sibyl's side uses: (i*31) % 31999 + 1.
const prompt = Array.from({length: nPrompt}, (_, i) => (i * 31) % 31999 + 1);
// CPU time of the process (user + system, all threads), as llmbench reports.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
let t0 = performance.now(), c0 = cpu();
await seq.evaluateWithoutGeneratingNewTokens(prompt);
const prefill = nPrompt / ((performance.now() - t0) / 1000);
const prefillCPU = nPrompt / (cpu() - c0);
await seq.clearHistory();

let n = 0, first = 0, c1 = 0;
for await (const tok of seq.evaluate([1], {temperature: 0})) {
  n++;
  if (n === 1) { first = performance.now(); c1 = cpu(); }
  if (n >= nDecode) break;
}
const decode = (n - 1) / ((performance.now() - first) / 1000);
const decodeCPU = (n - 1) / (cpu() - c1);
console.log(JSON.stringify({runtime: "llama.cpp", threads, prefill_tokens_per_s: prefill, decode_tokens_per_s: decode,
  prefill_tokens_per_cpu_s: prefillCPU, decode_tokens_per_cpu_s: decodeCPU, decoded: n}));
await ctx.dispose();
await model.dispose();
await llama.dispose();
