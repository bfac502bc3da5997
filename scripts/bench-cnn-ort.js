// ONNX Runtime side of scripts/bench-cnn-ort.sh: runs a float ONNX classifier
// (input [1, 1, 28, 28], pixel/255) on every image of a raw images file, batch
// 1, one session.run per image, and prints one JSON line like
// runtime/internal/benchcnn's: per-image latency (best and median round) and
// the classes (argmax, lowest index on ties).
//
//   node scripts/bench-cnn-ort.js ORT_MODULE_DIR MODEL.onnx IMAGES.bin THREADS ROUNDS
'use strict';
const fs = require('fs');

async function main() {
  const [ortDir, model, imagesPath, threadsArg, roundsArg] = process.argv.slice(2);
  const ort = require(ortDir);
  const threads = Number(threadsArg);
  const rounds = Number(roundsArg);
  const raw = fs.readFileSync(imagesPath);
  const size = 784;
  if (raw.length === 0 || raw.length % size !== 0) throw new Error(`${imagesPath}: not whole 784-byte images`);
  const n = raw.length / size;
  const session = await ort.InferenceSession.create(model, {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  const name = session.inputNames[0];
  const feeds = [];
  for (let i = 0; i < n; i++) {
    const x = new Float32Array(size);
    for (let j = 0; j < size; j++) x[j] = raw[i * size + j] / 255;
    feeds.push({ [name]: new ort.Tensor('float32', x, [1, 1, 28, 28]) });
  }
  const classes = new Array(n);
  for (let i = 0; i < n; i++) { // untimed pass
    const out = await session.run(feeds[i]);
    const y = out[session.outputNames[0]].data;
    let best = 0;
    for (let j = 1; j < y.length; j++) if (y[j] > y[best]) best = j;
    classes[i] = best;
  }
  const perImage = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await session.run(feeds[i]);
    perImage.push(Number(process.hrtime.bigint() - t0) / 1e3 / n);
  }
  perImage.sort((a, b) => a - b);
  console.log(JSON.stringify({
    runtime: 'onnxruntime-node ' + require(ortDir + '/package.json').version,
    threads, images: n, rounds,
    best_us_per_image: perImage[0], median_us_per_image: perImage[Math.floor(rounds / 2)],
    classes,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
