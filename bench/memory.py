"""Peak resident memory of this process, as the benchmark reports it."""

from __future__ import annotations

import resource


def peak_rss_mb() -> float:
    """VmHWM from /proc (Linux), which starts afresh at exec; ru_maxrss would carry over the peak of the parent
    that forked this process. Falls back to ru_maxrss elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
