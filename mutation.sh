#!/usr/bin/env bash
# Mutation testing of the domain's rules with Stryker.NET (issue 20), one folder of src/MotCua.Domain at a time:
# prints each folder's score and fails when one is under the floor. Slow (minutes a folder), so not part of test.sh.
#   ./mutation.sh                  every folder
#   ./mutation.sh Calendar Reports only these
# Survivors judged equivalent are listed, each with its reason, in tests/MotCua.Domain.Tests/equivalent-mutants.tsv;
# they leave the score's denominator. The floor is 80 % (MUTATION_FLOOR), save for the folders listed with a lower one
# in tests/MotCua.Domain.Tests/mutation-floors.tsv: what they reach now, to be raised as tests are added, never lowered.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
motcua_dotnet_tools

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
floor="${MUTATION_FLOOR:-80}"
root="$PWD"
out="$root/artifacts/mutation"
if [ $# -gt 0 ]; then
  folders=("$@")
else
  mapfile -t folders < <(find src/MotCua.Domain -mindepth 1 -maxdepth 1 -type d ! -name bin ! -name obj -printf '%f\n' | sort)
fi

failed=0
for folder in "${folders[@]}"; do
  echo "==> Mutating src/MotCua.Domain/$folder"
  rm -rf "${out:?}/$folder"
  # Mutants are judged by the domain tests in one process per run (Microsoft.Testing.Platform): the tests build what
  # they read per test, so no result computed under one mutant is reused under another.
  (cd tests/MotCua.Domain.Tests && dotnet dotnet-stryker --project MotCua.Domain.csproj --test-runner mtp \
    --mutate "**/MotCua.Domain/$folder/**/*.cs" --reporter json --reporter html --output "$out/$folder" \
    --break-at 0 --concurrency "${MUTATION_CONCURRENCY:-1}" --verbosity warning) >/dev/null
  folder_floor=$(awk -F'\t' -v f="$folder" '$1 == f { print $2 }' tests/MotCua.Domain.Tests/mutation-floors.tsv)
  if ! dotnet run scripts/mutation-score.cs -- "$folder" "$out/$folder/reports/mutation-report.json" \
      tests/MotCua.Domain.Tests/equivalent-mutants.tsv "${folder_floor:-$floor}"; then
    failed=1
  fi
done

exit "$failed"
