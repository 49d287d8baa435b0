#!/usr/bin/env bash
# Runs every test: unit tests, and integration tests against Azurite and local HTTP servers.
# Installs what the tests need first (Azurite from package.json), so it works on a fresh clone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Reinstall only when the lock file's content changed (a fresh checkout's newer timestamp is no reason).
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -x node_modules/.bin/azurite ] || [ "$(cat node_modules/.newsjack-lock.sha256 2>/dev/null)" != "$lock_sum" ]; then
  echo "test.sh: installing Azurite (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.newsjack-lock.sha256
fi
export NEWSJACK_AZURITE="$root/node_modules/.bin/azurite"

# The page tests drive Debian's chromium through Playwright (no browser download).
if [ -z "${NEWSJACK_CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing chromium (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  else
    echo "test.sh: chromium is missing: run 'sudo apt-get install chromium' (or set NEWSJACK_CHROMIUM)" >&2
    exit 1
  fi
fi

results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# The whole solution, the Functions app included (its SDK writes functions.metadata, which a test reads).
# Only the Event Hub function is left out: its worker extension is not served by this machine's package source.
build_props=(-p:WithEventHubsTrigger=false)
echo "test.sh: building Newsjack.sln (${build_props[*]})..."
dotnet build Newsjack.sln -c Release "${build_props[@]}" --nologo -v quiet -clp:ErrorsOnly

status=0
dotnet test Newsjack.sln -c Release "${build_props[@]}" --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  status=1
fi
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
