#!/usr/bin/python3
"""Train sibyl's shipped Fashion-MNIST classifiers and export them to ONNX.

Reproducible: fixed seeds, a fixed thread count and deterministic algorithms,
so the same Debian torch build writes the same weights. The exported files are
committed under models/, so running and testing sibyl never trains.

Needs the Debian packages python3-torch, python3-numpy, python3-onnx and
dataset-fashion-mnist, and Debian's interpreter (/usr/bin/python3, not a
pyenv python):

    /usr/bin/python3 scripts/train_fmnist.py --arch mlp --out models/fmnist_mlp.onnx
    /usr/bin/python3 scripts/train_fmnist.py --arch cnn --out models/fmnist_cnn.onnx

With --reference it trains nothing: it loads the weights of an exported model
back into the PyTorch network and writes its float logits on the first test
images as JSON, the cross-check of sibyl's float ONNX interpreter
(convert/onnx/testdata/):

    /usr/bin/python3 scripts/train_fmnist.py --arch mlp --reference models/fmnist_mlp.onnx \
        --out convert/onnx/testdata/fmnist_mlp_torch.json

The input is the 784 raw pixel bytes of an image; the network sees
x = pixel/255 exactly (sibyl's int8 input v = pixel-128 with scale 1/255 and
zero point -128 represents the same real number), so no normalisation layer.
"""
import argparse
import gzip
import os
import struct
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

DATA_DIR = "/usr/share/datasets/fashion-mnist"


def read_idx(path, magic):
    with gzip.open(path, "rb") as f:
        data = f.read()
    got = struct.unpack(">I", data[:4])[0]
    if got != magic:
        sys.exit(f"{path}: magic {got:#x}, want {magic:#x}")
    ndim = magic & 0xFF
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    arr = np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim)
    return arr.reshape(dims)


def load(split):
    x = read_idx(os.path.join(DATA_DIR, f"{split}-images-idx3-ubyte.gz"), 0x803)
    y = read_idx(os.path.join(DATA_DIR, f"{split}-labels-idx1-ubyte.gz"), 0x801)
    x = torch.from_numpy(x.reshape(len(x), 784).astype(np.float32) / 255.0)
    return x, torch.from_numpy(y.astype(np.int64))


class MLP(nn.Module):
    """784-128-64-10 with ReLU; input [N, 784]."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 128)
        self.fc2 = nn.Linear(128, 64)
        self.fc3 = nn.Linear(64, 10)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


class CNN(nn.Module):
    """Small VGG-style CNN: conv3x3x16 (pad 1) relu maxpool2,
    conv3x3x32 (pad 1) relu maxpool2, dense 1568-10; input [N, 1, 28, 28].
    20,490 parameters: small enough to prove step by step in gnark."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.fc = nn.Linear(32 * 7 * 7, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(torch.flatten(x, 1))


def shape_input(arch, x):
    return x if arch == "mlp" else x.view(-1, 1, 28, 28)


def accuracy(model, arch, x, y):
    model.eval()
    with torch.no_grad():
        pred = model(shape_input(arch, x)).argmax(1)
    return (pred == y).float().mean().item()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arch", choices=["mlp", "cnn"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reference", metavar="ONNX",
                    help="write the logits of this exported model on the first test images to --out")
    ap.add_argument("--images", type=int, default=8, help="test images for --reference")
    args = ap.parse_args()
    if args.reference:
        return reference(args)

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)

    xtr, ytr = load("train")
    xte, yte = load("t10k")
    model = MLP() if args.arch == "mlp" else CNN()
    epochs = args.epochs or (12 if args.arch == "mlp" else 15)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs)
    gen = torch.Generator().manual_seed(args.seed)
    batch = 128
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(xtr), generator=gen)
        for i in range(0, len(xtr), batch):
            idx = perm[i:i + batch]
            loss = F.cross_entropy(model(shape_input(args.arch, xtr[idx])), ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        sched.step()
        print(f"epoch {epoch + 1}/{epochs} loss {loss.item():.4f} "
              f"test accuracy {accuracy(model, args.arch, xte, yte):.4f}", flush=True)

    model.eval()
    dummy = shape_input(args.arch, torch.zeros(1, 784))
    torch.onnx.export(model, dummy, args.out, opset_version=13,
                      input_names=["input"], output_names=["logits"],
                      do_constant_folding=True)
    print(f"float test accuracy {accuracy(model, args.arch, xte, yte):.4f}; wrote {args.out}")


def reference(args):
    import json

    import onnx
    from onnx import numpy_helper

    torch.set_num_threads(1)
    model = MLP() if args.arch == "mlp" else CNN()
    graph = onnx.load(args.reference).graph
    state = {t.name: torch.from_numpy(numpy_helper.to_array(t).copy()) for t in graph.initializer}
    model.load_state_dict(state)
    model.eval()
    xte, yte = load("t10k")
    with torch.no_grad():
        logits = model(shape_input(args.arch, xte[:args.images]))
    out = {"model": os.path.basename(args.reference), "labels": yte[:args.images].tolist(),
           "logits": [[float(v) for v in row] for row in logits.tolist()]}
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
