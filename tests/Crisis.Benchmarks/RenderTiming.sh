#!/usr/bin/env bash
# Whole-process timing of `crisis-brief render situation` against a hello-world .NET console app built the
# same way (Release, net10.0, framework-dependent apphost, invariant globalization), run alternately so that
# both see the same machine noise. Prints medians and the share of template compilation (measured inside the
# reporter with CRISIS_BRIEF_TIMINGS=1). Run by hand, never by CI:
#   bash tests/Crisis.Benchmarks/RenderTiming.sh [runs]        (default 15 runs each)
# Results are recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building the reporter (Release)..." >&2
dotnet build src/Crisis.Reporter -c Release -v q -nologo >/dev/null
reporter="$PWD/src/Crisis.Reporter/bin/Release/net10.0/crisis-brief"

echo "building hello world (Release)..." >&2
mkdir -p "$work/hello"
cat >"$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <InvariantGlobalization>true</InvariantGlobalization>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' >"$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -v q -nologo -o "$work/hello/out" >/dev/null
hello="$work/hello/out/hello"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# Warm-up: the first run of each pays for disk caches, not for the program.
"$hello" >/dev/null
"$reporter" render situation >/dev/null

: >"$work/hello.ms"; : >"$work/render.ms"; : >"$work/compile.ms"; : >"$work/inner.ms"; : >"$work/catalog.ms"; : >"$work/model.ms"
for _ in $(seq "$runs"); do
    t0=$(now_ms); "$hello" >/dev/null; t1=$(now_ms)
    echo $((t1 - t0)) >>"$work/hello.ms"
    t0=$(now_ms); CRISIS_BRIEF_TIMINGS=1 "$reporter" render situation >/dev/null 2>"$work/timings.txt"; t1=$(now_ms)
    echo $((t1 - t0)) >>"$work/render.ms"
    sed -n 's/.*catalog \([0-9.]*\) ms.*/\1/p' "$work/timings.txt" >>"$work/catalog.ms"
    sed -n 's/.*view model \([0-9.]*\) ms.*/\1/p' "$work/timings.txt" >>"$work/model.ms"
    sed -n 's/.*template compilation \([0-9.]*\) ms.*/\1/p' "$work/timings.txt" >>"$work/compile.ms"
    sed -n 's/.*total in command \([0-9.]*\) ms.*/\1/p' "$work/timings.txt" >>"$work/inner.ms"
done

h=$(median <"$work/hello.ms"); r=$(median <"$work/render.ms")
c=$(median <"$work/compile.ms"); i=$(median <"$work/inner.ms"); k=$(median <"$work/catalog.ms"); m=$(median <"$work/model.ms")
echo "| measure (median of $runs runs, ms) | value |"
echo "| --- | --- |"
echo "| hello world, whole process | $h |"
echo "| render situation, whole process | $r |"
echo "| ratio render / hello | $(awk -v r="$r" -v h="$h" 'BEGIN {printf "%.1f", r / h}') |"
echo "| inside the render command (catalog, templates, model, output) | $i |"
echo "| of which loading the compiled fact catalog | $k |"
echo "| of which template compilation (situation + partials) | $c |"
echo "| of which building the view model | $m |"
echo "| of which the rest (command-line parsing, template rendering, output) | $(awk -v i="$i" -v k="$k" -v c="$c" -v m="$m" 'BEGIN {printf "%.1f", i - k - c - m}') |"
echo "| template compilation / whole process | $(awk -v c="$c" -v r="$r" 'BEGIN {printf "%.0f%%", 100 * c / r}') |"
echo "runs (ms) hello: $(paste -sd' ' "$work/hello.ms")" >&2
echo "runs (ms) render: $(paste -sd' ' "$work/render.ms")" >&2
