#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what is missing, builds, runs
# every test (unit, golden files, end-to-end runs of the built claimkit binary).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
swift build --build-tests
swift test --skip-build
