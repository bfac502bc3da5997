// Drives the gateway with the official OpenAI client library (npm "openai",
// pinned in scripts/install-node-tools.sh). Usage:
//   node openai_client.mjs BASE_URL API_KEY MODEL INPUT_BASE64 LANGUAGE_MODEL PROMPT
// Prints one JSON object with what each call returned; the Go test judges it.
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(path.join(process.env.SIBYL_NODE_MODULES, "x.js"));
const { default: OpenAI } = require("openai");

const [baseURL, apiKey, model, inputBase64, lm, prompt] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, timeout: 60_000, maxRetries: 0 });
const out = { library: JSON.parse(fs.readFileSync(path.join(process.env.SIBYL_NODE_MODULES, "openai", "package.json"))).version };
const err = (e) => ({ status: e.status, type: e.type ?? e.error?.type, code: e.code ?? e.error?.code, message: e.message, class: e.constructor.name });

const list = await client.models.list();
out.models = list.data.map((m) => ({ id: m.id, object: m.object, kind: m.sibyl?.kind, served: m.sibyl?.served }));
out.model = await client.models.retrieve(model).then((m) => m.id, err);

// Raw-tensor inference through the library's generic POST, with a receipt.
out.inference = await client.post("/inference", { body: { model, input_base64: inputBase64, route: "attested" } });

// Chat and text completions of the language model: whole, and streamed (the
// library's own SSE reader); greedy, so the Go test can compare every answer
// with the runtime's generation.
const chat = await client.chat.completions.create({ model: lm, messages: [{ role: "user", content: prompt }], max_tokens: 12, temperature: 0 });
out.lmChat = { object: chat.object, content: chat.choices[0].message.content, role: chat.choices[0].message.role,
  finish: chat.choices[0].finish_reason, usage: chat.usage, tokens: chat.sibyl?.tokens, receipt: chat.receipt };
out.lmStream = await (async () => {
  const stream = await client.chat.completions.create({ model: lm, messages: [{ role: "user", content: prompt }], max_tokens: 12,
    temperature: 0, stream: true, stream_options: { include_usage: true } });
  const r = { chunks: 0, content: "", finish: null, receipt: null, usage: null, role: null };
  for await (const chunk of stream) {
    r.chunks++;
    const c = chunk.choices[0];
    if (c?.delta?.role) r.role = c.delta.role;
    if (c?.delta?.content) r.content += c.delta.content;
    if (c?.finish_reason) { r.finish = c.finish_reason; r.receipt = chunk.receipt; }
    if (chunk.usage) r.usage = chunk.usage;
  }
  return r;
})();
const comp = await client.completions.create({ model: lm, prompt, max_tokens: 6, temperature: 0 });
out.lmCompletion = { object: comp.object, text: comp.choices[0].text, finish: comp.choices[0].finish_reason, tokens: comp.sibyl?.tokens };
out.lmRefused = await client.chat.completions.create({ model: lm, n: 2, messages: [{ role: "user", content: "hi" }] }).then(() => ({}), err);

// Chat: the gateway refuses a tensor model with an OpenAI error the library raises as BadRequestError.
out.chat = await client.chat.completions
  .create({ model, messages: [{ role: "user", content: "Say hello" }] })
  .then(() => ({ unexpected: "a completion" }), err);
out.chatStream = await (async () => {
  try {
    const stream = await client.chat.completions.create({ model, stream: true, messages: [{ role: "user", content: "hi" }] });
    for await (const _ of stream) return { unexpected: "a chunk" };
    return { unexpected: "an empty stream" };
  } catch (e) {
    return err(e);
  }
})();
out.completion = await client.completions.create({ model, prompt: "Once upon a time" }).then(() => ({ unexpected: "a completion" }), err);
out.unknownModel = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] }).then(() => ({}), err);
out.badKey = await new OpenAI({ baseURL, apiKey: "sk-sibyl-wrong", maxRetries: 0 }).models.list().then(() => ({}), err);
console.log(JSON.stringify(out));
