#!/usr/bin/env python3
"""Summarizes the RESULT lines that bench/post.lua printed for each round of bench/run.sh.

Usage: wrk_summary.py RUN_DIR TARGET...   (reads RUN_DIR/r<round>-<target>.txt)
Prints one row per target (medians over rounds) and the ratios Veil/nginx and the latency
differences against direct, each computed per round (same round = same conditions) and then
the median taken. Writes the same text to RUN_DIR/summary.txt.
"""
import glob
import os
import re
import statistics
import sys


def parse(path):
    res = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("RESULT "):
                res = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
            elif line.startswith("CPU ") and res:
                cpu = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
                if res["requests"] > 0:
                    res["cpu_us"] = cpu["ticks"] / cpu["hz"] * 1e6 / res["requests"]
    return res


def errors(r):
    return int(sum(r[k] for k in r if k.startswith("err_")))


def main():
    run_dir, targets = sys.argv[1], sys.argv[2:]
    rounds = {}  # round -> target -> result
    for path in glob.glob(os.path.join(run_dir, "r*-*.txt")):
        m = re.match(r"r(\d+)-(\w+)\.txt$", os.path.basename(path))
        if m and m.group(2) in targets:
            res = parse(path)
            if res:
                rounds.setdefault(int(m.group(1)), {})[m.group(2)] = res
    out = []
    out.append(f"{'target':<8} {'rounds':>6} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'cpu us/req':>10} {'errors':>7}   req/s per round")
    med = {}
    for t in targets:
        rs = [rounds[n][t] for n in sorted(rounds) if t in rounds[n]]
        if not rs:
            out.append(f"{t:<8} {'0':>6}   (no result)")
            continue
        rps = statistics.median(r["rps"] for r in rs)
        p50 = statistics.median(r["p50_us"] for r in rs) / 1000
        p99 = statistics.median(r["p99_us"] for r in rs) / 1000
        cpus = [r["cpu_us"] for r in rs if "cpu_us" in r]
        cpu = f"{statistics.median(cpus):.1f}" if cpus else "-"
        err = sum(errors(r) for r in rs)
        med[t] = (rps, p50, p99)
        per = " ".join(f"{r['rps']:.0f}" for r in rs)
        out.append(f"{t:<8} {len(rs):>6} {rps:>10.0f} {p50:>8.3f} {p99:>8.3f} {cpu:>10} {err:>7}   {per}")
    out.append("")

    def per_round(a, b, f):
        vals = [f(rounds[n][a], rounds[n][b]) for n in sorted(rounds) if a in rounds[n] and b in rounds[n]]
        return (statistics.median(vals), vals) if vals else (None, [])

    def line(label, a, b, f, fmt):
        m, vals = per_round(a, b, f)
        if m is not None:
            out.append(f"{label:<28} {fmt.format(m):>10}   per round: " + " ".join(fmt.format(v) for v in vals))

    ratio = lambda x, y: x["rps"] / y["rps"]
    dp50 = lambda x, y: (x["p50_us"] - y["p50_us"]) / 1000
    dp99 = lambda x, y: (x["p99_us"] - y["p99_us"]) / 1000
    line("veil/nginx req/s", "veil", "nginx", ratio, "{:.3f}")
    line("veil/direct req/s", "veil", "direct", ratio, "{:.3f}")
    line("nginx/direct req/s", "nginx", "direct", ratio, "{:.3f}")
    cpu_ratio = lambda x, y: x["cpu_us"] / y["cpu_us"] if "cpu_us" in x and y.get("cpu_us") else float("nan")
    line("veil/nginx cpu per request", "veil", "nginx", cpu_ratio, "{:.2f}")
    line("veil - direct p50 (ms)", "veil", "direct", dp50, "{:+.3f}")
    line("nginx - direct p50 (ms)", "nginx", "direct", dp50, "{:+.3f}")
    line("veil - nginx p50 (ms)", "veil", "nginx", dp50, "{:+.3f}")
    line("veil - direct p99 (ms)", "veil", "direct", dp99, "{:+.3f}")
    line("nginx - direct p99 (ms)", "nginx", "direct", dp99, "{:+.3f}")
    total_err = sum(errors(r) for n in rounds for r in rounds[n].values())
    if total_err:
        out.append(f"WARNING: {total_err} errors (connect/read/write/timeout or HTTP >= 400); see the r*-*.txt files")
    out.append("(cpu us/req: CPU time of the proxy's process per request, from /proc; for direct, the upstream's."
               " It depends much less than req/s on other work sharing the cores.)")
    text = "\n".join(out)
    print(text)
    with open(os.path.join(run_dir, "summary.txt"), "a", encoding="utf-8") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
