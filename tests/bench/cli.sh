# Sourced by the benchmark scripts: publishes the CLI as chosen by BINARY and sets `cli` to the command
# that runs it. Needs `artifacts` (a build folder) set, and runs from the repository's root.
#   BINARY=aot  (the default) the Native AOT executable of tests/bench/publish-aot.sh: what SiteGen's
#               timings are quoted for, since start-up and processor time are lowest (docs/performance.md)
#   BINARY=r2r  the ReadyToRun build on .NET 10 (`dotnet SiteGen.Cli.dll`)
#   BINARY=jit  `dotnet build -c Release`, compiled as it runs (what `dotnet run` gives)
case ${BINARY:-aot} in
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
  *) echo "BINARY must be aot, r2r or jit" >&2; exit 2 ;;
esac
