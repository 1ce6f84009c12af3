"""Scaling: each command on files of 1k, 10k and 100k reports, in both generator shapes, against
``tomllib.load`` of the same file: CPU time (steadier than wall time on a busy machine) as a
ratio to the parse, growth per 10x the data, and peak memory (maximum resident set) as a
ratio to the parser's own.

Cold runs set HTX_NO_CACHE=1; the warm row runs ``rank`` a second time with the parse cache
filled by a first run (a cache directory of the benchmark's own, never the user's).

With ``count`` (``run.py --instructions N``), each case also runs once under ``perf stat``:
user-space instructions as a ratio to tomllib's, deterministic where CPU seconds move with
the machine's load (the budgets stay of time; this is a second reading).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
#: budgets of issue #15: growth per 10x, cold run at 10k as a ratio to the parse, peak
#: memory at the largest size as a ratio to the parser's, a warm run at 10k
GROWTH, COLD_10K, PEAK, WARM_10K = 11.0, 1.5, 1.5, 0.3
#: the commands the cold budget names
COLD = ("validate", "validate --json", "rank", "show", "compare")


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds, CPU seconds and peak memory (the process's maximum resident set, MB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child alone
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # validate exits 1 on findings
        raise RuntimeError(f"{argv} exited {code}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def cases(py: str, htx: str, path: str, shape: str) -> dict[str, list[str]]:
    a, b = ("Tỉnh Thử 001", "Tỉnh Thử 002") if shape == "national" else ("Nơi Thử 000001", "Nơi Thử 000002")
    data = ["--data", path]
    return {
        "tomllib": [py, "-c", f"import tomllib; tomllib.load(open({path!r}, 'rb'))"],
        "validate": [htx, "validate", path],
        # JSON places acknowledged findings too: every block that holds one is read for lines
        "validate --json": [htx, "validate", "--format", "json", path],
        "rank": [htx, *data, "rank", "--by", "active_share", "--json"],
        "show": [htx, *data, "show", a, "--json"],
        "compare": [htx, *data, "compare", a, b, "--json"],
        "rank --as-2025": [htx, *data, "rank", "--by", "active_share", "--as-2025", "--json"],
        "list": [htx, *data, "list", "--json"],
        "rank (warm)": [htx, *data, "rank", "--by", "active_share", "--json"],
    }


def perf_argv(argv: list[str]) -> list[str]:
    """``argv`` run under ``perf stat``, counting user-space instructions."""
    return ["perf", "stat", "-x,", "-e", "instructions:u", *argv]


def instructions_in(stderr: str) -> int:
    """The count ``perf stat -x,`` prints last on standard error."""
    return int(stderr.strip().splitlines()[-1].split(",")[0])


def count_instructions(argv: list[str], env: dict[str, str]) -> float:
    """User-space instructions of one run (``perf stat``), NaN where perf cannot count."""
    try:
        run = subprocess.run(
            perf_argv(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
        )
        return float(instructions_in(run.stderr))
    except (OSError, ValueError, IndexError):
        return float("nan")


def one_size(
    py: str, htx: str, shape: str, n: int, rounds: int, count: bool = False
) -> dict[str, tuple[float, ...]]:
    """Medians of ``rounds`` interleaved rounds of every case on a file of ``n`` reports: wall
    and CPU seconds, peak MB, and (``count``) the instructions of one more run."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"{shape}{n}.toml")
        with open(path, "w", encoding="utf-8") as f:  # in a child: a forked child inherits
            # its parent's peak memory, so this process must not hold the data it generates
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), str(n), "--shape", shape], stdout=f, check=True
            )
        cold = {**os.environ, "HTX_NO_CACHE": "1", "XDG_CACHE_HOME": os.path.join(tmp, "cache")}
        warm = {**cold, "HTX_NO_CACHE": ""}
        argvs = cases(py, htx, path, shape)
        measure(argvs["rank (warm)"], warm)  # fills the cache
        runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in argvs}
        rng = random.Random(n)
        for _ in range(rounds):
            for name in rng.sample(list(argvs), len(argvs)):
                runs[name].append(measure(argvs[name], warm if name == "rank (warm)" else cold))
        counted = {
            name: count_instructions(argv, warm if name == "rank (warm)" else cold) if count else float("nan")
            for name, argv in argvs.items()
        }
    return {k: (*(statistics.median(r[i] for r in v) for i in range(3)), counted[k]) for k, v in runs.items()}


def report(
    py: str, htx: str, shapes: tuple[str, ...], sizes: tuple[int, ...], rounds: int, count: bool = False
) -> list[str]:
    """Print the table of every shape and size; return what is over its budget."""
    failed = []
    print(f"\nscaling, median of {rounds} interleaved rounds; cpu = user + system seconds; vs parse =")
    print("cpu / tomllib's cpu on the same file; growth = cpu / cpu at the previous size (10x)\n")
    print(
        f"{'shape':9} {'command':15} {'reports':>8} {'cpu s':>8} {'vs parse':>9} {'growth':>7} "
        f"{'peak MB':>8} "
        f"{'vs parse':>9}" + (f" {'instr vs parse':>15}" if count else "")
    )
    for shape in shapes:
        previous: dict[str, float] = {}
        for n in sizes:
            med = one_size(py, htx, shape, n, rounds, count)
            parse_cpu, parse_mb, parse_instr = med["tomllib"][1:]
            for name, (_wall, cpu, mb, instr) in med.items():
                growth = cpu / previous[name] if name in previous else float("nan")
                over = _over(name, n, cpu / parse_cpu, growth, mb / parse_mb, sizes[-1])
                grew = "" if growth != growth else f"{growth:6.2f}x"
                print(
                    f"{shape:9} {name:15} {n:8} {cpu:8.2f} {cpu / parse_cpu:8.2f}x {grew:>7} {mb:8.0f} "
                    f"{mb / parse_mb:8.2f}x"
                    + (f" {instr / parse_instr:14.3f}x" if count else "")
                    + ("  OVER" if over else ""),
                    flush=True,
                )
                if over:
                    failed.append(f"{shape} {name} {n}")
                previous[name] = cpu
    return failed


def _over(name: str, n: int, vs_parse: float, growth: float, mem: float, largest: int) -> bool:
    if name == "tomllib":
        return False
    if name == "rank (warm)":
        return n == 10_000 and vs_parse > WARM_10K
    cold = n == 10_000 and name in COLD and vs_parse > COLD_10K
    return cold or growth > GROWTH or (n == largest and n >= 100_000 and mem > PEAK)
