#!/usr/bin/env bash
# End-to-end timing with the real CLI over synthetic schools (make bench; docs/performance.md).
# Usage: tests/PlanGen.Build.Bench/end-to-end.sh [schools] [boards]   (default 1000 over 20)
# Prints a Markdown table: wall time and peak memory (/usr/bin/time -f "%e s %M KB") of each step.
set -euo pipefail
cd "$(dirname "$0")/../.."
schools=${1:-1000}
boards=${2:-20}
config=${CONFIG:-Release}
plangen="dotnet $PWD/src/PlanGen.Cli/bin/$config/net10.0/plangen.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true

dotnet tests/PlanGen.Synthetic/bin/$config/net10.0/PlanGen.Synthetic.dll --out "$work" --schools "$schools" --boards "$boards" --seed 1 >/dev/null

# step name, target, command...: runs in the synthetic repository, fails the script on a non-zero exit.
step() {
  local name=$1 target=$2
  shift 2
  (cd "$work" && /usr/bin/time -o "$work/time" -f "%e %M" "$@" >"$work/out" 2>"$work/err") || { echo "bench: '$name' failed"; tail -5 "$work/err"; exit 1; }
  read -r seconds kb <"$work/time"
  printf '| %s | %s s | %s MB | %s |\n' "$name" "$seconds" "$((kb / 1024))" "$target"
}

echo "| step ($schools schools, $boards boards) | wall | peak memory | target |"
echo "|---|---:|---:|---|"
step "validate" "< 3 s" $plangen validate --format json
step "build, all formats, empty output/" "< 90 s, < 1 GB" $plangen build
step "build again, nothing changed" "< 2 s" $plangen build
school=$(cd "$work" && ls -d schools/*/*/ | sort | head -1)
sed -i 's/^  kernwaarde: .*/  kernwaarde: Gewijzigd voor de meting/' "$work/$school/school.yaml"
step "build, one school changed" "< 1.5 s" $plangen build
grep -q "1 van\|gebouwd" "$work/out"
step "build --force, markdown only" "" $plangen build --format md --force
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
