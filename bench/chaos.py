"""Chaos run: clients answer check-ins while every process kind of Medvind (web
app, each Rasa server, action server) is killed with kill -9 at random moments
and started again. Each client retries a failed send with the same message id,
as the chat page does. At the end every acknowledged answer is looked up in
what is stored: none may be missing and none stored twice (issue 18).

An answer is acknowledged when the client got the next question back. A reply
that does not move on (the action server was down: the question is asked
again) is what a person would answer by typing it again: a new message.

    .venv-app/bin/python bench/chaos.py [--clients 6] [--answers 600] [--kills 2] [--seed 1] [--cluster]

With --cluster the stack is the one for several machines (README, "More than
one machine"): PostgreSQL, Redis, three Rasa servers and two web apps. Each
client keeps to one web app, as behind the load balancer, and moves to the
other when its own does not answer.

Prints the counts and how long the clients waited for an answer, and exits
non-zero if an answer was lost or doubled.
"""
import argparse
import asyncio
import random
import re
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import Medvind  # noqa: E402  (the same stack as the load benchmark)

# The check-in's fields and the start of the question that follows each answer.
FIELDS = [("mood", "Vad är en sak som gick bra"), ("went_well", "Vad var svårt"),
          ("was_hard", "Finns det något du vill ta upp"), ("for_ombud", "Det du skrev är sparat")]
QUESTION = re.compile(r"Fråga (\d) av 4")
WORDS = ["lugn vecka", "sov ok", "tog en promenad", "träffade min syster", "lagade soppa", "städade lite"]


class Client:
    def __init__(self, http: aiohttp.ClientSession, bases: list[str], number: int, rng: random.Random) -> None:
        self.http, self.number, self.rng = http, number, rng
        self.bases = bases[number % len(bases):] + bases[:number % len(bases)]  # its own web app first
        self.base = self.bases[0]
        self.acknowledged: list[tuple[str, str]] = []  # (field, text)
        self.waits: list[float] = []  # seconds from first send to answer, retries included
        self.retries = self.retyped = 0

    async def start(self) -> None:
        async with self.http.post(f"{self.base}/api/session") as resp:
            self.token = (await resp.json())["client_token"]

    async def send(self, text: str) -> str:
        """Sends until the web app answers, retrying with the same message id."""
        message_id = uuid.uuid4().hex
        started = time.monotonic()
        while True:
            try:
                async with self.http.post(f"{self.base}/api/chat", json={"message": text, "message_id": message_id},
                                          headers={"Authorization": f"Bearer {self.token}"}) as resp:
                    if resp.status == 200:
                        self.waits.append(time.monotonic() - started)
                        return "\n".join(m["text"] for m in (await resp.json())["messages"])
            except (aiohttp.ClientConnectionError, asyncio.TimeoutError):
                # its web app is gone: the load balancer's next one
                self.base = self.bases[(self.bases.index(self.base) + 1) % len(self.bases)]
            except aiohttp.ClientError:
                pass
            self.retries += 1
            await asyncio.sleep(0.3 + self.rng.random() * 0.7)

    async def check_in(self, round_: int) -> None:
        """One check-in, answering whichever question the bot asks (after a crash
        it may be in the middle of one), until it says the check-in is saved."""
        reply = await self.send("/start_checkin")
        for _ in range(40):
            asked = QUESTION.findall(reply)
            if not asked:
                return
            number = int(asked[-1])
            field, next_question = FIELDS[number - 1]
            text = f"{self.rng.choice(WORDS)} {self.number}-{round_}-{field}"
            reply = await self.send(text)
            if next_question in reply:
                self.acknowledged.append((field, text))
                if number == len(FIELDS):
                    return
            else:  # asked again (the action server was down): a person types it again
                self.retyped += 1
                await asyncio.sleep(1)

    async def stored(self) -> Counter:
        async with self.http.get(f"{self.base}/api/me/export", headers={"Authorization": f"Bearer {self.token}"}) as r:
            export = await r.json()
        return Counter((field, c[field]) for c in export["checkins"] for field, _ in FIELDS if c[field])


def killable(stack: Medvind) -> list[str]:
    """Every process kind of Medvind's own; Redis (and PostgreSQL) are the deployment's."""
    return [n for n in stack.procs if n != "redis"]


async def chaos(stack: Medvind, rng: random.Random, stop: asyncio.Event, kills: Counter) -> None:
    names = killable(stack)
    while not stop.is_set():
        await asyncio.sleep(rng.uniform(2, 8))
        # the kind killed least so far, so that every kind is killed about as often
        name = min(rng.sample(names, len(names)), key=lambda n: kills[n])
        stack.kill(name)
        kills[name] += 1
        for attempt in range(3):  # a process that does not come back is started again, then the run stops
            try:
                seconds = await stack.restart(name)
                break
            except (TimeoutError, RuntimeError) as exc:
                print(f"  {name} did not come back ({type(exc).__name__}), attempt {attempt + 1}", flush=True)
                stack.kill(name)
        else:
            raise RuntimeError(f"{name} did not come back after kill -9")
        print(f"  kill -9 {name}: back in {seconds:.1f} s", flush=True)


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--answers", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kills", type=int, default=2, help="kill each process kind at least this often")
    parser.add_argument("--cluster", action="store_true", help="PostgreSQL, Redis, 3 Rasa servers, 2 web apps")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    async with Medvind(cluster=args.cluster) as stack:
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            clients = [Client(http, stack.bases, n, random.Random(args.seed * 100 + n)) for n in range(args.clients)]
            for client in clients:
                await client.start()
            stop, kills = asyncio.Event(), Counter()
            killer = asyncio.ensure_future(chaos(stack, rng, stop, kills))
            t0 = time.monotonic()

            async def run(client: Client) -> None:
                round_ = 0
                while not killer.done() and (sum(len(c.acknowledged) for c in clients) < args.answers
                                             or min((kills[n] for n in killable(stack)), default=0) < args.kills):
                    round_ += 1
                    await client.check_in(round_)

            await asyncio.gather(*(run(c) for c in clients))
            stop.set()
            await killer
            elapsed = time.monotonic() - t0
            lost = doubled = 0
            for client in clients:
                stored = await client.stored()
                for answer in client.acknowledged:
                    lost += stored[answer] == 0
                    doubled += stored[answer] > 1
    acknowledged = sum(len(c.acknowledged) for c in clients)
    waits = sorted(w for c in clients for w in c.waits)
    print(f"{stack.name}: clients {args.clients}, {elapsed:.0f} s, kills {dict(kills)}")
    print(f"wait for an answer (s): p50 {waits[len(waits) // 2]:.2f}, p95 {waits[int(len(waits) * 0.95)]:.2f}, "
          f"p99 {waits[int(len(waits) * 0.99)]:.2f}, longest {waits[-1]:.1f}")
    print(f"acknowledged answers {acknowledged}, lost {lost}, stored twice {doubled}; "
          f"retried sends {sum(c.retries for c in clients)}, answers typed again {sum(c.retyped for c in clients)}")
    return 1 if lost or doubled else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
