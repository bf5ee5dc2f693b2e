#!/usr/bin/env bash
# Coverage-guided fuzzing of the fact compiler with SharpFuzz and AFL++ (run by hand, never by CI).
#
#   tests/Crisis.Fuzz/fuzz.sh TARGET [SECONDS] [OUT_DIR]
#   tests/Crisis.Fuzz/fuzz.sh TARGET minimize [OUT_DIR]   replace corpus/TARGET with afl-cmin's minimum of OUT_DIR's queue
#
# TARGET is facts (read and bind a fact file against the real schema) or schema (read a schema, emit its types,
# bind the real facts to it). SECONDS defaults to 1800. Findings go to OUT_DIR (default /tmp/crisis-fuzz/TARGET):
# OUT_DIR/default/crashes and /hangs. Installs what it needs: AFL++ (Debian's afl++) and the sharpfuzz tool.
# AFL runs under `nice -n 19`, so builds on a shared machine keep priority. See docs/reliability.md.
set -euo pipefail
target=${1:?usage: fuzz.sh facts|schema [SECONDS] [OUT_DIR]}
seconds=${2:-1800}
out=${3:-/tmp/crisis-fuzz/$target}
minimize=false
if [ "$seconds" = minimize ]; then
    minimize=true # uses the instrumented build a run left in OUT_DIR
fi
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$out/build

case "$target" in facts | schema) ;; *) echo "unknown target '$target' (facts or schema)" >&2; exit 2 ;; esac

if ! command -v afl-fuzz >/dev/null; then
    apt-get update && apt-get install -y afl++
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null; then
    dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
fi

export CRISIS_DATA="$repo/data"
if $minimize; then
    # The corpus `dotnet test` replays (FuzzCorpusTests): the smallest inputs that keep every edge the fuzzer reached.
    # afl-cmin refuses to work on /tmp (so the queue is copied here first) and needs the full path of the program; the
    # build is the instrumented one the run left.
    corpus="$here/corpus/$target"
    rm -rf "$corpus.new" "$corpus.queue"
    cp -r "$out/default/queue" "$corpus.queue" && rm -rf "$corpus.queue/.state"
    (cd "$repo" && AFL_SKIP_BIN_CHECK=1 nice -n 19 afl-cmin -i "$corpus.queue" -o "$corpus.new" -t 5000 -m none \
        -- "$(readlink -f "$(command -v dotnet)")" "$build/Crisis.Fuzz.dll" "$target")
    rm -rf "$corpus" "$corpus.queue" && mv "$corpus.new" "$corpus"
    # Inputs over 4 KiB (variants of the whole real files) would make the repository megabytes heavier and the replay
    # slower for few edges: docs/reliability.md gives the edges the kept corpus still reaches.
    find "$corpus" -type f -size +4096c -delete
    # Short names without ':' (AFL's "id:000001,..." as afl-cmin writes them: "id_000001..."), which some tools refuse.
    for file in "$corpus"/*; do mv "$file" "$corpus/$(basename "$file" | sed -E 's/^id[^0-9]*0*([0-9]+).*/\1/')"; done
    echo "corpus/$target: $(ls "$corpus" | wc -l) inputs, $(du -sh "$corpus" | cut -f1)"
    exit 0
fi

# Build apart from bin/ (instrumenting rewrites the assemblies in place), then instrument the compiler and its YAML parser.
rm -rf "$build"
dotnet build "$here/Crisis.Fuzz.csproj" -c Release -o "$build" -p:UseSharedCompilation=false
sharpfuzz "$build/Crisis.Facts.Generator.dll"
sharpfuzz "$build/YamlDotNet.dll"

# Seeds: the committed minimized corpus, the real files, and the first facts of each real file (small inputs run faster).
seeds=$out/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
cp "$here/corpus/$target"/* "$seeds"/ 2>/dev/null || true
if [ "$target" = facts ]; then
    for file in "$repo"/data/facts/*.yaml; do
        cp "$file" "$seeds/real-$(basename "$file")"
        awk '/^  - id:/ { n++ } n <= 3' "$file" >"$seeds/first-$(basename "$file")"
    done
else
    cp "$repo/data/schema/crisis.schema.yaml" "$seeds/real-crisis.schema.yaml"
fi

# The binary AFL starts is `dotnet`, which carries no instrumentation itself: the instrumented assemblies do.
# AFL_AUTORESUME: running a target again continues from its queue in OUT_DIR.
export AFL_AUTORESUME=1 AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
nice -n 19 afl-fuzz -i "$seeds" -o "$out" -x "$here/yaml.dict" -t 5000 -m none -V "$seconds" \
    -- dotnet "$build/Crisis.Fuzz.dll" "$target"

echo "findings: $(ls "$out/default/crashes" | grep -vc README || true) crashes, $(ls "$out/default/hangs" | wc -l) hangs in $out/default"
grep -E '^(execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|run_time)' "$out/default/fuzzer_stats"
