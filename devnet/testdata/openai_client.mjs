// Drives the gateway with the official OpenAI client library (npm "openai",
// pinned in scripts/install-node-tools.sh). Usage:
//   node openai_client.mjs BASE_URL API_KEY MODEL INPUT_BASE64
// Prints one JSON object with what each call returned; the Go test judges it.
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(path.join(process.env.SIBYL_NODE_MODULES, "x.js"));
const { default: OpenAI } = require("openai");

const [baseURL, apiKey, model, inputBase64] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, timeout: 60_000, maxRetries: 0 });
const out = { library: JSON.parse(fs.readFileSync(path.join(process.env.SIBYL_NODE_MODULES, "openai", "package.json"))).version };
const err = (e) => ({ status: e.status, type: e.type ?? e.error?.type, code: e.code ?? e.error?.code, message: e.message, class: e.constructor.name });

const list = await client.models.list();
out.models = list.data.map((m) => ({ id: m.id, object: m.object, kind: m.sibyl?.kind, served: m.sibyl?.served }));
out.model = await client.models.retrieve(model).then((m) => m.id, err);

// Raw-tensor inference through the library's generic POST, with a receipt.
out.inference = await client.post("/inference", { body: { model, input_base64: inputBase64, route: "attested" } });

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
