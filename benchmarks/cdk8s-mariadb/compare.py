#!/usr/bin/env python3
"""Whole-process time of the MariaDB sample: `dotnet MariaDb.dll` (ToYaml + Validate) against cdk8s's `node main.js`.

Run from the repository root after building the sample from the package, as users get it (on linux-x64 with the
package's ReadyToRun library, runtimes/linux-x64), and `npm ci --prefix benchmarks/cdk8s-mariadb`:
    dotnet pack src/K8sTyped.Package -o artifacts/packages -p:Version=0.1.0-local
    dotnet build -c Release samples/MariaDb -p:K8sTypedPackageVersion=0.1.0-local
    python3 benchmarks/cdk8s-mariadb/compare.py [runs]
The two commands alternate, so both see the same machine load. Prints median, min and max of the wall time and of the
CPU time (user + system) the process used; CPU time is the steadier figure on a shared machine.
"""
import os
import statistics
import subprocess
import sys
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
COMMANDS = {
    "dotnet MariaDb.dll": ["dotnet", "samples/MariaDb/bin/Release/net10.0/MariaDb.dll"],
    "node main.js (cdk8s)": ["node", "benchmarks/cdk8s-mariadb/main.js"],
}

wall = {name: [] for name in COMMANDS}
cpu = {name: [] for name in COMMANDS}
for name, command in COMMANDS.items():  # one warm-up each: disk caches, not measured
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
for _ in range(RUNS):
    for name, command in COMMANDS.items():
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall[name].append((time.perf_counter() - start) * 1000)
        cpu[name].append((usage.ru_utime + usage.ru_stime) * 1000)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{name} failed")

ready_to_run = os.path.exists("samples/MariaDb/bin/Release/net10.0/runtimes/linux-x64/lib/netstandard2.0/K8sTyped.dll")
print(f"{RUNS} runs each, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
      f"K8sTyped.dll {'ReadyToRun (runtimes/linux-x64)' if ready_to_run else 'IL (built from the projects, not the package)'}")
print(f"{'command':<22} {'wall median':>12} {'min':>6} {'max':>6} {'cpu median':>11} {'min':>6} {'max':>6}  (ms)")
for name in COMMANDS:
    w, c = wall[name], cpu[name]
    print(f"{name:<22} {statistics.median(w):12.0f} {min(w):6.0f} {max(w):6.0f} {statistics.median(c):11.0f} {min(c):6.0f} {max(c):6.0f}")
