#!/usr/bin/env python3
"""CPU seconds used per process group, for deploy/bench/run.sh.

  cpu-split.py snapshot FILE APP_PID   writes the current CPU times of every process to FILE
  cpu-split.py report BEFORE AFTER [CHILDREN_BEFORE CHILDREN_AFTER]
                                       prints the CPU used between two snapshots, by group; the optional
                                       arguments are the calling shell's `times` line for its children, whose
                                       difference is counted as wrk (a process that starts and ends between the
                                       snapshots is in neither)

Groups: the application (APP_PID), PostgreSQL (processes named postgres, and the children the postmaster reaped),
the load client (wrk or pgbench, reported as "wrk"), Keycloak (java running Quarkus), and everything else.
Percentages are of one core over the elapsed time, so on 2 cores the total tops at 200 %.
"""
import json
import os
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def group(pid, app_pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            comm = f.read().strip()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    if pid == app_pid:
        return "application"
    if comm == "postgres":
        return "postgresql"
    if comm in ("wrk", "pgbench"):
        return "wrk"
    if comm == "java" and "quarkus" in cmdline:
        return "keycloak"
    return "other"


def snapshot(path, app_pid):
    times = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        g = group(pid, app_pid)
        if g is not None:
            # utime and stime are fields 14 and 15 of stat; after the ")" they are the 12th and 13th
            times[pid] = [g, (int(fields[11]) + int(fields[12])) / TICKS]
            if g == "postgresql" and group(int(fields[1]), app_pid) != "postgresql":
                # The postmaster: what its exited children used (backends of closed connections, autovacuum
                # workers) is in its cutime and cstime (fields 16 and 17), kept under a key of its own.
                times[-pid] = [g, (int(fields[13]) + int(fields[14])) / TICKS]
    with open(path, "w") as f:
        json.dump({"at": time.monotonic(), "times": times}, f)


def seconds(times_line):
    """User plus system seconds of a `times` line such as '1m2.500s 0m0.250s'."""
    total = 0.0
    for field in times_line.split():
        minutes, rest = field.rstrip("s").split("m")
        total += 60 * float(minutes) + float(rest)
    return total


def report(before_path, after_path, children=None):
    with open(before_path) as f:
        before = json.load(f)
    with open(after_path) as f:
        after = json.load(f)
    elapsed = after["at"] - before["at"]
    used = {}
    # Per process: a process that ends between the snapshots is in neither, unless its parent reaps it into
    # cutime (the postmaster's children are counted that way, in full).
    for pid, (g, t) in after["times"].items():
        start = before["times"].get(pid, [g, 0.0])[1]
        used[g] = used.get(g, 0.0) + max(0.0, t - start)
    if children:
        used["wrk"] = used.get("wrk", 0.0) + max(0.0, seconds(children[1]) - seconds(children[0]))
    order = ["application", "postgresql", "wrk", "keycloak", "other"]
    print("  ".join(f"{g} {100 * used.get(g, 0.0) / elapsed:.0f} %" for g in order))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "snapshot":
        snapshot(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 6 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3], (sys.argv[4], sys.argv[5]))
    else:
        sys.exit(__doc__)
