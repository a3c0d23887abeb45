#!/usr/bin/env python3
"""Medians of benches/compare/run.sh's results as a Markdown table.

Usage: table.py RESULTS.tsv [STAMP]  (STAMP: only the runs of that invocation)
"""
import csv
import statistics
import sys
from collections import defaultdict


def main() -> None:
    path = sys.argv[1]
    stamp = sys.argv[2] if len(sys.argv) > 2 else None
    runs = defaultdict(list)
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if stamp and row["stamp"] != stamp:
                continue
            runs[(int(row["size"]), row["tool"])].append(row)

    print("| pages | tool | runs | wall (median) | pages/s | peak memory | output | wall ratio | memory ratio |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    per_run = []
    for size in sorted({s for s, _ in runs}):
        med = {}
        for tool in ("luukku", "luukku-before", "hugo+pagefind", "hugo"):
            rows = runs.get((size, tool))
            if not rows:
                continue
            wall = statistics.median(float(r["wall_s"]) for r in rows)
            rss = statistics.median(int(r["max_rss_kib"]) for r in rows)
            out = [int(r["output_bytes"]) for r in rows if r["output_bytes"] != "-"]
            med[tool] = (wall, rss, len(rows), statistics.median(out) if out else None)
        for tool, (wall, rss, count, out) in med.items():
            ratio = ""
            if tool.startswith("luukku") and "hugo+pagefind" in med:
                other = med["hugo+pagefind"]
                ratio = f"| {wall / other[0]:.2f} | {rss / other[1]:.2f} "
            else:
                ratio = "| | "
            shown = f"{out / 1e6:,.1f} MB" if out else "–"
            print(
                f"| {size:,} | {tool} | {count} | {wall:.2f} s | {size / wall:,.0f} | "
                f"{rss / 1024:,.0f} MiB | {shown} {ratio}|"
            )
        # Runs are interleaved: the ratio within each run shares that run's load.
        theirs = {r["run"]: float(r["wall_s"]) for r in runs.get((size, "hugo+pagefind"), [])}
        their_cpu = {r["run"]: float(r["cpu_s"]) for r in runs.get((size, "hugo+pagefind"), []) if r.get("cpu_s")}
        for tool in ("luukku", "luukku-before", "hugo+pagefind", "hugo"):
            cpu = [float(r["cpu_s"]) for r in runs.get((size, tool), []) if r.get("cpu_s")]
            if cpu:
                line = f"{size:,} pages, {tool}: CPU (user + system) median {statistics.median(cpu):.2f} s"
                mine = [float(r["cpu_s"]) / their_cpu[r["run"]] for r in runs.get((size, tool), []) if r.get("cpu_s") and r["run"] in their_cpu]
                if tool.startswith("luukku") and mine:
                    line += f", ratio to Hugo + Pagefind median {statistics.median(mine):.2f}"
                per_run.append(line)
        for tool in ("luukku", "luukku-before"):
            ratios = [float(r["wall_s"]) / theirs[r["run"]] for r in runs.get((size, tool), []) if r["run"] in theirs]
            if ratios:
                listed = ", ".join(f"{x:.2f}" for x in ratios)
                per_run.append(f"{size:,} pages, {tool}: wall ratio per run {listed}; median {statistics.median(ratios):.2f}")
    if per_run:
        print()
        for line in per_run:
            print(f"- {line}")


if __name__ == "__main__":
    main()
