#!/usr/bin/env python3
"""Cold start of ocistudio: process start to the first painted spec, and
the peak RSS, best and median of several runs.

    tests/bench/coldstart.py BUILD/bin/ocistudio [FILE] [--runs N]

Runs the app with OCISTUDIO_STARTUP_PROBE=1 (it prints a line at its first
paint of the spec and quits) and QT_QPA_PLATFORM=offscreen unless set.
The time runs from just before the process is started to the paint; the
CPU time (user + system) covers the process from start to exit.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(app, file):
    env = dict(os.environ)
    env["OCISTUDIO_STARTUP_PROBE"] = "1"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Settings of its own: no restored geometry, no recent files.
    with tempfile.TemporaryDirectory() as config:
        env["XDG_CONFIG_HOME"] = config
        args = [app] + ([file] if file else [])
        start = time.monotonic_ns()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = proc.stdout.readline()
        _, status, usage = os.wait4(proc.pid, 0)
    fields = dict(f.split("=", 1) for f in line.split()[1:] if "=" in f)
    if not line.startswith("first-paint") or status != 0:
        sys.exit(f"no first paint reported (exit status {status}): {line!r}")
    paint_ms = (int(fields["monotonic-ns"]) - start) / 1e6
    cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000.0
    return paint_ms, usage.ru_maxrss / 1024.0, cpu_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("app")
    parser.add_argument("file", nargs="?")
    parser.add_argument("--runs", type=int, default=10)
    a = parser.parse_args()
    results = [run_once(a.app, a.file) for _ in range(a.runs)]
    times = sorted(r[0] for r in results)
    rss = sorted(r[1] for r in results)
    cpu = sorted(r[2] for r in results)
    # On a busy machine the wall time includes waiting for a core; the CPU
    # time (user + system, start to exit) is what an idle one would take.
    print(f"{a.file or 'example'}: first paint best {times[0]:.0f} ms, median {statistics.median(times):.0f} ms; "
          f"CPU best {cpu[0]:.0f} ms, median {statistics.median(cpu):.0f} ms; "
          f"peak RSS best {rss[0]:.1f} MiB, median {statistics.median(rss):.1f} MiB ({a.runs} runs)")


if __name__ == "__main__":
    main()
