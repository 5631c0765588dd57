#!/usr/bin/env bash
# End-to-end timing with the real CLI over synthetic schools (make bench; docs/performance.md).
# Usage: tests/PlanGen.Build.Bench/end-to-end.sh [schools] [boards]   (default 1000 over 20)
# Environment: RUNS (default 5): runs per step, the median is reported; CONFIG (default Release);
# PLANGEN: the command to time (default: dotnet src/PlanGen.Cli/bin/$CONFIG/net10.0/plangen.dll);
# PLANGEN_B: a second command to time side by side with the first (e.g. a baseline build, or the AOT
# tool): each side gets its own copy of the schools, every step runs A B A B ... under the same load,
# and each step has a row per side.
# Prints a Markdown table: per step the median wall time, the median CPU time (user + system: the
# machine may be shared, CPU moves less than wall) and the peak memory, with issue 19's targets;
# then the PDF writer's CPU per page.
set -euo pipefail
cd "$(dirname "$0")/../.."
schools=${1:-1000}
boards=${2:-20}
runs=${RUNS:-5}
config=${CONFIG:-Release}
declare -A command
command[A]=${PLANGEN:-dotnet $PWD/src/PlanGen.Cli/bin/$config/net10.0/plangen.dll}
sides=(A)
if [ -n "${PLANGEN_B:-}" ]; then
  command[B]=$PLANGEN_B
  sides=(A B)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true

for side in "${sides[@]}"; do
  dotnet tests/PlanGen.Synthetic/bin/$config/net10.0/PlanGen.Synthetic.dll --out "$work/$side" --schools "$schools" --boards "$boards" --seed 1 >/dev/null
  : >"$work/times.$side"
done

# once side args...: runs that side's command in its synthetic repository, appends "wall cpu kb" to $work/times.<side>.
once() {
  local side=$1
  shift
  (cd "$work/$side" && /usr/bin/time -o "$work/time" -f "%e %U %S %M" ${command[$side]} "$@" >"$work/out.$side" 2>"$work/err") || { echo "bench: '${command[$side]} $*' failed"; tail -5 "$work/err"; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >>"$work/times.$side"
}

# median side column: the median of column 1 (wall) or 2 (CPU) of $work/times.<side>.
median() {
  local n
  n=$(wc -l <"$work/times.$1")
  sort -n -k"$2,$2" "$work/times.$1" | awk -v m=$(((n + 1) / 2)) -v c="$2" 'NR == m { print $c }'
}

# report name target: per side the medians of $work/times.<side>, then clears them.
report() {
  local side kb label
  for side in "${sides[@]}"; do
    kb=$(sort -n -k3,3 "$work/times.$side" | tail -1 | awk '{ print $3 }')
    label=$1
    [ "${#sides[@]}" -gt 1 ] && label="$1 ($side)"
    printf '| %s | %s s | %s s | %s MB | %s |\n' "$label" "$(median "$side" 1)" "$(median "$side" 2)" "$((kb / 1024))" "$2"
  done
  for side in "${sides[@]}"; do : >"$work/times.$side"; done
}

if [ "${#sides[@]}" -gt 1 ]; then
  echo "A: ${command[A]}"
  echo "B: ${command[B]}"
  echo
fi
echo "| step ($schools schools, $boards boards; median of $runs) | wall | CPU | peak memory | target (issue 19) |"
echo "|---|---:|---:|---:|---|"
for _ in $(seq "$runs"); do for side in "${sides[@]}"; do once "$side" validate --format json; done; done
report "validate" ""
for _ in $(seq "$runs"); do for side in "${sides[@]}"; do rm -rf "$work/$side/output"; once "$side" build; done; done
report "build, all formats, empty output/" "≤ 25 s wall"
for _ in $(seq "$runs"); do for side in "${sides[@]}"; do once "$side" build; done; done
report "build again, nothing changed" "≤ 0.4 s"
school=$(cd "$work/A" && ls -d schools/*/*/ | sort | head -1)
for i in $(seq "$runs"); do
  for side in "${sides[@]}"; do
    sed -i "s/^  kernwaarde: .*/  kernwaarde: Gewijzigd voor meting $i/" "$work/$side/$school/school.yaml"
    once "$side" build
    grep -q "1 van\|gebouwd" "$work/out.$side"
  done
done
report "build, one school changed" "≤ 0.5 s"
for _ in $(seq "$runs"); do for side in "${sides[@]}"; do once "$side" build --format pdf --force; done; done
pdf_cpu=$(median A 2)
report "build --force, PDF only" ""
for _ in $(seq "$runs"); do for side in "${sides[@]}"; do once "$side" build --format md --force; done; done
report "build --force, Markdown only" ""
echo
if command -v pdfinfo >/dev/null; then
  pages=$(find "$work/A/output" -name '*.pdf' -print0 | xargs -0 -n 1 pdfinfo | awk '/^Pages:/ { s += $2 } END { print s }')
  docs=$(find "$work/A/output" -name '*.pdf' | wc -l)
  label=""
  [ "${#sides[@]}" -gt 1 ] && label=" (A)"
  echo "PDF$label: $docs documents, $pages pages; 'build --force, PDF only' takes $(awk -v c="$pdf_cpu" -v p="$pages" 'BEGIN { printf "%.2f", 1000 * c / p }') ms CPU per page and $(awk -v c="$pdf_cpu" -v d="$docs" 'BEGIN { printf "%.1f", 1000 * c / d }') ms CPU per document (loading, rendering and process start included), $(awk -v c="$pdf_cpu" -v p="$pages" 'BEGIN { printf "%.0f", p / c }') pages per CPU second"
else
  echo "PDF pages: not counted (pdfinfo from poppler-utils is missing)"
fi
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
