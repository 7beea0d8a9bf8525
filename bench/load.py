"""Load benchmark: Medvind's whole stack (web app, Rasa server, action server,
SQLite) against Rasa's stock `rasa init` bot, on 127.0.0.1 only.

Creates N clients and drives complete conversations (strengths, motivation with
numbers, check-in) through POST /api/chat, with 1 and with 20 concurrent
clients. Prints p50/p95/p99 per-turn latency, turns per second and the peak
memory of every process, and the ratios to stock Rasa. --typed sends
phone-style typed messages instead of button payloads; --turns N makes each
conversation N turns long and adds p50/p95 by conversation length.

    .venv/bin/python bench/load.py [--rounds 2] [--skip-stock] [--typed] [--turns 400]
"""
import argparse
import asyncio
import contextlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The two runtimes (README, "Runtimes"): Rasa from .venv, web app and actions from .venv-app.
RASA_BIN = ROOT / ".venv" / "bin"
APP_BIN = ROOT / ".venv-app" / "bin"
# The benchmarks measure speed, not the flood limits (tests/test_rate_limits.py does).
NO_LIMITS = {f"MEDVIND_LIMIT_{name}": "1000000/minute" for name in
             ("NEW_CLIENTS", "DEVICE_CLAIMS", "LOGINS_PER_ADDRESS", "LOGINS_PER_ACCOUNT", "CHAT_MESSAGES")}
RESULTS = ROOT / "bench" / "results"

# One client's conversation: strengths, motivation with numbers, check-in.
MEDVIND_SCRIPT = [
    "hej", "/start_strengths", "Min familj", "Jag pratade med en vän", "hoppa över",
    "Min syster", "Jag hjälper grannen", "Jag är envis", "Jag tog körkort",
    "/start_motivation", "Börja promenera", "typ en sexa", "Jag har bra skor", "En vän att gå med",
    "/start_checkin", "Okej", "Jag lagade mat", "Det var svårt att sova", "Nej, inget",
]
STOCK_SCRIPT = ["hi", "I am sad", "yes", "great", "are you a bot?", "bye"] * 3
# Typed as on a phone (--typed): a check-in in own words, a strengths round, small talk.
TYPED_SCRIPT = [
    "hej", "vill checka in", "sådär, sov dåligt", "gick ut m hunden", "bussen var inställd", "nej inget",
    "kan vi göra styrkor", "min syster o musiken", "pratade m en vän", "hoppa över", "mamma", "hjälper grannen",
    "envis typ", "klarade körkortet", "tack", "hur har det varit? vill checka in igen", "okej dag",
    "lagade mat", "trött", "nej", "visa mina svar", "tack så mycket",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def family(pid: int) -> list[int]:
    """The process and all its descendants (Sanic workers are children)."""
    pids = [pid]
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except FileNotFoundError:
        return pids
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except FileNotFoundError:
            continue
        for child in children:
            pids += family(int(child))
    return pids


def _proc_mb(path: str, field: str) -> float:
    """A "<field>: <n> kB" line of a /proc file, in MB (0 once the process is gone)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0.0


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the process's peak resident memory."""
    return _proc_mb(f"/proc/{pid}/status", "VmHWM")


def pss_mb(pid: int) -> float:
    """Proportional set size: private memory plus an equal share of pages
    shared with other processes (the two Rasa servers' TensorFlow library)."""
    return _proc_mb(f"/proc/{pid}/smaps_rollup", "Pss")


class PeakPss(threading.Thread):
    """The highest sum of all processes' PSS, sampled twice a second: what the
    processes together take from the machine, counting shared pages once."""

    def __init__(self, procs: dict) -> None:
        super().__init__(daemon=True)
        self.procs, self.peak_mb, self.done = procs, 0.0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.5):
            total = sum(pss_mb(pid) for p in list(self.procs.values()) for pid in family(p.pid))
            self.peak_mb = max(self.peak_mb, total)

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.peak_mb


async def wait_up(url: str, seconds: float = 180, process: subprocess.Popen | None = None) -> float:
    start = time.monotonic()
    async with aiohttp.ClientSession() as http:
        while time.monotonic() - start < seconds:
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"{url}: the process exited with {process.returncode}")
            try:
                async with http.get(url) as resp:
                    if resp.status == 200:
                        return time.monotonic() - start
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise TimeoutError(url)


def procfile_env(process: str) -> dict[str, str]:
    """The variables `make run` sets for one process in the Procfile."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{process}:"):
            return dict(re.findall(r"(\w+)=(\S+)", line.split(".venv/bin/")[0]))
    return {}


def start(cmd, env, log):
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


class Medvind:
    name = "Medvind (web + Rasa + actions + SQLite)"
    rasa_workers = 1  # more than one needs a shared lock store: Redis
    # separate `rasa run`s, as many as `make run` starts; the web app keeps each
    # conversation on one
    rasa_servers = len(re.findall(r"^rasa\d*:", (ROOT / "Procfile").read_text(), re.M))

    def __init__(self, limits: dict | None = None, cluster: bool = False):
        """`cluster`: as on several machines (README, "More than one machine"):
        PostgreSQL, Redis for the conversation locks and the rate limits, three
        Rasa servers and two web apps."""
        self.limits = NO_LIMITS if limits is None else limits
        self.cluster = cluster
        if cluster:
            self.name, self.rasa_servers = "Medvind cluster (2 web + 3 Rasa + actions + PostgreSQL + Redis)", 3

    async def __aenter__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="medvind-bench-"))
        ports = {k: free_port() for k in ("actions", "redis")}
        web_ports = [free_port() for _ in range(2 if self.cluster else 1)]
        rasa_ports = [free_port() for _ in range(self.rasa_servers)]
        endpoints = self.tmp / "endpoints.yml"
        endpoints.write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{ports["actions"]}/webhook"\n'
            "tracker_store:\n  type: bot.tracker_store.MedvindTrackerStore\n"
            + (f"lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: {ports['redis']}\n"
               if self.rasa_workers > 1 else "")
            + ("lock_store:\n  type: bot.lock_store.MedvindLockStore\n" if self.cluster else ""))
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{self.tmp}/medvind.db",
                   TRACKER_DATABASE_URL=f"sqlite:///{self.tmp}/tracker.db",
                   RASA_URL=",".join(f"http://127.0.0.1:{port}" for port in rasa_ports),
                   ACTION_SERVER_URL=f"http://127.0.0.1:{ports['actions']}",
                   WEB_PORT=str(web_ports[0]), HOST="127.0.0.1", SANIC_HOST="127.0.0.1",
                   RASA_TELEMETRY_ENABLED="false", PYTHONWARNINGS="ignore", TF_CPP_MIN_LOG_LEVEL="2",
                   SANIC_WORKERS=str(self.rasa_workers)) | self.limits
        self.databases = contextlib.ExitStack()
        if self.cluster:
            sys.path.insert(0, str(ROOT))
            from tests.postgres_server import running_postgres

            url = self.databases.enter_context(running_postgres())
            redis = f"redis://127.0.0.1:{ports['redis']}"
            env |= {"DATABASE_URL": url, "TRACKER_DATABASE_URL": url, "REDIS_URL": f"{redis}/1",
                    "MEDVIND_LIMITS_STORAGE": f"{redis}/2"}
        subprocess.run([str(APP_BIN / "python"), "-m", "bot", "db", "upgrade"], cwd=ROOT, env=env, check=True)
        t0 = time.monotonic()
        self.procs, self.recipes = {}, {}
        if self.rasa_workers > 1 or self.cluster:
            self._start("redis", ["redis-server", "--port", str(ports["redis"]), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no"], env)
        self._start("actions", [str(APP_BIN / "python"), "-m", "rasa_sdk", "--port", str(ports["actions"]),
                                "--actions", "actions"], env)
        for i, port in enumerate(rasa_ports):
            name = "rasa" + (str(i + 1) if i else "")  # the Procfile's names: rasa, rasa2, ...
            self._start(name, [str(RASA_BIN / "rasa"), "run", "--interface", "127.0.0.1", "--port", str(port),
                               "--model", "models/medvind.tar.gz", "--endpoints", str(endpoints),
                               "--credentials", "credentials.yml"], env | (procfile_env(name) or procfile_env("rasa")))
        webs = {"web" + (str(i + 1) if i else ""): port for i, port in enumerate(web_ports)}
        for name, port in webs.items():
            self._start(name, [str(APP_BIN / "python"), "-m", "bot", "serve"], env | {"WEB_PORT": str(port)})
        self.health = {**{name: f"http://127.0.0.1:{port}/healthz" for name, port in webs.items()},
                       "actions": f"http://127.0.0.1:{ports['actions']}/health",
                       **{"rasa" + (str(i + 1) if i else ""): f"http://127.0.0.1:{port}/" for i, port in enumerate(rasa_ports)}}
        self.pss = PeakPss(self.procs)
        self.pss.start()
        self.bases = [f"http://127.0.0.1:{port}" for port in web_ports]
        self.base = self.bases[0]
        for base in self.bases:
            await wait_up(f"{base}/healthz")
        self.ready_seconds = time.monotonic() - t0
        return self

    def _start(self, name: str, cmd: list, env: dict) -> None:
        self.recipes[name] = (cmd, env)
        with (self.tmp / f"{name}.log").open("a") as log:  # its own, to read why it did not start
            self.procs[name] = start(cmd, env, log)

    def kill(self, name: str) -> None:
        """kill -9 of the process and its children (bench/chaos.py)."""
        for pid in family(self.procs[name].pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 9)
        self.procs[name].wait()

    async def restart(self, name: str) -> float:
        """Starts a killed process again; returns the seconds until it answers."""
        self._start(name, *self.recipes[name])
        return await wait_up(self.health[name], process=self.procs[name])

    async def __aexit__(self, exc_type, *exc):
        for p in self.procs.values():
            p.terminate()
        for p in self.procs.values():
            p.wait(timeout=30)
        self.databases.close()
        if exc_type is None:
            shutil.rmtree(self.tmp, ignore_errors=True)
        else:
            print(f"logs kept in {self.tmp}", file=sys.stderr)

    script = MEDVIND_SCRIPT

    async def new_client(self, http):
        async with http.post(f"{self.base}/api/session") as resp:
            token = (await resp.json())["client_token"]

        async def send(message):
            async with http.post(f"{self.base}/api/chat", json={"message": message},
                                 headers={"Authorization": f"Bearer {token}"}) as resp:
                assert resp.status == 200, resp.status
                await resp.read()
        return send


class StockRasa:
    name = "stock Rasa (`rasa init` bot, REST channel)"
    script = STOCK_SCRIPT

    async def __aenter__(self):
        self.dir = ROOT / "var" / "bench" / "stock"
        if not (self.dir / "models").exists():
            self.dir.mkdir(parents=True, exist_ok=True)
            subprocess.run([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(self.dir)],
                           cwd=self.dir, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = free_port()
        env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONWARNINGS="ignore")
        self.log = (self.dir / "stock.log").open("w")
        t0 = time.monotonic()
        self.procs = {"rasa": subprocess.Popen(
            [str(BIN / "rasa"), "run", "--interface", "127.0.0.1", "--port", str(port)],
            cwd=self.dir, env=env, stdout=self.log, stderr=subprocess.STDOUT)}
        self.pss = PeakPss(self.procs)
        self.pss.start()
        self.base = f"http://127.0.0.1:{port}"
        await wait_up(f"{self.base}/")
        self.ready_seconds = time.monotonic() - t0
        self.counter = 0
        return self

    async def __aexit__(self, *exc):
        for p in self.procs.values():
            p.terminate()
            p.wait(timeout=30)
        self.log.close()

    async def new_client(self, http):
        self.counter += 1
        sender = f"bench-{self.counter}-{time.monotonic_ns()}"

        async def send(message):
            async with http.post(f"{self.base}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}) as resp:
                assert resp.status == 200, resp.status
                await resp.read()
        return send


async def drive(stack, clients: int, rounds: int, turns: int | None = None) -> dict:
    """Each client sends `rounds` rounds of the script, or `turns` messages
    (the script over and over) when given."""
    latencies: list[float] = []
    by_turn: list[tuple[int, float]] = []  # (the turn's place in its conversation, ms)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=120)) as http:
        async def one_client():
            send = await stack.new_client(http)
            for turn in range(turns or rounds * len(stack.script)):  # bounded
                t = time.perf_counter()
                await send(stack.script[turn % len(stack.script)])
                latencies.append((time.perf_counter() - t) * 1000)
                by_turn.append((turn, latencies[-1]))

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    q = statistics.quantiles(latencies, n=100)
    return {"clients": clients, "turns": len(latencies), "p50": q[49], "p95": q[94], "p99": q[98],
            "turns_per_s": len(latencies) / elapsed, "by_length": by_length(by_turn)}


def by_length(by_turn: list[tuple[int, float]], block: int = 100) -> list[tuple[str, float, float]]:
    """p50 and p95 of the turns at each stretch of the conversations (turns 1-100, 101-200, ...)."""
    rows = []
    for start in range(0, max(turn for turn, _ in by_turn) + 1, block):
        ms = [ms for turn, ms in by_turn if start <= turn < start + block]
        if len(ms) >= 20:
            q = statistics.quantiles(ms, n=20)
            rows.append((f"{start + 1}-{start + block}", statistics.median(ms), q[18]))
    return rows


def memory(stack) -> dict:
    return {name: sum(peak_rss_mb(pid) for pid in family(p.pid)) for name, p in stack.procs.items()}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive_measuring_cpu(stack, clients: int, rounds: int, turns: int | None = None) -> dict:
    before = {name: sum(cpu_seconds(pid) for pid in family(p.pid)) for name, p in stack.procs.items()}
    run = await drive(stack, clients, rounds, turns)
    run["cpu_ms_per_turn"] = {name: (sum(cpu_seconds(pid) for pid in family(p.pid)) - before[name])
                              * 1000 / run["turns"]
                              for name, p in stack.procs.items()}
    return run


def profile(stack, out: Path) -> list[subprocess.Popen]:
    """Sample every process with py-spy while the 20-client run goes on."""
    out.mkdir(parents=True, exist_ok=True)
    return [subprocess.Popen([str(BIN / "py-spy"), "record", "--pid", str(p.pid), "--format", "raw",
                              "--rate", "200", "--nonblocking", "-o", str(out / f"{name}.txt")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for name, p in stack.procs.items()]


async def measure(stack_cls, rounds: int, profile_dir: Path | None = None, turns: int | None = None) -> dict:
    async with stack_cls() as stack:
        # Warm-up: first TensorFlow calls are slow. Conversations go to a Rasa
        # server by a hash of their ID, so 8 per server miss one rarely (< 1 %).
        await drive(stack, 8 * stack.rasa_servers if isinstance(stack, Medvind) else 1, 1)
        runs = [await drive_measuring_cpu(stack, 1, rounds, turns)]
        samplers = profile(stack, profile_dir) if profile_dir else []
        runs.append(await drive_measuring_cpu(stack, 20, rounds, turns))
        for sampler in samplers:
            sampler.send_signal(2)  # SIGINT: py-spy writes its file and stops
            sampler.wait(timeout=60)
        return {"name": stack.name, "ready_s": stack.ready_seconds, "runs": runs, "memory": memory(stack),
                "peak_pss_mb": stack.pss.stop()}


def report(results: list[dict]) -> str:
    lines = []
    for r in results:
        lines.append(f"## {r['name']}")
        lines.append(f"ready to answer after start: {r['ready_s']:.1f} s")
        lines.append("| clients | turns | p50 ms | p95 ms | p99 ms | turns/s | CPU ms per turn |")
        lines.append("|---|---|---|---|---|---|---|")
        for run in r["runs"]:
            cpu = ", ".join(f"{k} {v:.1f}" for k, v in run["cpu_ms_per_turn"].items())
            lines.append(f"| {run['clients']} | {run['turns']} | {run['p50']:.1f} | {run['p95']:.1f} | "
                         f"{run['p99']:.1f} | {run['turns_per_s']:.1f} | {cpu} |")
        for run in r["runs"]:
            if len(run["by_length"]) > 1:
                lines.append(f"\n{run['clients']} client(s), by conversation length:\n")
                lines.append("| turns | p50 ms | p95 ms |")
                lines.append("|---|---|---|")
                lines += [f"| {span} | {p50:.1f} | {p95:.1f} |" for span, p50, p95 in run["by_length"]]
                lines.append("")
        mem = r["memory"]
        lines.append("peak memory (MB, VmHWM): " + ", ".join(f"{k} {v:.0f}" for k, v in mem.items())
                     + f"; total {sum(mem.values()):.0f}")
        lines.append(f"peak memory of all processes together (MB, PSS): {r['peak_pss_mb']:.0f}")
        lines.append("")
    if len(results) == 2:
        med, stock = results
        lines.append("## Medvind / stock Rasa")
        for m, s in zip(med["runs"], stock["runs"], strict=True):
            lines.append(f"- {m['clients']} client(s): p50 {m['p50'] / s['p50']:.2f}x, "
                         f"p95 {m['p95'] / s['p95']:.2f}x, turns/s {m['turns_per_s'] / s['turns_per_s']:.2f}x")
        lines.append(f"- memory: {sum(med['memory'].values()) / sum(stock['memory'].values()):.2f}x (VmHWM), "
                     f"{med['peak_pss_mb'] / stock['peak_pss_mb']:.2f}x (PSS)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-stock", action="store_true")
    parser.add_argument("--rasa-workers", type=int, default=1,
                        help="Sanic workers for the Rasa server (more than 1 starts Redis as lock store)")
    parser.add_argument("--rasa-servers", type=int, default=Medvind.rasa_servers,
                        help="separate Rasa servers (default: as many as the Procfile starts)")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="write py-spy samples of each process (20-client run) to DIR")
    parser.add_argument("--typed", action="store_true", help="phone-style typed messages, not button payloads")
    parser.add_argument("--turns", type=int, help="turns per conversation (the script repeated); by length too")
    args = parser.parse_args()
    Medvind.rasa_workers = args.rasa_workers
    Medvind.rasa_servers = args.rasa_servers
    if args.typed:
        Medvind.script = TYPED_SCRIPT
    results = [asyncio.run(measure(Medvind, args.rounds, args.profile, args.turns))]
    if not args.skip_stock:
        results.append(asyncio.run(measure(StockRasa, args.rounds, turns=args.turns)))
    summary = report(results)
    print(summary)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H:%M")
    name = "load.md" if args.rasa_workers == 1 else f"load-rasa-workers-{args.rasa_workers}.md"
    if args.typed or args.turns:
        name = name.replace(".md", f"{'-typed' if args.typed else ''}{f'-{args.turns}-turns' if args.turns else ''}.md")
    command = " ".join(["bench/load.py", *sys.argv[1:]])
    (RESULTS / name).write_text(f"# Load benchmark ({stamp}, {os.cpu_count()} cores)\n\n"
                                f"`.venv/bin/python {command}`\n\n{summary}\n")


if __name__ == "__main__":
    main()
