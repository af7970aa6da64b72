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
dotnet ef migrations script --idempotent --no-build --configuration "$configuration" \
    --project src/Ssme.Infrastructure --context SqlServerSsmeDbContext \
    --output artifacts/sqlserver-migrations.sql

rm -rf "$results"
mkdir -p "$results"
set +e
dotnet test Ssme.sln -c "$configuration" --no-build --logger trx --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

# Each test project prints one summary line: "Passed!  - Failed: 0, Passed: 27, Skipped: 0, ...".
passed=0
failed=0
while read -r project_failed project_passed; do
    passed=$((passed + project_passed))
    failed=$((failed + project_failed))
done < <(sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+),.*/\2 \3/p' "$results/console.log")
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
    echo "No test ran." >&2
    status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
