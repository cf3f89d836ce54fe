#!/usr/bin/env python3
"""JFR helpers for the benchmark suite (standard library only).

  jfr_summary.py jfc OUT.jfc
      Writes a Flight Recorder configuration derived from the JDK's profile.jfc with 1 ms CPU sampling and up to
      allocation sampled at every TLAB refill (jdk.ObjectAllocationInNewTLAB/OutsideTLAB instead of the throttled
      jdk.ObjectAllocationSample, whose weights pile up on the first allocation after a thread wakes from epoll).

  jfr_summary.py summarize DIR [RUN_JSON [PROFILE_RUN_JSON]]
      For every DIR/*/profile.jfr written by JMH's `-prof jfr`, aggregates jdk.ExecutionSample (CPU, Java code only)
      and the TLAB allocation events (weighted by TLAB size) and prints a markdown summary. With RUN_JSON (the main
      round-trip JMH JSON, with -prof gc) the allocation shares are also turned into bytes per call; with
      PROFILE_RUN_JSON (the JMH JSON of the profiled pass itself) its own throughput is shown.
"""
import collections
import json
import os
import re
import subprocess
import sys

LIBRARY = "io.github.vertxtim."
HARNESS = ("io.github.vertxtim.benchmarks.", "org.HdrHistogram.", "org.openjdk.jmh.")
JDK = ("java.", "jdk.", "sun.", "com.sun.")


def group(frame):
    """The code a frame belongs to."""
    if frame.startswith(HARNESS):
        return "benchmark harness"
    if frame.startswith(LIBRARY):
        return "vertx-tim-client"
    if frame.startswith("io.vertx."):
        return "Vert.x"
    if frame.startswith("io.netty."):
        return "Netty"
    if frame.startswith("com.fasterxml.jackson."):
        return "Jackson"
    if frame.startswith(("okhttp3.", "okio.", "kotlin.")):
        return "OkHttp/Okio/Kotlin"
    if frame.startswith(("com.google.gson.", "io.gsonfire.")):
        return "Gson"
    if frame.startswith(("com.tencentcloudapi.", "com.tencentyun.")):
        return "official SDK"
    if frame.startswith(JDK):
        return "JDK"
    return "other"


def is_library(frame):
    return frame.startswith(LIBRARY) and not frame.startswith(HARNESS)


FRAME = re.compile(r"^\s+(\S+?)\((.*)\)(?:\s+line: \d+)?")
WEIGHT = re.compile(r"^([\d.]+)\s*(bytes?|kB|MB|GB)$")
UNITS = {"byte": 1, "bytes": 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def events(path):
    """Yields (type, fields, frames) for CPU and allocation samples, streaming `jfr print` text output."""
    cmd = ["jfr", "print", "--stack-depth", "256", "--events",
           "jdk.ExecutionSample,jdk.ObjectAllocationInNewTLAB,jdk.ObjectAllocationOutsideTLAB", path]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, bufsize=1 << 20) as p:
        kind, fields, frames, in_stack = None, {}, [], False
        for line in p.stdout:
            if kind is None:
                if line.startswith(("jdk.ExecutionSample {", "jdk.ObjectAllocationInNewTLAB {",
                                    "jdk.ObjectAllocationOutsideTLAB {")):
                    kind, fields, frames, in_stack = line.split()[0], {}, [], False
                continue
            if in_stack:
                if line.strip() == "]":
                    in_stack = False
                    continue
                m = FRAME.match(line)
                if m:
                    frames.append(m.group(1))
                continue
            s = line.strip()
            if s == "}":
                yield kind, fields, frames
                kind = None
            elif s.startswith("stackTrace = ["):
                in_stack = True
            elif " = " in s:
                k, v = s.split(" = ", 1)
                fields[k] = v


def weight_bytes(text):
    m = WEIGHT.match(text.strip())
    return float(m.group(1)) * UNITS[m.group(2)] if m else 0.0


def first_non_jdk(frames):
    for f in frames:
        if not f.startswith(JDK):
            return f
    return frames[0] if frames else "?"


def topmost_library(frames):
    """The library frame closest to the leaf, unless the benchmark harness (called back by the library) is closer."""
    for f in frames:
        if f.startswith(HARNESS):
            return None
        if is_library(f):
            return f
    return None


def summarize_one(path):
    cpu_self = collections.Counter()
    cpu_group = collections.Counter()
    cpu_lib_incl = collections.Counter()
    cpu_threads = collections.Counter()
    cpu_total = 0
    cpu_with_lib = 0
    alloc_site = collections.Counter()
    alloc_group = collections.Counter()
    alloc_lib = collections.Counter()
    alloc_total = 0.0
    for kind, fields, frames in events(path):
        if not frames:
            continue
        if kind == "jdk.ExecutionSample":
            cpu_total += 1
            cpu_self[frames[0]] += 1
            cpu_group[group(frames[0])] += 1
            thread = re.sub(r"\d+", "N", fields.get("sampledThread", "?").split('"')[1] if '"' in
                            fields.get("sampledThread", "") else "?")
            cpu_threads[thread] += 1
            lib = topmost_library(frames)
            if lib:
                cpu_with_lib += 1
                cpu_lib_incl[lib] += 1
        else:
            # a new TLAB stands for the TLAB's bytes, an allocation outside a TLAB for its own size
            w = weight_bytes(fields.get("tlabSize") or fields.get("allocationSize") or "0 bytes")
            alloc_total += w
            cls = fields.get("objectClass", "?").split(" (")[0]
            site = first_non_jdk(frames)
            alloc_site[(site, cls)] += w
            alloc_group[group(site)] += w
            lib = topmost_library(frames)
            alloc_lib[lib or "(not under a library frame)"] += w
    return dict(cpu_total=cpu_total, cpu_self=cpu_self, cpu_group=cpu_group, cpu_lib_incl=cpu_lib_incl,
                cpu_with_lib=cpu_with_lib, cpu_threads=cpu_threads, alloc_total=alloc_total, alloc_site=alloc_site,
                alloc_group=alloc_group, alloc_lib=alloc_lib)


def run_metrics(run_json):
    """(client, concurrency) -> {'alloc': B/op, 'cpu': ns/op} from a JMH JSON file."""
    out = {}
    if not run_json or not os.path.exists(run_json):
        return out
    for r in json.load(open(run_json)):
        p = r.get("params", {})
        sec = r.get("secondaryMetrics", {})
        key = (p.get("contender"), p.get("concurrency"))
        out[key] = {
            "alloc": sec.get("gc.alloc.rate.norm", {}).get("score"),
            "cpu": sec.get("cpu.time.norm", {}).get("score"),
            "ops": r["primaryMetric"]["score"],
        }
    return out


def pct(part, total):
    return 100.0 * part / total if total else 0.0


def short(frame):
    """Drops the package, keeps Class.method."""
    parts = frame.split(".")
    i = next((k for k, x in enumerate(parts) if x[:1].isupper()), max(0, len(parts) - 2))
    return ".".join(parts[i:])


def params_of(dirname):
    m = re.search(r"concurrency-(\d+)-contender-([\w-]+)", dirname)
    return (m.group(2), m.group(1)) if m else (dirname, "?")


def summarize(directory, run_json=None, profile_json=None):
    metrics = run_metrics(run_json)
    profiled = run_metrics(profile_json)
    profiles = []
    for d in sorted(os.listdir(directory)):
        f = os.path.join(directory, d, "profile.jfr")
        if os.path.isfile(f):
            profiles.append((params_of(d), summarize_one(f)))
    out = []
    w = out.append
    w("JFR (JDK %s) over the measured iterations of one JMH trial per client at concurrency 16, "
      "1 ms CPU sampling, and allocation sampled at every TLAB refill (`jdk.ObjectAllocationInNewTLAB` weighted by the "
      "TLAB size, `jdk.ObjectAllocationOutsideTLAB` by the object size; small fixed TLABs, `-XX:TLABSize=8k "
      "-XX:-ResizeTLAB`, in this pass only; configuration made by `jfr_summary.py jfc`). CPU samples cover Java code only: time in the kernel "
      "(socket reads/writes, epoll) is not sampled. "
      "'B/call' scales a share by the main run's `gc.alloc.rate.norm` for the same client and concurrency (JFR "
      "with 8 KB TLABs slows the profiled pass down and inflates its own allocation figures)."
      % java_version())
    w("")
    groups_alloc = {}
    groups_cpu = {}
    for (client, conc), s in profiles:
        m = metrics.get((client, conc), {})
        alloc_norm = m.get("alloc")
        cpu_norm = m.get("cpu")
        w("#### %s, concurrency %s" % (client, conc))
        w("")
        pm = profiled.get((client, conc), {})
        if m:
            w("Main run: %.0f calls/s, %s B/call, %s µs/call client CPU (JMH means). Profiled pass: %s calls/s." % (
                m["ops"], "%.0f" % alloc_norm if alloc_norm else "?", "%.1f" % (cpu_norm / 1000) if cpu_norm else "?",
                "%.0f" % pm["ops"] if pm else "?"))
            w("")
        w("CPU (%d Java samples; %.1f%% have a vertx-tim-client frame on the stack):" % (
            s["cpu_total"], pct(s["cpu_with_lib"], s["cpu_total"])))
        w("")
        w("| code running (leaf frame) | share |")
        w("| --- | ---: |")
        for g, n in s["cpu_group"].most_common():
            w("| %s | %.1f%% |" % (g, pct(n, s["cpu_total"])))
        groups_cpu[client] = {g: pct(n, s["cpu_total"]) for g, n in s["cpu_group"].items()}
        w("")
        w("| hottest methods (self) | share |")
        w("| --- | ---: |")
        for f, n in s["cpu_self"].most_common(10):
            w("| `%s` | %.1f%% |" % (short(f), pct(n, s["cpu_total"])))
        if s["cpu_lib_incl"]:
            w("")
            w("| vertx-tim-client frames (topmost on the stack, inclusive) | share |")
            w("| --- | ---: |")
            for f, n in s["cpu_lib_incl"].most_common(8):
                w("| `%s` | %.1f%% |" % (short(f), pct(n, s["cpu_total"])))
        w("")
        w("Allocation (%.0f MB sampled):" % (s["alloc_total"] / 1024 ** 2))
        w("")
        w("| allocated by (first non-JDK frame) | share | B/call |")
        w("| --- | ---: | ---: |")
        for g, b in sorted(s["alloc_group"].items(), key=lambda x: -x[1]):
            share = pct(b, s["alloc_total"])
            w("| %s | %.1f%% | %s |" % (g, share, "%.0f" % (share * alloc_norm / 100) if alloc_norm else ""))
        groups_alloc[client] = {g: pct(b, s["alloc_total"]) * (alloc_norm or 0) / 100 for g, b in
                                s["alloc_group"].items()}
        w("")
        w("| top allocation sites (first non-JDK frame, class) | share | B/call |")
        w("| --- | ---: | ---: |")
        for (site, cls), b in s["alloc_site"].most_common(12):
            share = pct(b, s["alloc_total"])
            w("| `%s` %s | %.1f%% | %s |" % (short(site), cls, share,
                                             "%.0f" % (share * alloc_norm / 100) if alloc_norm else ""))
        if any(k != "(not under a library frame)" for k in s["alloc_lib"]):
            w("")
            w("| allocation under vertx-tim-client frames (topmost library frame, inclusive) | share | B/call |")
            w("| --- | ---: | ---: |")
            for f, b in s["alloc_lib"].most_common(10):
                share = pct(b, s["alloc_total"])
                w("| `%s` | %.1f%% | %s |" % (short(f) if f != "(not under a library frame)" else f, share,
                                              "%.0f" % (share * alloc_norm / 100) if alloc_norm else ""))
        w("")
    return "\n".join(out)


def java_version():
    try:
        v = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
        m = re.search(r'version "([^"]+)"', v)
        return m.group(1) if m else "?"
    except OSError:
        return "?"


def make_jfc(out):
    java_home = os.path.dirname(os.path.dirname(os.path.realpath(subprocess.run(
        ["which", "java"], capture_output=True, text=True).stdout.strip())))
    src = open(os.path.join(java_home, "lib", "jfr", "profile.jfc")).read()

    def setting(s, event, name, value):
        pat = re.compile(r'(<event name="%s">.*?<setting name="%s"[^>]*>)([^<]*)(</setting>)'
                         % (re.escape(event), re.escape(name)), re.S)
        s2, n = pat.subn(lambda m: m.group(1) + value + m.group(3), s)
        if n != 1:
            raise SystemExit("cannot set %s#%s in profile.jfc" % (event, name))
        return s2

    src = setting(src, "jdk.ExecutionSample", "period", "1 ms")
    src = setting(src, "jdk.ObjectAllocationSample", "enabled", "false")
    src = setting(src, "jdk.ObjectAllocationInNewTLAB", "enabled", "true")
    src = setting(src, "jdk.ObjectAllocationOutsideTLAB", "enabled", "true")
    with open(out, "w") as f:
        f.write(src)


def main(argv):
    if len(argv) >= 3 and argv[1] == "jfc":
        make_jfc(argv[2])
    elif len(argv) >= 3 and argv[1] == "summarize":
        print(summarize(argv[2], argv[3] if len(argv) > 3 else None, argv[4] if len(argv) > 4 else None))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
