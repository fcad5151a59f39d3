#!/usr/bin/env pwsh
# Bootstrap: check the prerequisites, then hand every argument to the Cake build:
#   ./build.ps1 --target=Release
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
Set-Location $root

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    throw 'build.ps1: the .NET SDK is not installed: see https://dot.net and global.json for the version.'
}
$wanted = ((Get-Content global.json -Raw | ConvertFrom-Json).sdk.version -split '\.')[0..1] -join '.'
if (-not (dotnet --list-sdks | Where-Object { $_.StartsWith("$wanted.") })) {
    throw "build.ps1: global.json asks for the .NET SDK $wanted.x."
}

if ($IsLinux) {
    # Listed once, with why, in build/system-packages.txt.
    $packages = @(Get-Content (Join-Path $root 'build/system-packages.txt') | Where-Object { $_.Trim() -and -not $_.StartsWith('#') })
    $missing = @($packages | Where-Object {
        -not ((& dpkg-query -W -f='${Status}' $_ 2>$null) -match 'install ok installed')
    })
    if ($missing.Count -gt 0) {
        $isRoot = (& id -u) -eq '0'
        $canSudo = -not $isRoot -and (Get-Command sudo -ErrorAction SilentlyContinue) -and ((& sudo -n true 2>$null; $LASTEXITCODE) -eq 0)
        if (-not ($isRoot -or $canSudo)) {
            throw "build.ps1: missing packages: $($missing -join ' '). Install them with: sudo apt-get update && sudo apt-get install -y $($missing -join ' ')"
        }
        $prefix = if ($isRoot) { @() } else { @('sudo', '-n') }
        & @prefix apt-get update -qq
        & @prefix apt-get install -y -qq --no-install-recommends @missing
    }
}

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
& dotnet run --project (Join-Path $root 'build/Build.csproj') -- @args
exit $LASTEXITCODE
