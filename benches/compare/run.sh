#!/usr/bin/env bash
# luukku beside Hugo + Pagefind on identical, realistic content.
#
# Usage (from anywhere):
#
#     benches/compare/run.sh [SIZE ...]          # default: 1000 10000 100000
#
# For each SIZE it generates a site with ../shared/bench (gen_content.py, then
# to_luukku.py; kept outside the repository, under $BENCH_DATA, default
# ../bench-data relative to the project root) unless it is already there, then
# builds it $RUNS times (default 3) with `luukku build` (release) and with
# `hugo` followed by `pagefind --site public`, interleaved (luukku, Hugo +
# Pagefind, luukku, …) so both see the same load from whatever else the
# machine runs. Each run is measured with /usr/bin/time -v (wall clock and
# maximum resident set size, and user + system CPU time, which depends far less
# on the machine's load; for Hugo + Pagefind the times add up and the peak is
# the larger of the two). Both tools rebuild over their previous output,
# as an author's next build would.
#
# Every run is appended to $BENCH_DATA/results-v2.tsv (or $BENCH_RESULTS); the table of medians is
# printed at the end (and written to $BENCH_DATA/table-<sizes>.md).
#
# Needs: python3, hugo (`apt-get install -y hugo`), node + npm (Pagefind is
# pinned in benches/compare/package.json and installed with `npm ci`).
# LUUKKU_BIN overrides the luukku binary (default: target/release/luukku,
# built with `cargo build --release` if missing); LUUKKU_BEFORE names another
# luukku binary (say, of main before a change) to run interleaved beside it, as
# tool `luukku-before`, with its own output folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gen=${BENCH_GEN:-$root/../shared/bench}
data=${BENCH_DATA:-$root/../bench-data}
runs=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

luukku=${LUUKKU_BIN:-$root/target/release/luukku}
if [ -z "${LUUKKU_BIN:-}" ] && [ ! -x "$luukku" ]; then
    (cd "$root" && cargo build --release --quiet)
fi
[ -x "$here/node_modules/.bin/pagefind" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
pagefind="$here/node_modules/.bin/pagefind"
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install -y hugo)" >&2; exit 1; }
[ -f "$gen/gen_content.py" ] || { echo "no generator at $gen (expected ../shared/bench)" >&2; exit 1; }

mkdir -p "$data"
results=${BENCH_RESULTS:-$data/results-v2.tsv}
[ -f "$results" ] || printf 'stamp\tsize\ttool\trun\twall_s\tmax_rss_kib\toutput_bytes\tcpu_s\n' >"$results"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# measure CMD...: runs CMD under /usr/bin/time -v; prints "<wall s> <max rss KiB> <user+system s>".
measure() {
    local log
    log=$(mktemp "$data/time.XXXXXX")
    local start end
    start=$(date +%s.%N)
    if ! /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$log.err"; then
        echo "failed: $*" >&2
        cat "$log.err" >&2
        rm -f "$log" "$log.err"
        return 1
    fi
    end=$(date +%s.%N)
    local rss cpu
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
    rm -f "$log" "$log.err"
    echo "$(python3 -c "print(f'{$end - $start:.3f}')") $rss $cpu"
}

for n in "${sizes[@]}"; do
    site="$data/n$n"
    if [ ! -f "$site/luukku/book.toml" ] || [ ! -f "$site/hugo/hugo.toml" ]; then
        echo "generating $n pages in $site" >&2
        rm -rf "$site"
        python3 "$gen/gen_content.py" --n "$n" --out "$site" >&2
        python3 "$gen/to_luukku.py" "$site/hugo" "$site/luukku" >&2
    fi
    echo "size $n: free memory before the runs:" >&2
    free -g >&2
    for run in $(seq 1 "$runs"); do
        read -r wall rss cpu < <(measure "$luukku" build --root "$site/luukku")
        bytes=$(du -sb "$site/luukku/public" | cut -f1)
        printf '%s\t%s\tluukku\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$n" "$run" "$wall" "$rss" "$bytes" "$cpu" >>"$results"
        echo "  $n luukku run $run: ${wall} s, ${rss} KiB" >&2

        if [ -n "${LUUKKU_BEFORE:-}" ]; then
            read -r wall rss cpu < <(measure "$LUUKKU_BEFORE" build --root "$site/luukku" --out "$site/luukku/public-before")
            bytes=$(du -sb "$site/luukku/public-before" | cut -f1)
            printf '%s\t%s\tluukku-before\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$n" "$run" "$wall" "$rss" "$bytes" "$cpu" >>"$results"
            echo "  $n luukku-before run $run: ${wall} s, ${rss} KiB" >&2
        fi

        read -r hwall hrss hcpu < <(measure hugo --quiet --source "$site/hugo")
        read -r pwall prss pcpu < <(measure "$pagefind" --site "$site/hugo/public")
        wall=$(python3 -c "print(f'{$hwall + $pwall:.3f}')")
        cpu=$(python3 -c "print(f'{$hcpu + $pcpu:.2f}')")
        rss=$((hrss > prss ? hrss : prss))
        bytes=$(du -sb "$site/hugo/public" | cut -f1)
        printf '%s\t%s\thugo+pagefind\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$n" "$run" "$wall" "$rss" "$bytes" "$cpu" >>"$results"
        printf '%s\t%s\thugo\t%s\t%s\t%s\t-\t%s\n' "$stamp" "$n" "$run" "$hwall" "$hrss" "$hcpu" >>"$results"
        echo "  $n hugo ${hwall} s ${hrss} KiB + pagefind ${pwall} s ${prss} KiB" >&2
    done
done

python3 "$here/table.py" "$results" "$stamp" | tee "$data/table-$(IFS=-; echo "${sizes[*]}").md"
