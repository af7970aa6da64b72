#!/usr/bin/env bash
# The test command of the README: builds with warnings as errors, checks formatting, scripts the
# SQL Server migrations, runs every test project and prints the totals as "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=Release
results=artifacts/test-results

install_packages() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
    dpkg -s fontconfig >/dev/null 2>&1 || missing+=(fontconfig)
    if [ ${#missing[@]} -gt 0 ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Installing ${missing[*]} for the browser and PDF tests..."
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

install_packages
dotnet tool restore
dotnet build Ssme.sln -c "$configuration" -warnaserror
dotnet format Ssme.sln --verify-no-changes --no-restore
dotnet ef migrations script --idempotent --no-build -c "$configuration" \
    --project src/Ssme.Infrastructure --context SqlServerSsmeDbContext \
    --output artifacts/sqlserver-migrations.sql

rm -rf "$results"
set +e
dotnet test Ssme.sln -c "$configuration" --no-build --logger trx --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=false
status=$?
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
    echo "No test ran." >&2
    status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
