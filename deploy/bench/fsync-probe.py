#!/usr/bin/env python3
"""How long the disk under PostgreSQL's WAL takes to make 8 kB durable, for deploy/bench/run.sh.

  fsync-probe.py DIRECTORY SECONDS   writes 8 kB and calls fdatasync, about 300 times a second, in a file of its
                                     own in DIRECTORY (removed after), and prints one line of percentiles

Every commit waits for one such flush of the WAL (several commits share one when they meet), so a purchase can never
be faster than the flush it waits for: run with nothing else on the machine, this is the floor under (c)'s tail.
300 a second is (c)'s rate; the file is preallocated and rewritten in place, as PostgreSQL recycles WAL segments.
"""
import os
import sys
import time

SEGMENT = 16 << 20
PAGE = b"\0" * 8192


def main(directory, seconds):
    path = os.path.join(directory, f".vafa-fsync-probe-{os.getpid()}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.pwrite(fd, b"\0" * SEGMENT, 0)
        os.fsync(fd)
        latencies, offset = [], 0
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            os.pwrite(fd, PAGE, offset)
            offset = (offset + len(PAGE)) % SEGMENT
            started = time.perf_counter()
            os.fdatasync(fd)
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(max(0.0, 1 / 300 - latencies[-1] / 1000))
    finally:
        os.close(fd)
        os.unlink(path)
    latencies.sort()
    n = len(latencies)

    def at(q):
        return latencies[min(n - 1, int(n * q))]

    print("%d flushes: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; %d over 20 ms"
          % (n, at(0.5), at(0.99), at(0.999), latencies[-1], sum(1 for x in latencies if x > 20)))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
