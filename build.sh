#!/usr/bin/env bash
# Bootstrap: check the prerequisites, install what is missing (root or passwordless sudo),
# then hand every argument to the Cake build: ./build.sh --target=Release
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

# Debian/Ubuntu packages the build needs, listed once (with why) in build/system-packages.txt.
mapfile -t debian_packages < <(grep -v '^#' build/system-packages.txt | grep -v '^[[:space:]]*$')

fail() { echo "build.sh: $*" >&2; exit 1; }

check_sdk() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is not installed: see https://dot.net and global.json for the version."
  local wanted
  wanted="$(sed -n 's/.*"version": *"\([0-9]*\.[0-9]*\)\..*/\1/p' global.json)"
  if ! dotnet --list-sdks | grep -q "^${wanted}\."; then
    fail "global.json asks for the .NET SDK ${wanted}.x; installed: $(dotnet --list-sdks | cut -d' ' -f1 | tr '\n' ' ')"
  fi
}

missing_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local package
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
  done
}

install_packages() {
  local missing=("$@")
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      fail "missing packages: ${missing[*]}. Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    fi
  fi
  echo "build.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

check_sdk
if [ "$(uname -s)" = "Linux" ]; then
  mapfile -t missing < <(missing_packages)
  if [ "${#missing[@]}" -gt 0 ]; then
    install_packages "${missing[@]}"
  fi
fi

# The tests' npm tools are installed by the test projects' build (tests/tools/TestTools.targets), whatever the entry point.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Compile the build only when one of its inputs changed since the last successful compile: a warm
# run then skips MSBuild's own up-to-date check, which is most of the host's overhead.
stamp="$root/build/obj/bootstrap.stamp"
entry="$root/build/bin/Debug/net10.0/Mlops.Build.dll"
build_inputs=(build model/Model model/Model.Training Directory.Build.props Directory.Packages.props global.json nuget.config)
if [ ! -f "$stamp" ] || [ ! -f "$entry" ] || [ -n "$(find "${build_inputs[@]}" -newer "$stamp" -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
  # Silent when it succeeds (the log then starts with the build's own output); the whole output when it fails.
  if ! compile_log="$(dotnet build "$root/build/Build.csproj" -nologo -verbosity:quiet -clp:ErrorsOnly 2>&1)"; then
    echo "$compile_log" >&2
    fail "compiling the build (build/Build.csproj) failed; the compiler's messages are above."
  fi
  touch "$stamp"
fi
# The build itself, not through dotnet run: a signal sent to this script's process (SIGTERM from a supervisor or CI)
# then reaches the build, which stops what it started (Serve's API), and dotnet run's own start-up is saved.
exec dotnet "$entry" "$@"
