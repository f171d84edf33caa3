#!/usr/bin/env bash
# Publishes the CLI as the Native AOT executable that the tool package installs on linux-x64, without packing it (see
# docs/performance.md, "Native AOT"). Usage: tests/bench/publish-aot.sh [OUTPUT_FOLDER]
# Env: ARTIFACTS (build folder, default /tmp/sitegen-aot-artifacts). Prints the executable's path.
#
# - .NET 9: the package source has no Native AOT runtime pack for .NET 10
#   (Microsoft.NETCore.App.Runtime.NativeAOT.linux-x64), while .NET 9's compiler package carries its own.
#   SiteGenTargetFramework (Directory.Build.props) changes the framework of every project of the build;
#   TargetFramework itself would not reach the restore or the project references.
# - TrimMode=partial keeps every member of SiteGen's own assemblies and the libraries: templates read the
#   model's properties by reflection, which full trimming removes ("member `title` was not found").
# - The native linker needs clang and zlib (generator/install-native-prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
artifacts=${ARTIFACTS:-/tmp/sitegen-aot-artifacts}
output=${1:-$artifacts/publish-aot}

bash generator/install-native-prerequisites.sh

# The trimming and AOT analysis warnings (listed in docs/performance.md) are shown only if the publish fails.
log=$(mktemp)
# The same settings as the tool package's native executable: the CLI project's SiteGenNativePublish.
read -ra native <<<"$(dotnet msbuild generator/SiteGen.Cli/SiteGen.Cli.csproj -getProperty:SiteGenNativePublish -nologo)"
if ! dotnet publish generator/SiteGen.Cli/SiteGen.Cli.csproj -c Release "${native[@]}" \
  --artifacts-path "$artifacts" -o "$output" -nologo >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "$output/SiteGen.Cli"
