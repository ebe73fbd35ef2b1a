#!/usr/bin/env bash
# Regenerates the compiled EF Core models of both providers (src/MotCua.Web/Data/CompiledModels), after any change to
# the model: an entity, a configuration, a migration. The application starts on them instead of building its model from
# the configurations (seconds of every start, issue 19); the test The_compiled_model_is_the_model_the_configurations_build
# fails until they are regenerated.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
motcua_dotnet_tools

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The old models go before the build: after a change to an entity they may no longer compile.
rm -rf src/MotCua.Web/Data/CompiledModels
dotnet build src/MotCua.Web -c Debug -nologo -clp:ErrorsOnly
for provider in Sqlite Postgres; do
  dotnet ef dbcontext optimize --project src/MotCua.Web --no-build --context "${provider}MotCuaDbContext" \
    --output-dir "Data/CompiledModels/$provider" --namespace "MotCua.Web.Data.CompiledModels.$provider" >/dev/null
  echo "Data/CompiledModels/$provider: $(find "src/MotCua.Web/Data/CompiledModels/$provider" -name '*.cs' | wc -l) files"
done
