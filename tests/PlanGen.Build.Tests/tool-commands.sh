#!/usr/bin/env bash
# Runs every command a user has (validate, build, agenda, diff, bekijk, editor, nieuw-schooljaar,
# vaststellen, publish, schema, new, ci), usage errors and every --help twice: with the installed tool
# (Native AOT on linux-x64) and with the checkout's `dotnet plangen.dll`, each time on a fresh copy of the
# same board repository (the example schools, as a git repository with two commits) at the same path, and
# compares the exit code, stdout, stderr and every file in the repository byte for byte. A difference names
# the command and shows the start of the diff; the script fails at the end when any command differed.
# bekijk serves: it is started, its page and every document on it fetched over HTTP (the free port
# masked), then stopped with TERM.
# Usage: tool-commands.sh TOOL   (the installed plangen; run by tool-install.sh, so by `make tool-test`)
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=$(realpath "${1:?gebruik: tool-commands.sh PAD/NAAR/plangen}")
checkout="dotnet $PWD/src/PlanGen.Cli/bin/Release/net10.0/plangen.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CI=true
base="$work/commands-base"
run="$work/commands-run"
failed=()

# The board repository every command starts from: only schools/, committed twice (the second commit
# changes a year plan, for diff --rev), with fixed names and dates so both sides see the same history.
rm -rf "$base"
mkdir -p "$base"
cp -r schools "$base/"
export GIT_AUTHOR_NAME=plangen GIT_AUTHOR_EMAIL=plangen@example.invalid GIT_COMMITTER_NAME=plangen GIT_COMMITTER_EMAIL=plangen@example.invalid
export GIT_AUTHOR_DATE=2026-01-01T12:00:00Z GIT_COMMITTER_DATE=2026-01-01T12:00:00Z
plan=schools/stichting-rivierenland/obs-de-linde/jaarplannen/2025-2026.yaml
(cd "$base" && git init -q -b main && git add -A && git commit -qm eerste &&
  sed -i 's/Gouden weken en klassenafspraken/Gouden weken, klassenafspraken en kennismakingsgesprekken/' "$plan" &&
  git commit -qam tweede)

# The plangen of SIDE (tool or checkout), after a fresh copy of the repository at $run.
fresh_side() {
  rm -rf "$run" "$work/commands.$1.tree"
  cp -a "$base" "$run"
  if [ "$1" = tool ]; then echo "$tool"; else echo "$checkout"; fi
}

# Runs `plangen ARGS` with one side in a fresh copy; leaves $work/commands.SIDE.{out,err,rc,tree}.
run_side() {
  local side=$1
  shift
  local command
  command=$(fresh_side "$side")
  local rc=0
  (cd "$run" && $command "$@" >"$work/commands.$side.out" 2>"$work/commands.$side.err" </dev/null) || rc=$?
  echo "$rc" >"$work/commands.$side.rc"
  mv "$run" "$work/commands.$side.tree"
}

# Schools are built in parallel and each one's progress line (✓, ✗, - or = and bestuur/school; build and ci
# on stderr, publish on stdout) comes when it is done: those lines are compared sorted, after the rest in order.
progress='^(✓|✗|-|=) [a-z0-9-]+/[a-z0-9-]+: '
progress_sorted() {
  grep -v -E "$progress" "$1" || true
  grep -E "$progress" "$1" | LC_ALL=C sort || true
}

# The incremental build's manifest (.plangen-manifest.json) holds a hash of the tool's identity, which
# Native AOT computes without the reference table (docs/performance.md): left out, as in tool-install.sh.
# Compares the two sides of NAME; prints one line, and the start of the diff when they differ.
compare() {
  local name=$1
  local report
  report=$( {
    diff <(echo "exit $(cat "$work/commands.tool.rc")") <(echo "exit $(cat "$work/commands.checkout.rc")") | sed 's/^/  exit code: /'
    diff --label "stdout (tool)" --label "stdout (checkout)" -u <(progress_sorted "$work/commands.tool.out") <(progress_sorted "$work/commands.checkout.out") || true
    diff --label "stderr (tool)" --label "stderr (checkout)" -u <(progress_sorted "$work/commands.tool.err") <(progress_sorted "$work/commands.checkout.err") || true
    diff -r -x .git -x .plangen-manifest.json "$work/commands.tool.tree" "$work/commands.checkout.tree" || true
  } 2>&1 | head -40)
  if [ -z "$report" ]; then
    echo "tool-commands: same  plangen $name (exit $(cat "$work/commands.tool.rc"), $(wc -c <"$work/commands.tool.out") bytes stdout, $(find "$work/commands.tool.tree" -path '*/.git' -prune -o -type f -newer "$base/.git/index" -print | wc -l) files written)"
  else
    echo "tool-commands: DIFFERENT  plangen $name: the installed tool (first) and the checkout's dll (second) differ:"
    echo "$report" | sed 's/^/  /'
    failed+=("$name")
  fi
}

check() {
  run_side tool "$@"
  run_side checkout "$@"
  compare "$*"
}

# bekijk serves until stopped: start it, wait for its address, fetch the page and the school's HTML, stop it.
bekijk_side() {
  local side=$1
  shift
  local command
  command=$(fresh_side "$side")
  (cd "$run" && exec $command bekijk "$@" >"$work/commands.$side.out" 2>"$work/commands.$side.err" </dev/null) &
  local pid=$! address="" rc=0
  for _ in $(seq 1 600); do
    address=$(sed -n 's/^Voorbeeld van .*: \(http:[^ ]*\)$/\1/p' "$work/commands.$side.out")
    if [ -n "$address" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.2
  done
  if [ -n "$address" ]; then
    # The page, then every document it shows or offers for download (into the copy, so they are compared as files).
    { curl -sS "$address" && curl -sS -o /dev/null -w '%{http_code}\n' "${address}bestaat-niet"; } >"$work/commands.$side.page" 2>&1 || true
    mkdir -p "$run/bekijk-opgehaald"
    for link in $(grep -o -E '(src|href)="/(html|download)/[^"]*"' "$work/commands.$side.page" | sed -E 's/^(src|href)="\/(.*)"$/\2/' | sort -u); do
      curl -sS -o "$run/bekijk-opgehaald/$(echo "$link" | tr '/' '_')" "$address$link" || echo "curl failed: $link" >>"$work/commands.$side.page"
    done
    kill -TERM "$pid"
  fi
  wait "$pid" || rc=$?
  echo "$rc" >"$work/commands.$side.rc"
  # The port is free and so differs per run; the page goes into stdout for the comparison.
  cat "$work/commands.$side.page" >>"$work/commands.$side.out" 2>/dev/null || true
  sed -i 's#http://127\.0\.0\.1:[0-9]*/#http://127.0.0.1:PORT/#g' "$work/commands.$side.out"
  rm -f "$work/commands.$side.page"
  mv "$run" "$work/commands.$side.tree"
}

bekijk() {
  bekijk_side tool "$@"
  bekijk_side checkout "$@"
  compare "bekijk${*:+ $*} (served, page fetched, stopped with TERM)"
}

# Help: the overview, every command's --help, "help <command>" and a misspelt command.
commands=(validate build ci schema new editor bekijk publish nieuw-schooljaar diff agenda vaststellen)
check
check help
check --help
check --version
for command in "${commands[@]}"; do
  check "$command" --help
done
check help diff
check biuld

check agenda
check agenda --school obs-de-linde --out agenda
check diff obs-de-linde 2025-2026 2026-2027
check diff obs-de-linde 2025-2026 2026-2027 --out wijzigingen.md --docx wijzigingen.docx
check diff obs-de-linde 2025-2026 --rev HEAD~1 --rev HEAD
check diff obs-de-linde 2025-2026
bekijk
bekijk obs-de-linde
check editor
check nieuw-schooljaar obs-de-linde 2027-2028
check nieuw-schooljaar --all 2026-2027
check vaststellen obs-de-linde --orgaan mr --datum 2026-01-15 --wijziging "Protocol pesten herzien" --toelichting instemming
check vaststellen obs-de-linde --orgaan raad --datum 2026-01-15
check publish --url https://www.bestuur.example/veiligheid
check publish --bestuur stichting-horizon --alleen-vastgesteld --out site
for file in school bestuur jaarplan; do
  check schema --bestand "$file"
done
check new stichting-nieuw/obs-de-start --schooljaar 2026-2027
check ci
check ci --samenvatting samenvatting.md --format html
check validate
check validate --format json
check validate --format sarif
check validate --strict
check validate schools/bestaat-niet
check build --format all
check build --format docx --editie openbaar --shard 1/2 --stil
check bouw

if [ ${#failed[@]} -gt 0 ]; then
  echo "tool-commands: ${#failed[@]} command(s) differ between the installed tool and the checkout's dll:"
  printf '  plangen %s\n' "${failed[@]}"
  exit 1
fi
echo "tool-commands: every command above gives the same exit code, output and files with the installed tool as with the checkout's dll"
