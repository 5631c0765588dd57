#!/usr/bin/env bash
# Packs plangen as a .NET tool (a pointer package plus one per platform, docs/ci.md), prints the size of
# each package, installs it with `dotnet tool install --tool-path <tmp> --add-source <nupkg folder>`, prints
# the installed size, and builds an example school in a folder that has only schools/ (no templates/, no
# checkout); the files must be byte for byte those of the checkout's own build. Run by `make tool-test` and
# by ToolPackageTests when PLANGEN_TOOL_TEST=1 (it packs four platforms with ReadyToRun: minutes, so not in
# every test run). With KEEP_FEED=DIR the packages are copied to DIR (PLANGEN_TEST_FEED for WorkflowTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/PlanGen.Cli/PlanGen.Cli.csproj)

dotnet pack src/PlanGen.Cli -c Release -o "$work/nupkg" --nologo -v quiet
for package in "$work"/nupkg/*.nupkg; do
  size=$(awk -v b="$(stat -c %s "$package")" 'BEGIN { printf "%.1f", b / 1048576 }')
  files=$( (command -v unzip >/dev/null && unzip -l "$package" | tail -1 | awk '{print $2}') || echo "?")
  echo "tool-test: $(basename "$package"): $size MB, $files files"
  if command -v unzip >/dev/null && unzip -l "$package" | grep -q '\.pdb$'; then
    echo "tool-test: $(basename "$package") contains debug symbols (.pdb)"; exit 1
  fi
done
if [ -n "${KEEP_FEED:-}" ]; then mkdir -p "$KEEP_FEED" && cp "$work"/nupkg/*.nupkg "$KEEP_FEED/"; fi
dotnet tool install --tool-path "$work/bin" --add-source "$work/nupkg" --version "$version" plangen
echo "tool-test: installed in $(du -sm "$work/bin" | cut -f1) MB, $(find "$work/bin" -type f | wc -l) files"
mkdir "$work/repo"
cp -r schools "$work/repo/"
(cd "$work/repo" && "$work/bin/plangen" validate >/dev/null && "$work/bin/plangen" build --school stichting-rivierenland/obs-de-linde)
dotnet src/PlanGen.Cli/bin/Release/net10.0/plangen.dll build --school stichting-rivierenland/obs-de-linde --out "$work/checkout" >/dev/null
diff -r "$work/repo/output/stichting-rivierenland" "$work/checkout/stichting-rivierenland"
test -f "$work/repo/output/stichting-rivierenland/obs-de-linde/2025-2026/sociaal-veiligheidsplan.pdf"
echo "tool-test: plangen $version installed as a .NET tool builds obs-de-linde from a folder with only schools/, identical to the checkout's build"
