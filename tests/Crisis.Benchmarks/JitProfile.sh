#!/usr/bin/env bash
# Where the JIT build's start-up goes: for hello world and `crisis-brief render situation` (this checkout's and, with an
# argument, a baseline checkout's), how many methods the runtime compiled and how long the JIT took (all threads, from
# System.Runtime.JitInfo, written at exit by a startup hook), beside the wall time; and the wall time with tiered PGO off
# (DOTNET_TieredPGO=0), a setting the reporter could ship. Runs alternate, medians. Run by hand, never by CI:
#   bash tests/Crisis.Benchmarks/JitProfile.sh [runs [baseline-checkout]]        (default 11 runs)
# The reporter's runtimeconfig turns startup hooks off (it is published NativeAOT): the builds are copied and the copies'
# runtimeconfig allows them. Results are recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-11}"
baseline="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hook" "$work/hello"
cat >"$work/hook/hook.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AssemblyName>JitTotals</AssemblyName>
  </PropertyGroup>
</Project>
XML
cat >"$work/hook/StartupHook.cs" <<'CS'
internal static class StartupHook
{
    public static void Initialize() => System.AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        System.IO.File.AppendAllText(
            System.Environment.GetEnvironmentVariable("JIT_TOTALS_FILE")!,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{System.Runtime.JitInfo.GetCompiledMethodCount()} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0}\n"));
}
CS
cat >"$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("Hello, World!");' >"$work/hello/Program.cs"
echo "building the hook, hello world and the reporter(s) (Release)..." >&2
dotnet build "$work/hook" -c Release -v q -nologo -o "$work/hook/out" >/dev/null
dotnet build "$work/hello" -c Release -v q -nologo -o "$work/hello/out" >/dev/null
dotnet build src/Crisis.Reporter -c Release -v q -nologo >/dev/null
cp -r src/Crisis.Reporter/bin/Release/net10.0 "$work/render"
if [ -n "$baseline" ]; then
    dotnet build "$baseline/src/Crisis.Reporter" -c Release -v q -nologo >/dev/null
    cp -r "$baseline/src/Crisis.Reporter/bin/Release/net10.0" "$work/render-base"
fi
sed -i 's/"System.StartupHookProvider.IsSupported": false/"System.StartupHookProvider.IsSupported": true/' "$work"/render*/crisis-brief.runtimeconfig.json

now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
# One run: wall ms into $1.ms; with a hook, "methods jit-ms" into $1.jit.
run() {
    local name="$1" hook="$2"; shift 2
    local t0 t1
    t0=$(now_us)
    if [ "$hook" = hook ]; then
        DOTNET_STARTUP_HOOKS="$work/hook/out/JitTotals.dll" JIT_TOTALS_FILE="$work/$name.jit" "$@" >/dev/null
    else
        "$@" >/dev/null
    fi
    t1=$(now_us)
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f\n", (b - a) / 1000}' >>"$work/$name.ms"
}

programs=(hello render render-pgo-off)
[ -n "$baseline" ] && programs+=(render-base)
for p in "${programs[@]}"; do : >"$work/$p.ms"; : >"$work/$p.jit"; done
"$work/hello/out/hello" >/dev/null; "$work/render/crisis-brief" render situation >/dev/null
for _ in $(seq "$runs"); do
    run hello hook "$work/hello/out/hello"
    run render hook "$work/render/crisis-brief" render situation
    run render-pgo-off none env DOTNET_TieredPGO=0 "$work/render/crisis-brief" render situation
    [ -n "$baseline" ] && run render-base hook "$work/render-base/crisis-brief" render situation
done

echo "| program (median of $runs alternated runs) | wall time, ms | methods compiled | JIT time, all threads (ms) |"
echo "| --- | ---: | ---: | ---: |"
for p in "${programs[@]}"; do
    methods=-; jit=-
    if [ -s "$work/$p.jit" ]; then methods=$(awk '{print $1}' "$work/$p.jit" | median); jit=$(awk '{print $2}' "$work/$p.jit" | median); fi
    echo "| $p | $(median <"$work/$p.ms") | $methods | $jit |"
    echo "runs (ms) $p: $(paste -sd' ' "$work/$p.ms")" >&2
done
