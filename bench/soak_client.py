#!/usr/bin/env python3
"""Load and overload client for bench/soak.sh. Python standard library only (asyncio, raw sockets).

Holds STREAMS concurrent streamed POST /v1/chat/completions open (each worker: one keep-alive
connection, one stream after another), raised stage by stage (--levels 100,250,500,1000), plus
plain (non-streamed) POSTs paced at --plain-rps. Every --sample seconds it prints the proxy's
resident memory, threads, open files and TCP connections (from /proc, the proxy's PID and its
children) next to the client's counters. After the last stage it stops sending, lets open
streams end, closes its connections and samples the proxy again (+5 s and +--settle s), to show
what is left. Ends with a table per stage and PASS/FAIL lines for the targets.
"""
import argparse
import array
import asyncio
import collections
import json
import math
import os
import random
import time


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


def proc_tree(pid):
    pids = [pid]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                pids.append(int(entry))
    return pids


def proc_stats(pid):
    """(rss_mb, threads, fds, cpu_seconds) summed over pid and its children, or None when it is gone."""
    rss = threads = fds = ticks = 0
    try:
        for p in proc_tree(pid):
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])  # utime, stime
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Threads:"):
                        threads += int(line.split()[1])
            fds += len(os.listdir(f"/proc/{p}/fd"))
    except OSError:
        return None
    return rss / 1024, threads, fds, ticks / os.sysconf("SC_CLK_TCK")


def tcp_established(local_port, remote_port):
    """(sockets whose local port is local_port, sockets whose remote port is remote_port), ESTABLISHED."""
    a = b = 0
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(name) as f:
                next(f)
                for line in f:
                    parts = line.split()
                    if parts[3] != "01":
                        continue
                    if int(parts[1].rsplit(":", 1)[1], 16) == local_port:
                        a += 1
                    if int(parts[2].rsplit(":", 1)[1], 16) == remote_port:
                        b += 1
        except OSError:
            pass
    return a, b


class Stage:
    def __init__(self, level):
        self.level = level
        self.start = time.monotonic()
        self.end = None
        self.plain_ok = 0
        self.streams_ok = 0
        self.events = 0
        self.plain_lat = array.array("d")
        self.ttfb = array.array("d")
        self.gaps = array.array("d")
        self.errors = collections.Counter()
        self.peak_open = 0
        self.samples = []
        self.end_sample = None
        self.ramp_seconds = 0.0


class HttpError(Exception):
    def __init__(self, status):
        super().__init__(f"HTTP {status}")
        self.status = status


async def read_head(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip().lower()
    return status, headers


async def body_chunks(reader, headers):
    """Yields the response body piece by piece (chunked, Content-Length or until close)."""
    if headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n"):
                    pass
                return
            # Yield the data before reading its CRLF: Jetty sends a chunk's CRLF with the next chunk.
            yield await reader.readexactly(size)
            await reader.readexactly(2)
    elif "content-length" in headers:
        yield await reader.readexactly(int(headers["content-length"]))
    else:
        while data := await reader.read(65536):
            yield data


class Load:
    def __init__(self, args):
        self.args = args
        host_port = args.url.split("//", 1)[1].rstrip("/")
        self.host, port = host_port.rsplit(":", 1)
        self.port = int(port)
        with open(args.body, encoding="utf-8") as f:
            req = json.load(f)
        self.plain_req = self.request(dict(req, stream=False))
        self.stream_req = self.request(dict(req, stream=True))
        self.stopping = False
        self.open_streams = 0
        self.stage = Stage(0)
        self.stages = []
        self.totals = collections.Counter()

    def request(self, body):
        data = json.dumps(body).encode()
        return (f"POST /v1/chat/completions HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                "Content-Type: application/json\r\nAccept: application/json\r\nAuthorization: Bearer sk-bench-not-a-real-key-0000000000000000\r\n"
                f"Content-Length: {len(data)}\r\n\r\n").encode() + data

    def error(self, kind):
        if not self.stopping:
            self.stage.errors[kind] += 1
            self.totals["errors"] += 1

    async def worker(self, streamed, rate=0.0):
        reader = writer = None
        next_at = time.monotonic() + (random.random() / rate if rate else 0)
        try:
            while not self.stopping:
                if rate:
                    next_at += 1 / rate
                    delay = next_at - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    elif delay < -1:
                        next_at = time.monotonic()  # fell behind: do not build up a burst
                    if self.stopping:
                        break
                try:
                    if writer is None:
                        reader, writer = await asyncio.wait_for(
                            asyncio.open_connection(self.host, self.port, limit=1 << 20), 10)
                    async with asyncio.timeout(self.args.request_timeout):
                        close = await (self.stream(reader, writer) if streamed else self.plain(reader, writer))
                    if close:
                        writer.close()
                        reader = writer = None
                except (Exception, asyncio.TimeoutError) as e:  # classified and counted; reconnect
                    kind = {ConnectionRefusedError: "connect_refused", ConnectionResetError: "reset",
                            asyncio.IncompleteReadError: "incomplete", asyncio.TimeoutError: "timeout",
                            TimeoutError: "timeout", BrokenPipeError: "broken_pipe"}.get(type(e))
                    if isinstance(e, HttpError):
                        kind = f"http_{e.status}"
                    self.error(kind or type(e).__name__)
                    if writer is not None:
                        writer.close()
                        reader = writer = None
                    await asyncio.sleep(0.2 + random.random() * 0.3)
        finally:
            if writer is not None:
                writer.close()

    async def plain(self, reader, writer):
        t0 = time.perf_counter()
        writer.write(self.plain_req)
        await writer.drain()
        status, headers = await read_head(reader)
        body = b"".join([c async for c in body_chunks(reader, headers)])
        if status != 200:
            raise HttpError(status)
        if b'"chat.completion"' not in body:
            raise ValueError("not a chat.completion")
        if not self.stopping:
            self.stage.plain_lat.append(time.perf_counter() - t0)
            self.stage.plain_ok += 1
        self.totals["plain"] += 1
        return headers.get("connection") == "close"

    async def stream(self, reader, writer):
        t0 = time.perf_counter()
        writer.write(self.stream_req)
        await writer.drain()
        status, headers = await read_head(reader)
        if status != 200:
            async for _ in body_chunks(reader, headers):
                pass
            raise HttpError(status)
        self.open_streams += 1
        self.stage.peak_open = max(self.stage.peak_open, self.open_streams)
        stage = self.stage
        last = None
        done = False
        buf = b""
        try:
            async for data in body_chunks(reader, headers):
                buf += data
                *lines, buf = buf.split(b"\n")
                for line in lines:
                    if not line.startswith(b"data:"):
                        continue
                    now = time.perf_counter()
                    if last is None:
                        stage.ttfb.append(now - t0)
                    else:
                        stage.gaps.append(now - last)
                    last = now
                    stage.events += 1
                    if line.strip() == b"data: [DONE]":
                        done = True
        finally:
            self.open_streams -= 1
        if not done:
            raise asyncio.IncompleteReadError(b"", None)
        if not self.stopping:
            self.stage.streams_ok += 1
        self.totals["streams"] += 1
        return headers.get("connection") == "close"

    def snapshot(self, label, lag=0.0):
        ps = proc_stats(self.args.pid) if self.args.pid else None
        cpu_now, wall_now = sum(os.times()[:2]), time.monotonic()
        wall = max(1e-6, wall_now - self.cpu_mark[1])
        cpu_pct = 100 * (cpu_now - self.cpu_mark[0]) / wall
        proxy_pct = 100 * (ps[3] - self.cpu_mark[2]) / wall if ps and self.cpu_mark[2] is not None else None
        self.cpu_mark = (cpu_now, wall_now, ps[3] if ps else None)
        if ps:
            self.rss_peak = max(self.rss_peak, ps[0])
        conns = tcp_established(self.args.proxy_port or self.port, self.args.upstream_port or -1)
        s = {"t": round(time.monotonic() - self.t0, 1), "label": label, "open_streams": self.open_streams,
             "plain": self.totals["plain"], "streams": self.totals["streams"], "errors": self.totals["errors"],
             "rss_mb": ps[0] if ps else None, "threads": ps[1] if ps else None, "fds": ps[2] if ps else None,
             "client_conns": conns[0], "upstream_conns": conns[1],
             "client_cpu_pct": round(cpu_pct, 1), "loop_lag_ms": round(lag * 1000, 1),
             "proxy_cpu_pct": round(proxy_pct, 1) if proxy_pct is not None else None}
        rss = f"{s['rss_mb']:.0f}" if ps else "-"
        print(f"{time.strftime('%H:%M:%S')} t={s['t']:>6}s {label:<10} open_streams={s['open_streams']:<5} "
              f"plain={s['plain']:<7} streams={s['streams']:<6} errors={s['errors']:<4} rss_mb={rss:<5} "
              f"cpu={proxy_pct if proxy_pct is not None else 0:.0f}% "
              f"threads={s['threads']} fds={s['fds']} client_conns={s['client_conns']} "
              f"upstream_conns={s['upstream_conns']} client_cpu={cpu_pct:.0f}% loop_lag_ms={lag * 1000:.0f}", flush=True)
        if self.samples_file:
            self.samples_file.write(json.dumps(s) + "\n")
            self.samples_file.flush()
        return s

    async def sampler(self):
        while True:
            due = time.monotonic() + self.args.sample
            await asyncio.sleep(self.args.sample)
            lag = time.monotonic() - due  # how late the event loop woke us: the client's own delay
            if self.stopping:
                self.snapshot("draining", lag)
            else:
                self.stage.samples.append(self.snapshot(f"load:{self.stage.level}", lag))

    async def run(self):
        a = self.args
        self.t0 = time.monotonic()
        self.cpu_mark = (sum(os.times()[:2]), self.t0, None)
        self.rss_peak = 0.0
        self.samples_file = open(a.samples, "w", encoding="utf-8") if a.samples else None
        before = self.snapshot("before")
        sampler = asyncio.create_task(self.sampler())
        tasks = [asyncio.create_task(self.worker(False, a.plain_rps / a.plain_workers))
                 for _ in range(a.plain_workers)] if a.plain_rps > 0 else []
        streams = 0
        for level in a.levels:
            self.stage = Stage(level)
            self.stages.append(self.stage)
            print(f"--- stage: ramp to {level} concurrent streams, then hold for {a.stage_seconds}s", flush=True)
            ramp_start, base = time.monotonic(), streams
            while streams < level:  # ramp at --ramp connections per second, catching up if the loop lags
                due = base + 1 + int((time.monotonic() - ramp_start) * a.ramp)
                batch = min(level, due) - streams
                tasks += [asyncio.create_task(self.worker(True)) for _ in range(max(0, batch))]
                streams += max(0, batch)
                await asyncio.sleep(0.05)
            self.stage.ramp_seconds = time.monotonic() - ramp_start
            await asyncio.sleep(a.stage_seconds)
            self.stage.end = time.monotonic()
            self.stage.end_sample = self.snapshot(f"end:{level}")
            self.stage.samples.append(self.stage.end_sample)
        self.stopping = True
        print(f"--- load stopped: letting open streams end (at most {a.drain}s)", flush=True)
        finished, pending = await asyncio.wait(tasks, timeout=a.drain)
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        sampler.cancel()
        after_drain = self.snapshot("drained")
        if pending:
            print(f"{len(pending)} connections were still busy after {a.drain}s and were closed", flush=True)
        await asyncio.sleep(5)
        after5 = self.snapshot("after+5s")
        after = after5
        if a.settle > 5:
            await asyncio.sleep(a.settle - 5)
            after = self.snapshot(f"after+{a.settle:.0f}s")
        self.report(before, after_drain, after5, after)

    def report(self, before, drained, after5, after):
        a = self.args
        ms = lambda v: v * 1000
        print("\n== per stage (latencies in ms; req/s = completed plain + streamed requests per second)")
        print(f"{'streams':>7} {'secs':>5} {'req/s':>7} {'plain/s':>7} {'streams/s':>9} {'plain p50':>9} {'plain p99':>9} "
              f"{'ttfb p50':>8} {'ttfb p99':>8} {'gap p99':>8} {'gap max':>8} {'peak open':>9} {'errors':>6} "
              f"{'rss MB min/max/end':>18} {'threads max':>11} {'proxy cpu':>9} {'client cpu/lag':>14}")
        for st in self.stages:
            secs = st.end - st.start
            rss = [s["rss_mb"] for s in st.samples if s["rss_mb"] is not None]
            thr = [s["threads"] for s in st.samples if s["threads"] is not None]
            rss_txt = f"{min(rss):.0f}/{max(rss):.0f}/{rss[-1]:.0f}" if rss else "-"
            print(f"{st.level:>7} {secs:>5.0f} {(st.plain_ok + st.streams_ok) / secs:>7.1f} {st.plain_ok / secs:>7.1f} "
                  f"{st.streams_ok / secs:>9.1f} {ms(pct(st.plain_lat, 50)):>9.2f} {ms(pct(st.plain_lat, 99)):>9.2f} "
                  f"{ms(pct(st.ttfb, 50)):>8.2f} {ms(pct(st.ttfb, 99)):>8.2f} {ms(pct(st.gaps, 99)):>8.1f} "
                  f"{ms(max(st.gaps, default=float('nan'))):>8.1f} {st.peak_open:>9} {sum(st.errors.values()):>6} "
                  f"{rss_txt:>18} {max(thr, default=0):>11} "
                  f"{max((x['proxy_cpu_pct'] or 0 for x in st.samples), default=0):>8.0f}% "
                  f"{max((x['client_cpu_pct'] for x in st.samples), default=0):>7.0f}%/"
                  f"{max((x['loop_lag_ms'] for x in st.samples), default=0):>4.0f}ms")
            if st.errors:
                print(f"        errors: {dict(st.errors)}")
            if st.ramp_seconds > 2 * (st.level / a.ramp) + 1:
                print(f"        the ramp to {st.level} took {st.ramp_seconds:.0f}s (planned {st.level / a.ramp:.0f}s at most)")
        print(f"(gap = time between two events of one stream; the upstream sends one every {a.event_interval}s."
              " proxy cpu = the proxy's CPU use, highest sample (100% = its whole core)."
              " client cpu/lag = this client's CPU use and event-loop lag, highest sample:"
              " near 100% or a lag of 100 ms and more means the figures include the client's own delays)")
        print("\n== proxy process before, at the end of load, and after")
        for s in (before, self.stages[-1].end_sample, drained, after5) + ((after,) if after is not after5 else ()):
            rss = f"{s['rss_mb']:.0f} MB" if s["rss_mb"] is not None else "-"
            print(f"{s['label']:<12} rss={rss:<8} threads={s['threads']} fds={s['fds']} "
                  f"client_conns={s['client_conns']} upstream_conns={s['upstream_conns']}")

        print("\n== targets")
        errors = sum(sum(st.errors.values()) for st in self.stages)
        top = max(a.levels)
        peak = max(st.peak_open for st in self.stages)
        rss_all = [self.rss_peak] if self.rss_peak else []  # every sample, the drain and after included
        verdict = lambda ok: "PASS" if ok else "FAIL"
        print(f"{verdict(errors == 0)}  errors: {errors}")
        print(f"{verdict(peak >= top)}  concurrent streams held open: peak {peak} (target {top})")
        if rss_all:
            print(f"{verdict(max(rss_all) < a.rss_limit)}  peak RSS {max(rss_all):.0f} MB (limit {a.rss_limit} MB)")
            last = [s["rss_mb"] for s in self.stages[-1].samples[len(self.stages[-1].samples) // 2:]
                    if s["rss_mb"] is not None]
            if len(last) >= 2:
                growth = (last[-1] - last[0]) / last[0] * 100
                print(f"{'PASS' if growth < 10 else 'CHECK'}  RSS over the second half of the last stage: "
                      f"{last[0]:.0f} -> {last[-1]:.0f} MB ({growth:+.1f}%; flat = under +10%)")
        print(f"{verdict(after['client_conns'] == 0)}  client connections left after load: {after['client_conns']}")
        if after["threads"] is not None and before["threads"] is not None:
            ok = after["threads"] <= before["threads"] * 1.25 + 8
            print(f"{'PASS' if ok else 'CHECK'}  threads before {before['threads']} -> after {after['threads']} "
                  f"(peak {max((s['threads'] for st in self.stages for s in st.samples if s['threads']), default=0)})")
            ok = after["fds"] <= before["fds"] + a.upstream_pool + 8
            print(f"{'PASS' if ok else 'CHECK'}  open files before {before['fds']} -> after {after['fds']} "
                  f"(pooled upstream connections left: {after['upstream_conns']}, pool limit {a.upstream_pool})")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True, help="proxy base URL, e.g. http://127.0.0.1:18088")
    p.add_argument("--body", required=True)
    p.add_argument("--levels", default="100,250,500,1000")
    p.add_argument("--stage-seconds", type=float, default=120)
    p.add_argument("--plain-rps", type=float, default=100)
    p.add_argument("--plain-workers", type=int, default=8)
    p.add_argument("--ramp", type=float, default=250, help="new streaming connections per second")
    p.add_argument("--request-timeout", type=float, default=60)
    p.add_argument("--drain", type=float, default=30, help="seconds to let open streams end after the load")
    p.add_argument("--settle", type=float, default=60, help="seconds after the drain to sample again")
    p.add_argument("--sample", type=float, default=5)
    p.add_argument("--pid", type=int, help="proxy PID to sample from /proc (children included)")
    p.add_argument("--proxy-port", type=int)
    p.add_argument("--upstream-port", type=int)
    p.add_argument("--upstream-pool", type=int, default=256, help="proxy's idle upstream pool limit")
    p.add_argument("--event-interval", type=float, default=0.5)
    p.add_argument("--rss-limit", type=float, default=512)
    p.add_argument("--samples", help="write every sample as a JSON line to this file")
    args = p.parse_args()
    args.levels = [int(x) for x in args.levels.replace(" ", ",").split(",") if x]
    asyncio.run(Load(args).run())


if __name__ == "__main__":
    main()
