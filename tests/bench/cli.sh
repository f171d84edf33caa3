# Sourced by the benchmark scripts: publishes the CLI as chosen by BINARY and sets `cli` to the command
# that runs it. Needs `artifacts` (a build folder) set, and runs from the repository's root.
#   BINARY=tool (the default) the command users install: the tool package packed by `dotnet pack`
#               (README, Install) installed into a tool path, the Native AOT executable on linux-x64
#   BINARY=aot  the same executable from tests/bench/publish-aot.sh, without packing and installing
#   BINARY=r2r  the ReadyToRun build on .NET 10 (`dotnet SiteGen.Cli.dll`)
#   BINARY=jit  `dotnet build -c Release`, compiled as it runs (what `dotnet run` gives)
case ${BINARY:-tool} in
  tool)
    bash generator/install-native-prerequisites.sh
    rm -rf "$artifacts-tool"
    dotnet pack generator/SiteGen.Cli -c Release --artifacts-path "$artifacts-tool/build" -o "$artifacts-tool/packages" -nologo >"$artifacts.log" 2>&1 \
      || { cat "$artifacts.log" >&2; echo "packing the tool failed" >&2; exit 1; }
    dotnet tool install SiteGen --tool-path "$artifacts-tool/tools" --add-source "$artifacts-tool/packages" \
      --version "$(dotnet msbuild generator/SiteGen.Cli -getProperty:Version -nologo)" >"$artifacts.log" 2>&1 \
      || { cat "$artifacts.log" >&2; echo "installing the tool failed" >&2; exit 1; }
    cli=("$artifacts-tool/tools/sitegen") ;;
  aot)
    cli=("$(ARTIFACTS="$artifacts-aot" tests/bench/publish-aot.sh "$artifacts-aot/publish-aot")") ;;
  r2r)
    dotnet publish generator/SiteGen.Cli/SiteGen.Cli.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      --artifacts-path "$artifacts" -o "$artifacts/publish-r2r" -nologo -v quiet >"$artifacts.log" 2>&1 \
      || { cat "$artifacts.log" >&2; echo "publishing the CLI failed" >&2; exit 1; }
    cli=(dotnet "$artifacts/publish-r2r/SiteGen.Cli.dll") ;;
  jit)
    dotnet build generator/SiteGen.Cli/SiteGen.Cli.csproj -c Release --artifacts-path "$artifacts" -nologo -v quiet >"$artifacts.log" 2>&1 \
      || { cat "$artifacts.log" >&2; echo "building the CLI failed" >&2; exit 1; }
    cli=(dotnet "$artifacts/bin/SiteGen.Cli/release/SiteGen.Cli.dll") ;;
  *) echo "BINARY must be tool, aot, r2r or jit" >&2; exit 2 ;;
esac
