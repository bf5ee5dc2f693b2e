#!/usr/bin/env bash
# Whole-process timing of `crisis-brief render situation`, as a framework-dependent JIT build (Release, apphost),
# published NativeAOT and (for reference) published framework-dependent ReadyToRun, against a hello-world .NET console app built the same two ways, all in one run and
# alternated so that every program sees the same machine noise. Prints medians (time and peak resident memory,
# from GNU time) and the ratios to the JIT hello world; the runs behind them go to stderr. Also where the time
# inside the JIT reporter goes (CRISIS_BRIEF_TIMINGS=1). With a second argument, another checkout of the project (the
# baseline, say main before a change): its reporter is built the same two ways, checked to write the same briefing, and
# run in the same alternation. Run by hand, never by CI:
#   bash tests/Crisis.Benchmarks/RenderTiming.sh [runs [baseline-checkout]]        (default 21 runs each, no baseline)
# Results are recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-21}"
baseline="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time) for peak memory" >&2; exit 1; }

echo "building the reporter (Release, JIT) and publishing it (NativeAOT)..." >&2
dotnet build src/Crisis.Reporter -c Release -v q -nologo >/dev/null
reporter="$PWD/src/Crisis.Reporter/bin/Release/net10.0/crisis-brief"
dotnet publish src/Crisis.Reporter -c Release -r linux-x64 -v q -nologo -o "$work/reporter-aot" >/dev/null
reporter_aot="$work/reporter-aot/crisis-brief"
dotnet publish src/Crisis.Reporter -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -v q -nologo -o "$work/reporter-r2r" >/dev/null
reporter_r2r="$work/reporter-r2r/crisis-brief"
if [ -n "$baseline" ]; then
    echo "building and publishing the baseline's reporter ($baseline)..." >&2
    dotnet build "$baseline/src/Crisis.Reporter" -c Release -v q -nologo >/dev/null
    reporter_base="$baseline/src/Crisis.Reporter/bin/Release/net10.0/crisis-brief"
    dotnet publish "$baseline/src/Crisis.Reporter" -c Release -r linux-x64 -v q -nologo -o "$work/base-aot" >/dev/null
    reporter_base_aot="$work/base-aot/crisis-brief"
fi

echo "building hello world (Release, JIT) and publishing it (NativeAOT)..." >&2
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
dotnet publish "$work/hello" -c Release -r linux-x64 -v q -nologo -p:PublishAot=true -o "$work/hello/aot" >/dev/null
hello="$work/hello/out/hello"
hello_aot="$work/hello/aot/hello"

now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# One timed run: wall time in ms (to 0.01) into $1.ms, peak RSS in MB into $1.mb.
measure() {
    local name="$1"; shift
    local t0 t1
    t0=$(now_us)
    /usr/bin/time -f %M -o "$work/rss.txt" "$@" >/dev/null 2>"$work/$name.err"
    t1=$(now_us)
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f\n", (b - a) / 1000}' >>"$work/$name.ms"
    awk '{printf "%.1f\n", $1 / 1024}' "$work/rss.txt" >>"$work/$name.mb"
}

# The same briefing from both builds, or the comparison is meaningless.
cmp <("$reporter" render situation) <("$reporter_aot" render situation) || { echo "JIT and NativeAOT briefings differ" >&2; exit 1; }
cmp <("$reporter" render situation) <("$reporter_r2r" render situation) || { echo "JIT and ReadyToRun briefings differ" >&2; exit 1; }
if [ -n "$baseline" ]; then
    cmp <("$reporter" render situation) <("$reporter_base" render situation) || { echo "this checkout's and the baseline's briefings differ" >&2; exit 1; }
    cmp <("$reporter" render situation) <("$reporter_base_aot" render situation) || { echo "the baseline's NativeAOT briefing differs" >&2; exit 1; }
fi

# Warm-up: the first run of each pays for disk caches, not for the program.
for p in "$hello" "$hello_aot"; do "$p" >/dev/null; done
for p in "$reporter" "$reporter_aot" "$reporter_r2r"; do "$p" render situation >/dev/null; done

names=(hello hello-aot render render-aot render-r2r)
if [ -n "$baseline" ]; then
    for p in "$reporter_base" "$reporter_base_aot"; do "$p" render situation >/dev/null; done
    names+=(render-base render-base-aot)
fi
for n in "${names[@]}"; do : >"$work/$n.ms"; : >"$work/$n.mb"; done
: >"$work/parse.ms"; : >"$work/inner.ms"; : >"$work/catalog.ms"; : >"$work/model.ms"
for _ in $(seq "$runs"); do
    measure hello "$hello"
    measure render env CRISIS_BRIEF_TIMINGS=1 "$reporter" render situation
    measure hello-aot "$hello_aot"
    measure render-aot "$reporter_aot" render situation
    measure render-r2r "$reporter_r2r" render situation
    if [ -n "$baseline" ]; then
        measure render-base "$reporter_base" render situation
        measure render-base-aot "$reporter_base_aot" render situation
    fi
    t="$work/render.err"
    sed -n 's/.*catalog \([0-9.]*\) ms.*/\1/p' "$t" >>"$work/catalog.ms"
    sed -n 's/.*view model \([0-9.]*\) ms.*/\1/p' "$t" >>"$work/model.ms"
    sed -n 's/.*template parsing \([0-9.]*\) ms.*/\1/p' "$t" >>"$work/parse.ms"
    sed -n 's/.*total in command \([0-9.]*\) ms.*/\1/p' "$t" >>"$work/inner.ms"
done

declare -A ms mb
for n in "${names[@]}"; do ms[$n]=$(median <"$work/$n.ms"); mb[$n]=$(median <"$work/$n.mb"); done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
h="${ms[hello]}"
echo "| program (median of $runs alternated runs) | wall time, ms | peak RSS, MB | time / JIT hello world |"
echo "| --- | --- | --- | --- |"
echo "| hello world, JIT (framework-dependent) | $h | ${mb[hello]} | 1.00 |"
echo "| hello world, NativeAOT | ${ms[hello-aot]} | ${mb[hello-aot]} | $(ratio "${ms[hello-aot]}" "$h") |"
echo "| crisis-brief render situation, JIT (framework-dependent) | ${ms[render]} | ${mb[render]} | $(ratio "${ms[render]}" "$h") |"
echo "| crisis-brief render situation, NativeAOT | ${ms[render-aot]} | ${mb[render-aot]} | $(ratio "${ms[render-aot]}" "$h") |"
echo "| crisis-brief render situation, ReadyToRun (framework-dependent, for reference) | ${ms[render-r2r]} | ${mb[render-r2r]} | $(ratio "${ms[render-r2r]}" "$h") |"
if [ -n "$baseline" ]; then
    echo "| baseline: render situation, JIT (framework-dependent) | ${ms[render-base]} | ${mb[render-base]} | $(ratio "${ms[render-base]}" "$h") |"
    echo "| baseline: render situation, NativeAOT | ${ms[render-base-aot]} | ${mb[render-base-aot]} | $(ratio "${ms[render-base-aot]}" "$h") |"
fi
echo
i=$(median <"$work/inner.ms"); k=$(median <"$work/catalog.ms"); c=$(median <"$work/parse.ms"); m=$(median <"$work/model.ms")
echo "| inside the JIT render command (medians, ms) | value |"
echo "| --- | --- |"
echo "| whole command (catalog, templates, model, output) | $i |"
echo "| of which loading the compiled fact catalog | $k |"
echo "| of which parsing templates (situation + partials) | $c |"
echo "| of which building the view model | $m |"
echo "| of which the rest (command-line parsing, rendering, output) | $(awk -v i="$i" -v k="$k" -v c="$c" -v m="$m" 'BEGIN {printf "%.1f", i - k - c - m}') |"
for n in "${names[@]}"; do
    echo "runs (ms) $n: $(paste -sd' ' "$work/$n.ms")" >&2
    echo "runs (MB) $n: $(paste -sd' ' "$work/$n.mb")" >&2
done
