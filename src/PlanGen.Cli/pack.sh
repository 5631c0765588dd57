#!/usr/bin/env bash
# Makes the tool packages in DIR (docs/ci.md, "PlanGen installeren"): plangen.<versie>.nupkg, which only
# points to the others, and plangen.<rid>.<versie>.nupkg for linux-x64, linux-arm64, win-x64 and osx-arm64,
# each with only its own native library, framework-dependent and ReadyToRun. On a linux-x64 machine the
# linux-x64 package is then packed again as Native AOT (no .NET runtime start, no JIT: docs/performance.md,
# "The tool package"); Native AOT compiles only for the machine's own OS, so the others stay as they are.
# PLANGEN_AOT=0 skips that step. Further arguments go to both `dotnet pack` calls (-p:PlanGenDocsUrl=...).
set -euo pipefail
out=$(realpath -m "${1:?gebruik: pack.sh MAP [opties voor dotnet pack]}")
shift
cd "$(dirname "$0")"
dotnet pack . -c Release -o "$out" --nologo -v quiet "$@"
if [ "$(uname -sm)" = "Linux x86_64" ] && [ "${PLANGEN_AOT:-1}" != 0 ]; then
  dotnet pack . -c Release -r linux-x64 -p:PlanGenAot=true -o "$out" --nologo -v quiet "$@"
fi
