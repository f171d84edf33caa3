#!/usr/bin/env bash
# Writes a release of sitegen into one folder:
#   sitegen-<version>-linux-x64.tar.gz   the native executable, its image library and the themes
#   SiteGen.<version>.nupkg, SiteGen.linux-x64.<version>.nupkg, SiteGen.any.<version>.nupkg   the .NET tool
#   SHA256SUMS                           sha256sum -c SHA256SUMS checks them
# Usage: generator/release.sh [FOLDER]   (default: release/ at the repository root, emptied first)
# The version is Directory.Build.props's <Version>. Needs clang and zlib (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$(realpath -m "${1:-release}")
cli=generator/SiteGen.Cli/SiteGen.Cli.csproj

bash generator/install-native-prerequisites.sh
version=$(dotnet msbuild "$cli" -getProperty:Version -nologo)
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

rm -rf "$out"
mkdir -p "$out"
dotnet pack "$cli" -c Release --artifacts-path "$artifacts" -o "$out" -nologo

# The tarball holds the very files of the linux-x64 tool package, the executable renamed to the command's name.
native="$artifacts/obj/SiteGen.Cli/native-tool/publish/SiteGen.Cli/release_linux-x64"
name="sitegen-$version-linux-x64"
stage="$artifacts/$name"
mkdir -p "$stage"
cp "$native/SiteGen.Cli" "$stage/sitegen"
cp "$native"/*.so "$stage/"
cp -r "$native/themes" "$stage/themes"
# Same input, same bytes: sorted names, fixed times and owners, no name or time in the gzip header.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$artifacts" -cf - "$name" | gzip -n -9 >"$out/$name.tar.gz"

cd "$out"
sha256sum -- *.tar.gz *.nupkg >SHA256SUMS
cat SHA256SUMS
echo "Release $version in ${out#"$root"/}"
