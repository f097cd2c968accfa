#!/usr/bin/env python3
"""Summarize JMH kernel results (-rf json) as the Markdown tables of benchmarks/RESULTS.md, section Kernels.

Usage: summarize_kernels.py pass1.json [pass2.json ...]
Each configuration keeps its best (lowest) score over the passes (a later file overrides nothing: best is best);
the scalar/SIMD ratio is computed within each pass (both backends measured in the same run) and the best ratio is
reported with the file it came from. Configurations with only one backend leave the other columns empty.
"""
import json
import sys
from collections import defaultdict

SPARSE_NNZ = None  # filled from the command line with --nnz=...


def key(b):
    params = dict(b.get("params", {}))
    backend = params.pop("backend", None)
    name = b["benchmark"].split("kernels.")[1]
    return name, tuple(sorted(params.items())), backend


def work(name, params):
    """(amount, unit) per call: FLOP for compute kernels, bytes for streaming ones, elements otherwise."""
    p = dict(params)
    if name.startswith("DenseBench.gemm"):
        m, k, n = map(int, p["shape"].split("x"))
        return 2 * m * k * n, "GFLOP/s"
    if name.startswith("DenseBench.gemv"):
        m, k = map(int, p["shape"].split("x"))
        return 2 * m * k, "GFLOP/s"
    if name == "DenseBench.dot":
        return 2 * int(p["n"]), "GFLOP/s"
    if name == "DenseBench.spikeColumnsInc":
        return None, None
    if name.startswith("ConvBench"):
        return 2 * 14 * 14 * 64 * 9 * 32 * int(p["batch"]), "GFLOP/s"
    if name.startswith("SparseBench") and SPARSE_NNZ:
        return 2 * SPARSE_NNZ * int(p["n"]), "GFLOP/s"
    bytes_per = {
        "ElementwiseBench.axpy": 12, "ElementwiseBench.axpyVectorCandidate": 12, "ElementwiseBench.copy": 8,
        "ElementwiseBench.mulInc": 16, "ElementwiseBench.mulIncBroadcast": 12.5, "ElementwiseBench.scale": 8,
        "ElementwiseBench.firstNonFinite": 4, "FilterBench.lowpass": 12, "FilterBench.lowpassVectorCandidate": 12,
        "FilterBench.stateSpaceNoD": 28, "FilterBench.stateSpaceGeneral": 28, "LossBench.nanMseInc": 16,
        "LossBench.countFinite": 4, "OptimizerBench.adam": 28, "OptimizerBench.adamVectorCandidate": 28,
        "OptimizerBench.rmsprop": 20, "OptimizerBench.sgdMomentum": 20,
    }
    if name in bytes_per:
        n = int(p.get("n", 100000))
        return bytes_per[name] * n, "GB/s"
    if name.startswith("NeuronBench"):
        return int(p["n"]), "ns/neuron"
    if name.startswith("GatherBench"):
        return 100000 * 8, "GB/s"
    return None, None


def main(paths):
    global SPARSE_NNZ
    files = []
    for a in paths:
        if a.startswith("--nnz="):
            SPARSE_NNZ = int(a.split("=")[1])
        else:
            files.append(a)
    best = {}
    ratios = defaultdict(list)
    alloc = {}
    labels = [p.rsplit("/", 1)[-1].replace("kernels-", "").replace(".json", "") for p in files]
    for pass_no, path in enumerate(files, 1):
        per_pass = {}
        for b in json.load(open(path)):
            k = key(b)
            score = b["primaryMetric"]["score"]
            per_pass[k] = score
            if k not in best or score < best[k][0]:
                best[k] = (score, pass_no)
            norm = b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            if norm is not None:
                alloc[k] = min(alloc.get(k, norm), norm)
        for (name, params, backend), score in per_pass.items():
            if backend == "simd" and (name, params, "scalar") in per_pass:
                ratios[(name, params)].append((per_pass[(name, params, "scalar")] / score, pass_no))
    rows = sorted({(n, p) for (n, p, _) in best})
    print("| kernel | params | scalar µs | SIMD µs | scalar/SIMD (pass) | SIMD rate | max B/op |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, params in rows:
        s = best.get((name, params, "scalar"))
        v = best.get((name, params, "simd"))
        if s is None and v is None:
            continue
        amount, unit = work(name, params)
        rate = ""
        if v is not None and amount:
            sec = v[0] * 1e-6
            if unit == "ns/neuron":
                rate = "%.2f ns/neuron" % (v[0] * 1e3 / amount)
            else:
                rate = "%.1f %s" % (amount / sec / 1e9, unit)
        r = max(ratios[(name, params)]) if ratios[(name, params)] else None
        a = max(alloc.get((name, params, "scalar"), 0), alloc.get((name, params, "simd"), 0))
        ptxt = ", ".join("%s=%s" % kv for kv in params)
        print("| %s | %s | %s | %s | %s | %s | %.0f |" % (
            name, ptxt, "%.1f" % s[0] if s else "", "%.1f" % v[0] if v else "",
            "%.2f (%s)" % (r[0], labels[r[1] - 1]) if r else "", rate, a))


if __name__ == "__main__":
    main(sys.argv[1:])
