#!/usr/bin/env python3
"""A stand-in for the OpenAI chat completions endpoint, for bench/ttfb.sh and bench/soak.sh.

Any POST whose JSON body has "stream": true gets a text/event-stream answer in chunked
encoding: the first chunk event (role + a short content) at once, then EVENTS more content
events INTERVAL seconds apart, then "data: [DONE]". Any other request gets one fixed
chat.completion JSON at once. HTTP/1.1 keep-alive, asyncio: thousands of concurrent
streams on one core. Listens on 127.0.0.1 only. Python standard library only.

  sse_upstream.py --port 18084 --events 2 --interval 0.2 [--stats 5]
"""
import argparse
import asyncio
import json
import re
import signal
import time

STREAM_TRUE = re.compile(rb'"stream"\s*:\s*true')
WORDS = ("Split", " the", " method", " in", " two:", " one", " part", " reads", " rows,", " one",
         " part", " checks", " them.", " Keep", " the", " reader", " streaming", " and", " collect",
         " problems", " instead", " of", " throwing.")
PLAIN = json.dumps({
    "id": "chatcmpl-bench0001", "object": "chat.completion", "created": 1732272000,
    "model": "gpt-4o-mini-2024-07-18",
    "choices": [{"index": 0, "message": {"role": "assistant", "content":
                 "Split the method in two: one part reads the rows and one part checks them. "
                 "Keep the reader streaming and collect problems instead of throwing."},
                 "logprobs": None, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 412, "completion_tokens": 31, "total_tokens": 443},
}, separators=(",", ":")).encode()


def chunk_event(delta, finish=None):
    data = json.dumps({
        "id": "chatcmpl-bench0001", "object": "chat.completion.chunk", "created": 1732272000,
        "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_bench",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }, separators=(",", ":"))
    return b"data: " + data.encode() + b"\n\n"


def chunked(payload):
    return b"%x\r\n%s\r\n" % (len(payload), payload)


class Upstream:
    def __init__(self, args):
        self.args = args
        self.open_streams = 0
        self.max_open = 0
        self.streams = 0
        self.plain = 0
        self.aborted = 0
        self.connections = 0
        self.first = chunked(chunk_event({"role": "assistant", "content": "Sure,"}))
        self.events = [chunked(chunk_event({"content": WORDS[i % len(WORDS)]})) for i in range(args.events)]
        self.last = chunked(chunk_event({}, "stop")) + chunked(b"data: [DONE]\n\n") + b"0\r\n\r\n"

    async def handle(self, reader, writer):
        self.connections += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                headers = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                body = b""
                if "content-length" in headers:
                    body = await reader.readexactly(int(headers["content-length"]))
                elif headers.get("transfer-encoding", "").lower() == "chunked":
                    body = await read_chunked(reader)
                close = headers.get("connection", "").lower() == "close" or lines[0].endswith("HTTP/1.0")
                if STREAM_TRUE.search(body):
                    await self.stream(writer)
                else:
                    self.plain += 1
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s"
                                 % (len(PLAIN), b"Connection: close\r\n" if close else b"", PLAIN))
                    await writer.drain()
                if close:
                    return
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            self.connections -= 1
            writer.close()

    async def stream(self, writer):
        self.open_streams += 1
        self.max_open = max(self.max_open, self.open_streams)
        done = False
        try:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                         b"Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n" + self.first)
            await writer.drain()
            start = time.monotonic()
            for i, event in enumerate(self.events):
                # Fixed schedule from the first event, so slow writes do not stretch the stream.
                await asyncio.sleep(max(0.0, start + (i + 1) * self.args.interval - time.monotonic()))
                writer.write(event)
                await writer.drain()
            writer.write(self.last)
            await writer.drain()
            done = True
            self.streams += 1
        finally:
            self.open_streams -= 1
            if not done:
                self.aborted += 1

    def stats(self):
        return (f"open_streams={self.open_streams} max_open_streams={self.max_open} connections={self.connections} "
                f"streams_done={self.streams} streams_aborted={self.aborted} plain_done={self.plain}")


async def read_chunked(reader):
    body = bytearray()
    while True:
        size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            return bytes(body)
        body += await reader.readexactly(size)
        await reader.readexactly(2)


async def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--events", type=int, default=2, help="content events after the first one")
    p.add_argument("--interval", type=float, default=0.2, help="seconds between events")
    p.add_argument("--backlog", type=int, default=4096)
    p.add_argument("--stats", type=float, default=0, help="print counters every N seconds (0: only at exit)")
    args = p.parse_args()
    up = Upstream(args)
    server = await asyncio.start_server(up.handle, "127.0.0.1", args.port, backlog=args.backlog, limit=1 << 20)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"sse_upstream listening on 127.0.0.1:{args.port} events={args.events} interval={args.interval}s", flush=True)
    async with server:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), args.stats if args.stats > 0 else None)
            except asyncio.TimeoutError:
                print(time.strftime("%H:%M:%S"), up.stats(), flush=True)
    print("final", up.stats(), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
