#!/usr/bin/env bash
# Packs plangen as a .NET tool (a pointer package plus one per platform, docs/ci.md), prints the size of
# each package, installs it with `dotnet tool install --tool-path <tmp> --add-source <nupkg folder>`, prints
# the installed size, and builds every example school in all formats in a folder that has only schools/
# (no templates/, no checkout); the files must be byte for byte those of the checkout's own build; then every
# other command and --help (tool-commands.sh), compared with the checkout's. Then the
# cold start of the installed tool next to the checkout's build (`dotnet plangen.dll`), median of 10
# (hyperfine; skipped with a message when it is not installed).
# On linux-x64 the linux-x64 package is Native AOT (src/PlanGen.Cli/pack.sh); PLANGEN_AOT=0 keeps it
# framework-dependent. Run by `make tool-test` and by ToolPackageTests when PLANGEN_TOOL_TEST=1 (minutes,
# so not in every test run). With KEEP_FEED=DIR the packages are copied to DIR (PLANGEN_TEST_FEED for WorkflowTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/PlanGen.Cli/PlanGen.Cli.csproj)

src/PlanGen.Cli/pack.sh "$work/nupkg"
for package in "$work"/nupkg/*.nupkg; do
  size=$(awk -v b="$(stat -c %s "$package")" 'BEGIN { printf "%.1f", b / 1048576 }')
  files=$( (command -v unzip >/dev/null && unzip -l "$package" | tail -1 | awk '{print $2}') || echo "?")
  echo "tool-test: $(basename "$package"): $size MB, $files files"
  if command -v unzip >/dev/null && unzip -l "$package" | grep -qE '\.(pdb|dbg)$'; then
    echo "tool-test: $(basename "$package") contains debug symbols (.pdb/.dbg)"; exit 1
  fi
done
if [ -n "${KEEP_FEED:-}" ]; then mkdir -p "$KEEP_FEED" && cp "$work"/nupkg/*.nupkg "$KEEP_FEED/"; fi
dotnet tool install --tool-path "$work/bin" --add-source "$work/nupkg" --version "$version" plangen
echo "tool-test: installed in $(du -sm "$work/bin" | cut -f1) MB, $(find "$work/bin" -type f | wc -l) files"
checkout="dotnet $PWD/src/PlanGen.Cli/bin/Release/net10.0/plangen.dll"
mkdir "$work/repo"
cp -r schools "$work/repo/"
(cd "$work/repo" && "$work/bin/plangen" validate >/dev/null && "$work/bin/plangen" build --format all >/dev/null)
$checkout build --format all --out "$work/checkout" >/dev/null
diff -r -x .plangen-manifest.json "$work/repo/output" "$work/checkout"
test -f "$work/repo/output/stichting-rivierenland/obs-de-linde/2025-2026/sociaal-veiligheidsplan.pdf"
# The json and sarif reports too (the Native AOT tool serialises them without the JIT).
for report in json sarif; do
  (cd "$work/repo" && "$work/bin/plangen" validate --format $report > "$work/tool.$report")
  (cd "$work/repo" && $checkout validate --format $report > "$work/checkout.$report")
  diff "$work/tool.$report" "$work/checkout.$report"
done
echo "tool-test: plangen $version installed as a .NET tool builds every example school in all formats from a folder with only schools/, identical to the checkout's build"
# Every other command and every --help under the installed tool (Native AOT: no JIT, trimmed), compared with the checkout.
tests/PlanGen.Build.Tests/tool-commands.sh "$work/bin/plangen"

if command -v hyperfine >/dev/null; then
  school=stichting-rivierenland/obs-t-kompas
  cd "$work/repo"
  echo "tool-test: cold start (median of 10, load average $(cut -d' ' -f1 /proc/loadavg)): installed tool, then the checkout's dotnet plangen.dll"
  hyperfine -N --warmup 1 --runs 10 --export-json "$work/cold.json" \
    "$work/bin/plangen validate schools/$school" "$checkout validate schools/$school" \
    "$work/bin/plangen build --school $school --format all --force" "$checkout build --school $school --format all --force --out $work/o2" >/dev/null
  python3 - "$work/cold.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    name = r["command"].replace(sys.argv[1].rsplit("/", 1)[0], "<tmp>")
    print(f"tool-test: {r['median'] * 1000:6.0f} ms wall (median), {(r['user'] + r['system']) * 1000:6.0f} ms CPU (mean)  {name}")
EOF
else
  echo "tool-test: hyperfine not installed (apt-get install hyperfine): no cold-start figures"
fi
