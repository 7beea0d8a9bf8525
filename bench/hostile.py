"""Hostile-input and flood benchmark against Medvind's public port, with the
whole stack running as `make run` starts it (default rate limits), on
127.0.0.1 only.

1. 10,000 hostile requests, 50 at a time (malformed and mistyped JSON, odd
   Unicode, huge bodies, forged tokens, cookies and CSRF fields, form and
   multipart bodies that lie about themselves, odd methods and paths), while
   one real client goes through a check-in; counts answers by status class,
   requests without an answer within 45 s, and the real client's turn times.
2. 600 simultaneous new-client requests from one address: how many were
   refused with 429, any 5xx, and whether the service is healthy afterwards.

    .venv/bin/python bench/hostile.py [--requests 10000]
"""
import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import RESULTS, Medvind  # noqa: E402  (the same stack as the load benchmark)

REAL_CLIENT = ["/start_checkin", "Okej", "Jag lagade mat", "Det var svårt att sova", "Nej, inget"] * 6
ODD_TEXT = ["", " ", "\u0000", "\u202e", "ä" * 3000, "😀" * 500, "\\u0000", "{", "null",
            "<script>alert(1)</script>", "' OR 1=1 --", "%00", "../../etc/passwd", "\r\n\r\n", "\x80\x81"]


def hostile_request(rng: random.Random, base: str, tokens: list[str]) -> dict:
    """One request as keyword arguments for aiohttp's `request`. Real tokens of
    many clients, so that the chat's per-client limit does not hide how the
    input itself is handled."""
    kind = rng.randrange(10)
    auth = {"Authorization": f"Bearer {rng.choice(tokens)}"}
    if kind == 0:  # mistyped JSON in the chat
        body = rng.choice([[], {}, {"message": 5}, {"message": None}, {"message": ["a"]}, "text", 3.5,
                           {"message": "hej", "message_id": {"x": 1}}, {"message": "a" * 5000}])
        return dict(method="POST", url=f"{base}/api/chat", json=body, headers=auth)
    if kind == 1:  # bytes that are no JSON at all
        return dict(method="POST", url=f"{base}/api/chat", data=rng.randbytes(rng.randrange(1, 3000)),
                    headers=auth | {"Content-Type": "application/json"})
    if kind == 2:  # a body far over the limit
        return dict(method="POST", url=f"{base}/api/chat", data=b"{" + b"a" * rng.choice([300_000, 2_000_000]),
                    headers=auth | {"Content-Type": "application/json"})
    if kind == 3:  # forged tokens
        forged = rng.choice(["Bearer ", "Bearer x", "Basic abc", "Bearer " + "a" * 500, "bearer\t1", "Bearer ÿÿ"])
        return dict(method=rng.choice(["GET", "POST", "DELETE"]),
                    url=base + rng.choice(["/api/chat", "/api/me/export", "/api/me", "/api/history"]),
                    headers={"Authorization": forged}, json={"message": "hej"})
    if kind == 4:  # login form with odd fields and cookies
        fields = {"csrf": rng.choice(ODD_TEXT), "username": rng.choice(ODD_TEXT), "password": rng.choice(ODD_TEXT)}
        return dict(method="POST", url=f"{base}/ombud/login", data=fields, allow_redirects=False,
                    headers={"Cookie": "medvind_login_csrf=" + rng.choice(["ÿ", "a b", "x" * 300, "%FF"])})
    if kind == 5:  # multipart that lies about its boundary, forms in a wrong encoding
        return dict(method="POST", url=base + rng.choice(["/ombud/login", "/ombud/logout", "/ombud/link-code"]),
                    data=rng.randbytes(rng.randrange(1, 500)), allow_redirects=False,
                    headers={"Content-Type": rng.choice(["multipart/form-data", "multipart/form-data; boundary=x",
                                                         "application/x-www-form-urlencoded; charset=utf-8"]),
                             "Cookie": "medvind_ombud=" + rng.choice(["ÿ", "x", "%FF%FE"])})
    if kind == 6:  # odd paths
        path = "".join(rng.choice("abc/%.~äö😀\\") for _ in range(rng.randrange(1, 40)))
        return dict(method="GET", url=f"{base}/{path}", allow_redirects=False)
    if kind == 7:  # odd methods on real routes
        return dict(method=rng.choice(["PUT", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]),
                    url=base + rng.choice(["/", "/api/chat", "/api/session", "/ombud/login"]))
    if kind == 8:  # device codes guessed, with odd types
        return dict(method="POST", url=f"{base}/api/session/claim",
                    json=rng.choice([{"code": "000000"}, {"code": 123456}, {"code": ["a"]}, [], {"code": "ä" * 100}]))
    return dict(method="POST", url=f"{base}/api/session")  # new clients, as a flood would make them


async def send(http: aiohttp.ClientSession, request: dict) -> str:
    try:
        async with http.request(**request, timeout=aiohttp.ClientTimeout(total=45)) as resp:
            await resp.read()
            return str(resp.status)
    except asyncio.TimeoutError:
        return "no answer within 45 s"
    except aiohttp.ClientError as exc:
        # the server closed the connection on a request it refused (e.g. a body over the limit)
        return f"connection closed ({type(exc).__name__})"


async def real_client(http: aiohttp.ClientSession, base: str, stop: asyncio.Event) -> list[float]:
    async with http.post(f"{base}/api/session") as resp:
        token = (await resp.json())["client_token"]
    times = []
    for message in REAL_CLIENT:
        if stop.is_set():
            break
        t0 = time.perf_counter()
        async with http.post(f"{base}/api/chat", json={"message": message},
                             headers={"Authorization": f"Bearer {token}"}) as resp:
            await resp.read()
            assert resp.status == 200, resp.status
        times.append(time.perf_counter() - t0)
        await asyncio.sleep(0.5)
    return times


async def flood(base: str, total: int, rng: random.Random) -> tuple[Counter, list[float], float]:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        tokens = []
        for _ in range(100):  # within the new-client limit of one minute
            async with http.post(f"{base}/api/session") as resp:
                tokens.append((await resp.json())["client_token"])
        stop = asyncio.Event()
        client = asyncio.create_task(real_client(http, base, stop))
        counts, queue = Counter(), asyncio.Queue()
        for _ in range(total):
            queue.put_nowait(hostile_request(rng, base, tokens))

        async def worker():
            while not queue.empty():
                counts[await send(http, queue.get_nowait())] += 1

        t0 = time.perf_counter()
        await asyncio.sleep(0)  # the real client's first turn goes out before the flood
        await asyncio.gather(*(worker() for _ in range(50)))
        seconds = time.perf_counter() - t0
        stop.set()
        return counts, await client, seconds


async def at_once(base: str, n: int) -> Counter:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        return Counter(await asyncio.gather(*(send(http, dict(method="POST", url=f"{base}/api/session"))
                                              for _ in range(n))))


async def healthy(base: str) -> bool:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{base}/healthz") as resp:
            if resp.status != 200:
                return False
        async with http.post(f"{base}/api/session") as resp:
            if resp.status != 200:  # the flood's minute may not be over: wait it out once
                await asyncio.sleep(61)
        async with http.post(f"{base}/api/session") as resp:
            token = (await resp.json())["client_token"]
        async with http.post(f"{base}/api/chat", json={"message": "hej"},
                             headers={"Authorization": f"Bearer {token}"}) as resp:
            return resp.status == 200 and bool((await resp.json())["messages"])


def pct(values: list[float], q: float) -> str:
    return f"{statistics.quantiles(values, n=100)[q - 1] * 1000:.0f} ms" if len(values) > 2 else "–"


async def main(total: int) -> None:
    rng = random.Random(20261203)
    async with Medvind(limits={}) as stack:  # the default rate limits, as deployed
        counts, turns, seconds = await flood(stack.base, total, rng)
        after_flood = await healthy(stack.base)
        await asyncio.sleep(61)  # a new minute for the new-client limit
        burst = await at_once(stack.base, 600)
        after_burst = await healthy(stack.base)
    lines = [f"# Hostile input and floods ({time.strftime('%Y-%m-%d %H:%M')})", "",
             f"{total} hostile requests, 50 at a time, in {seconds:.0f} s:", "",
             "| answer | requests |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(counts.items())]
    lines += ["", "(429: a rate limit; 413: a body over the limit; 400/401/403/404/405: refused input.)", "",
              f"A real client during the flood: {len(turns)} check-in turns, p50 {pct(turns, 50)}, "
              f"p95 {pct(turns, 95)}, max {max(turns) * 1000:.0f} ms. Healthy afterwards: {after_flood}.", "",
              "600 simultaneous new-client requests from one address:", "",
              "| answer | requests |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(burst.items())]
    lines += ["", f"Healthy afterwards (health check and a chat turn): {after_burst}."]
    out = "\n".join(lines)
    print(out)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "hostile.md").write_text(out + "\n")
    server_errors = sum(n for k, n in (counts + burst).items() if k.startswith("5"))
    print(json.dumps({"5xx": server_errors}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().requests))
