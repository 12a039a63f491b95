#!/usr/bin/env python3
"""Time to the first streamed event, for bench/ttfb.sh. Python standard library only.

Sends N streamed POST /v1/chat/completions requests to each target, one at a time and
interleaved (A B C A B C ...), each target on its own keep-alive connection, and measures
from the moment the request is written to the socket to the first "data:" line read
(TTFB), and to "data: [DONE]" (end). The first WARMUP requests per target are discarded.

  ttfb.py --target direct=http://127.0.0.1:18084 --target nginx=http://... -n 200 --body FILE --stream-seconds 0.4
"""
import argparse
import http.client
import json
import math
import sys
import time
from urllib.parse import urlsplit

PATH = "/v1/chat/completions"
# The OpenAI Python SDK sends Accept: application/json, streams included.
HEADERS = {"Content-Type": "application/json", "Accept": "application/json",
           "Authorization": "Bearer sk-bench-not-a-real-key-0000000000000000"}


def pct(values, p):
    """Nearest-rank percentile."""
    s = sorted(values)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


class Target:
    def __init__(self, name, url):
        self.name = name
        u = urlsplit(url)
        self.host, self.port = u.hostname, u.port or 80
        self.conn = None
        self.ttfb, self.end, self.errors = [], [], []

    def once(self, body):
        """One streamed request; returns (ttfb_s, end_s) or raises."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.conn.connect()
        self.conn.request("POST", PATH, body=body, headers=HEADERS)
        sent = time.perf_counter()
        resp = self.conn.getresponse()
        if resp.status != 200:
            resp.read()
            raise RuntimeError(f"HTTP {resp.status}")
        first = None
        while True:
            line = resp.readline()
            if not line:
                raise RuntimeError("stream ended without [DONE]")
            if line.startswith(b"data:"):
                now = time.perf_counter()
                if first is None:
                    first = now - sent
                if line.strip() == b"data: [DONE]":
                    end = now - sent
                    break
        resp.read()  # the terminating chunk
        if resp.will_close:
            self.conn.close()
            self.conn = None
        return first, end

    def run(self, body, keep):
        try:
            first, end = self.once(body)
            if keep:
                self.ttfb.append(first)
                self.end.append(end)
        except Exception as e:  # counted and reported; the run goes on with a new connection
            self.errors.append(type(e).__name__ + (f": {e}" if isinstance(e, RuntimeError) else ""))
            if self.conn is not None:
                self.conn.close()
                self.conn = None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", action="append", required=True, help="name=http://host:port (repeat)")
    p.add_argument("-n", type=int, default=200)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--body", required=True, help="chat request JSON; sent with stream=true")
    p.add_argument("--stream-seconds", type=float, default=0.0,
                   help="how long the upstream takes from first event to [DONE] (for the end-lag column)")
    p.add_argument("--raw", help="write every measurement to this CSV file")
    args = p.parse_args()
    with open(args.body, encoding="utf-8") as f:
        req = json.load(f)
    req["stream"] = True
    body = json.dumps(req).encode()
    targets = [Target(*t.split("=", 1)) for t in args.target]
    total = args.warmup + args.n
    t0 = time.monotonic()
    for i in range(total):
        for t in targets:
            t.run(body, keep=i >= args.warmup)
        if (i + 1) % 50 == 0:
            print(f"  {i + 1}/{total} rounds, {time.monotonic() - t0:.0f}s", file=sys.stderr, flush=True)
    if args.raw:
        with open(args.raw, "w", encoding="utf-8") as f:
            f.write("target,i,ttfb_ms,end_ms\n")
            for t in targets:
                for i, (a, b) in enumerate(zip(t.ttfb, t.end)):
                    f.write(f"{t.name},{i},{a * 1000:.3f},{b * 1000:.3f}\n")

    ms = lambda v: v * 1000
    print(f"{'target':<8} {'n':>5} {'ttfb p50':>9} {'ttfb p99':>9} {'ttfb max':>9} {'end-lag p50':>12} {'end-lag p99':>12} {'errors':>7}")
    for t in targets:
        if not t.ttfb:
            print(f"{t.name:<8} {0:>5}   (no result; errors: {', '.join(sorted(set(t.errors)))})")
            continue
        lag = [e - args.stream_seconds for e in t.end]
        print(f"{t.name:<8} {len(t.ttfb):>5} {ms(pct(t.ttfb, 50)):>9.3f} {ms(pct(t.ttfb, 99)):>9.3f} "
              f"{ms(max(t.ttfb)):>9.3f} {ms(pct(lag, 50)):>12.3f} {ms(pct(lag, 99)):>12.3f} {len(t.errors):>7}")
    print("(milliseconds; end-lag = time to [DONE] minus the upstream's own stream time)")
    base = next((t for t in targets if t.name == "direct" and t.ttfb), None)
    print()
    for t in targets:
        if base is None or t is base or not t.ttfb:
            continue
        print(f"{t.name} - direct: ttfb p50 {ms(pct(t.ttfb, 50) - pct(base.ttfb, 50)):+.3f} ms, "
              f"p99 {ms(pct(t.ttfb, 99) - pct(base.ttfb, 99)):+.3f} ms; "
              f"end p50 {ms(pct(t.end, 50) - pct(base.end, 50)):+.3f} ms")
    errors = [(t.name, e) for t in targets for e in t.errors]
    if errors:
        print(f"WARNING: {len(errors)} failed requests: " +
              "; ".join(f"{n}: {e}" for n, e in sorted(set(errors))))


if __name__ == "__main__":
    main()
