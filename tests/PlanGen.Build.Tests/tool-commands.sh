#!/usr/bin/env bash
# Runs every command a user has with the installed tool (Native AOT on linux-x64) and with the checkout's
# `dotnet plangen.dll`, each in its own temp copy of the example repository, and compares them: stdout,
# stderr and exit code of each command, and afterwards the whole repository (files made or changed), byte
# for byte. Every `--help` too. bekijk has no one-shot form: it is started, its page fetched, then stopped.
# Usage: tool-commands.sh TOOL   (the installed plangen; run by tool-install.sh, so by `make tool-test`)
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=$(realpath "${1:?gebruik: tool-commands.sh PAD/NAAR/plangen}")
checkout="dotnet $PWD/src/PlanGen.Cli/bin/Release/net10.0/plangen.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true
for side in tool checkout; do mkdir -p "$work/$side" && cp -r schools "$work/$side/"; done

# both ARGS...: runs plangen ARGS in both copies; their stdout, stderr and exit code must be the same
# (build, ci and publish: the same lines in any order).
both() {
  local side command
  for side in tool checkout; do
    if [ $side = tool ]; then command="$tool"; else command="$checkout"; fi
    (cd "$work/$side" && set +e; $command "$@" >"$work/$side.out" 2>"$work/$side.err"; echo "exit $?" >>"$work/$side.out")
    # Absolute paths (SARIF's uriBaseId, messages naming a file) differ only by the copy's folder.
    sed -i "s:$work/$side:<repo>:g" "$work/$side.out" "$work/$side.err"
    # build, ci and publish print a line per school as it finishes (in parallel): compare the lines, not their order.
    case "${1:-}" in build | ci | publish) sort -o "$work/$side.out" "$work/$side.out"; sort -o "$work/$side.err" "$work/$side.err" ;; esac
  done
  if ! diff "$work/tool.out" "$work/checkout.out" || ! diff "$work/tool.err" "$work/checkout.err"; then
    echo "tool-commands: 'plangen $*' differs between the installed tool (<) and the checkout (>)"; exit 1
  fi
  echo "tool-commands: plangen $* ($(grep "^exit" "$work/tool.out"), $(($(wc -l <"$work/tool.out") - 1)) lines): same"
}

for command in "" validate build ci schema new editor bekijk publish nieuw-schooljaar diff agenda vaststellen; do
  both $command --help
done
both --version
both help build
both validate
both validate --format json
both validate --format sarif
both build --format all
both build
both schema --bestand school
both schema --bestand bestuur
both schema --bestand jaarplan
both new stichting-rivierenland/bs-nieuw --schooljaar 2026-2027
both nieuw-schooljaar obs-t-kompas 2026-2027
both diff obs-de-linde 2025-2026 2026-2027
both diff obs-de-linde 2025-2026 2026-2027 --out diff.md --docx diff.docx
both vaststellen obs-t-kompas --orgaan mr --datum 2026-06-15 --toelichting instemming
both agenda
both publish --url https://bestuur.example/veiligheid
both ci --samenvatting samenvatting.md
both editor
both bouw
both validate schools/bestaat-niet
# The repositories after all of that: every file made or changed by a command is the same.
diff -r -x .plangen-manifest.json "$work/tool" "$work/checkout"
echo "tool-commands: the repositories after every command are identical"

# bekijk: serves the preview until stopped; its page and the school's HTML must come from the installed tool.
(cd "$work/tool" && exec "$tool" bekijk obs-t-kompas >"$work/bekijk.out" 2>&1) &
server=$!
for _ in $(seq 100); do grep -q "http://" "$work/bekijk.out" 2>/dev/null && break; sleep 0.2; done
address=$(grep -o 'http://[0-9.:]*/' "$work/bekijk.out" | head -1)
page=$(curl -fsS "$address" || true)
kill -TERM $server
wait $server || { echo "tool-commands: bekijk did not stop cleanly on TERM"; cat "$work/bekijk.out"; exit 1; }
if [ -z "$address" ] || ! grep -q "obs-t-kompas\|kompas" <<<"$page"; then
  echo "tool-commands: bekijk served no page"; cat "$work/bekijk.out"; exit 1
fi
grep -q "Voorbeeld gestopt." "$work/bekijk.out" || { echo "tool-commands: bekijk did not say it stopped"; exit 1; }
echo "tool-commands: bekijk served $address ($(wc -c <<<"$page") bytes) and stopped on TERM"
