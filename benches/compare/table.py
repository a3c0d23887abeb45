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


if __name__ == "__main__":
    main()
