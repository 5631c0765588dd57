#!/usr/bin/env bash
# End-to-end timing with the real CLI over synthetic schools (make bench; docs/performance.md).
# Usage: tests/PlanGen.Build.Bench/end-to-end.sh [schools] [boards]   (default 1000 over 20)
# Environment: RUNS (default 5): runs per step, the median is reported; CONFIG (default Release);
# PLANGEN: the command to time (default: dotnet src/PlanGen.Cli/bin/$CONFIG/net10.0/plangen.dll).
# Prints a Markdown table: per step the median wall time, the median CPU time (user + system: the
# machine may be shared, CPU moves less than wall) and the peak memory, with issue 19's targets;
# then the PDF writer's CPU per page.
set -euo pipefail
cd "$(dirname "$0")/../.."
schools=${1:-1000}
boards=${2:-20}
runs=${RUNS:-5}
config=${CONFIG:-Release}
plangen=${PLANGEN:-dotnet $PWD/src/PlanGen.Cli/bin/$config/net10.0/plangen.dll}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true

dotnet tests/PlanGen.Synthetic/bin/$config/net10.0/PlanGen.Synthetic.dll --out "$work" --schools "$schools" --boards "$boards" --seed 1 >/dev/null

# once: runs the command in the synthetic repository, appends "wall cpu kb" to $work/times.
once() {
  (cd "$work" && /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >"$work/out" 2>"$work/err") || { echo "bench: '$*' failed"; tail -5 "$work/err"; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >>"$work/times"
}

# report name target: the medians of $work/times, then clears it.
report() {
  local n wall cpu kb
  n=$(wc -l <"$work/times")
  wall=$(sort -n -k1,1 "$work/times" | awk -v m=$(((n + 1) / 2)) 'NR == m { print $1 }')
  cpu=$(sort -n -k2,2 "$work/times" | awk -v m=$(((n + 1) / 2)) 'NR == m { print $2 }')
  kb=$(sort -n -k3,3 "$work/times" | tail -1 | awk '{ print $3 }')
  printf '| %s | %s s | %s s | %s MB | %s |\n' "$1" "$wall" "$cpu" "$((kb / 1024))" "$2"
  : >"$work/times"
}

: >"$work/times"
echo "| step ($schools schools, $boards boards; median of $runs) | wall | CPU | peak memory | target (issue 19) |"
echo "|---|---:|---:|---:|---|"
for _ in $(seq "$runs"); do once $plangen validate --format json; done
report "validate" ""
for _ in $(seq "$runs"); do rm -rf "$work/output"; once $plangen build; done
report "build, all formats, empty output/" "≤ 25 s wall"
for _ in $(seq "$runs"); do once $plangen build; done
report "build again, nothing changed" "≤ 0.4 s"
school=$(cd "$work" && ls -d schools/*/*/ | sort | head -1)
for i in $(seq "$runs"); do
  sed -i "s/^  kernwaarde: .*/  kernwaarde: Gewijzigd voor meting $i/" "$work/$school/school.yaml"
  once $plangen build
  grep -q "1 van\|gebouwd" "$work/out"
done
report "build, one school changed" "≤ 0.5 s"
for _ in $(seq "$runs"); do once $plangen build --format pdf --force; done
pdf_cpu=$(sort -n -k2,2 "$work/times" | awk -v m=$(((runs + 1) / 2)) 'NR == m { print $2 }')
report "build --force, PDF only" ""
for _ in $(seq "$runs"); do once $plangen build --format md --force; done
report "build --force, Markdown only" ""
echo
if command -v pdfinfo >/dev/null; then
  pages=$(find "$work/output" -name '*.pdf' -print0 | xargs -0 -n 1 pdfinfo | awk '/^Pages:/ { s += $2 } END { print s }')
  docs=$(find "$work/output" -name '*.pdf' | wc -l)
  echo "PDF: $docs documents, $pages pages; 'build --force, PDF only' takes $(awk -v c="$pdf_cpu" -v p="$pages" 'BEGIN { printf "%.2f", 1000 * c / p }') ms CPU per page and $(awk -v c="$pdf_cpu" -v d="$docs" 'BEGIN { printf "%.1f", 1000 * c / d }') ms CPU per document (loading, rendering and process start included), $(awk -v c="$pdf_cpu" -v p="$pages" 'BEGIN { printf "%.0f", p / c }') pages per CPU second"
else
  echo "PDF pages: not counted (pdfinfo from poppler-utils is missing)"
fi
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
