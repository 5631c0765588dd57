#!/usr/bin/env bash
# Packs plangen as a .NET tool, installs it with `dotnet tool install --tool-path <tmp> --add-source <nupkg folder>`,
# and builds an example school in a folder that has only schools/ (no templates/, no checkout); the files
# must be byte for byte those of the checkout's own build. Run by `make tool-test` and by ToolPackageTests
# when PLANGEN_TOOL_TEST=1 (it packs ~200 MB, so not in every test run).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/PlanGen.Cli/PlanGen.Cli.csproj)

dotnet pack src/PlanGen.Cli -c Release -o "$work/nupkg" --nologo -v quiet
dotnet tool install --tool-path "$work/bin" --add-source "$work/nupkg" --version "$version" plangen
mkdir "$work/repo"
cp -r schools "$work/repo/"
(cd "$work/repo" && "$work/bin/plangen" validate >/dev/null && "$work/bin/plangen" build --school stichting-rivierenland/obs-de-linde)
dotnet src/PlanGen.Cli/bin/Release/net10.0/plangen.dll build --school stichting-rivierenland/obs-de-linde --out "$work/checkout" >/dev/null
diff -r "$work/repo/output/stichting-rivierenland" "$work/checkout/stichting-rivierenland"
test -f "$work/repo/output/stichting-rivierenland/obs-de-linde/2025-2026/sociaal-veiligheidsplan.pdf"
echo "tool-test: plangen $version installed as a .NET tool builds obs-de-linde from a folder with only schools/, identical to the checkout's build"
