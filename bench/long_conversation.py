"""One client in one long conversation (a 12-hour session on a busy day):
typed phone-style messages, not button payloads, through the whole stack.
Prints p50/p95 per block of 100 turns, so a turn that grows dearer as the
conversation grows shows as a rising line (issue 18). With --profile DIR the
processes are sampled with py-spy in the last block.

    .venv/bin/python bench/long_conversation.py [--turns 800] [--profile DIR]
"""
import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import RESULTS, TYPED_SCRIPT, Medvind, profile  # noqa: E402  (the same stack as the load benchmark)

SCRIPT = TYPED_SCRIPT


async def run(turns: int, profile_dir: Path | None) -> list[float]:
    latencies: list[float] = []
    async with Medvind() as stack, aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
        # every turn goes to the same Rasa server: one conversation
        async with http.post(f"{stack.base}/api/session") as resp:
            token = (await resp.json())["client_token"]
        auth = {"Authorization": f"Bearer {token}"}
        samplers = []
        for turn in range(turns):
            if profile_dir and turn == turns - 100:
                samplers = profile(stack, profile_dir)
            t = time.perf_counter()
            async with http.post(f"{stack.base}/api/chat", json={"message": SCRIPT[turn % len(SCRIPT)],
                                                                 "message_id": f"t{turn}"}, headers=auth) as resp:
                assert resp.status == 200, resp.status
                await resp.read()
            latencies.append((time.perf_counter() - t) * 1000)
        for sampler in samplers:
            sampler.send_signal(2)
            sampler.wait(timeout=60)
    return latencies


def report(latencies: list[float]) -> str:
    lines = ["| turns | p50 ms | p95 ms |", "|---|---|---|"]
    for start in range(0, len(latencies), 100):
        block = latencies[start:start + 100]
        q = statistics.quantiles(block, n=20)
        lines.append(f"| {start + 1}-{start + len(block)} | {statistics.median(block):.0f} | {q[18]:.0f} |")
    first, last = statistics.median(latencies[:100]), statistics.median(latencies[-100:])
    lines.append(f"\nlast 100 turns' p50 / first 100 turns' p50: {last / first:.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=800)
    parser.add_argument("--profile", type=Path, metavar="DIR")
    args = parser.parse_args()
    summary = report(asyncio.run(run(args.turns, args.profile)))
    print(summary)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "long_conversation.md").write_text(
        f"# One long conversation ({time.strftime('%Y-%m-%d %H:%M')})\n\n"
        f"`.venv/bin/python bench/long_conversation.py {' '.join(sys.argv[1:])}`\n\n{summary}\n")


if __name__ == "__main__":
    main()
