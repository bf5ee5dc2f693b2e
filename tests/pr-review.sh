#!/usr/bin/env bash
# Pull request review on one page: what a change does to the facts and to the briefings.
#
#   tests/pr-review.sh BASE_REF [--out DIR] [--head-reporter DLL]
#
# Compares the working tree (the head: what you have checked out, uncommitted edits included) with the
# merge base of BASE_REF and HEAD (the base: what the pull request starts from). It builds the reporter of
# the base in a temporary git worktree and of the head here, exports both fact bases, runs
# `crisis-brief diff` on them, renders every briefing of both and lists those whose text changes.
#
# Writes into DIR (default artifacts/pr-review):
#   summary.md   the page to read: the fact diff, then the briefings that change (also appended to
#                $GITHUB_STEP_SUMMARY when that is set, as on GitHub Actions)
#   base.json, head.json, diff.json   the two exports and the diff as data
#   briefings/   the head's rendered briefings (CI keeps them as an artifact)
#   build-base.log, build-head.log    the build output
#
# --head-reporter DLL uses an already built crisis-brief.dll for the head instead of building it (it must
# have been built from this working tree). Exit status: 0 when the summary was written, 1 when something
# failed (the summary then says what).
set -euo pipefail

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

base_ref=""
out=""
head_reporter=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) out="${2:?--out needs a folder}"; shift 2 ;;
        --head-reporter) head_reporter="${2:?--head-reporter needs a crisis-brief.dll}"; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "pr-review: unknown option $1" >&2; usage ;;
        *) [[ -z "$base_ref" ]] || { echo "pr-review: one BASE_REF only" >&2; usage; }; base_ref="$1"; shift ;;
    esac
done
[[ -n "$base_ref" ]] || usage

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 LC_ALL=C
root="$(git rev-parse --show-toplevel)"
cd "$root"
out="$(mkdir -p "${out:-artifacts/pr-review}" && cd "${out:-artifacts/pr-review}" && pwd)"
rm -rf "$out/briefings" "$out/summary.md" "$out/diff.md" "$out/diff.json" "$out/base.json" "$out/head.json"

base_sha="$(git merge-base "$base_ref" HEAD)" || { echo "pr-review: no common ancestor of $base_ref and HEAD (fetch the base branch with its history)" >&2; exit 1; }
head_sha="$(git rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pr-review.XXXXXX")"
cleanup() {
    git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

failures=()
fail() { failures+=("$1"); echo "pr-review: $1" >&2; }

# build SOURCE_DIR OUTPUT_DIR LOG: builds the reporter of a source tree; prints nothing on success.
build() {
    if ! dotnet build "$1/src/Crisis.Reporter/Crisis.Reporter.csproj" -o "$2" >"$3" 2>&1; then
        tail -n 30 "$3" >&2
        return 1
    fi
}

echo "pr-review: base ${base_sha:0:12} (merge base of $base_ref and HEAD), head: the working tree at ${head_sha:0:12}" >&2
git worktree add --detach --quiet "$work/base" "$base_sha"
base_dll="$work/base-bin/crisis-brief.dll"
build "$work/base" "$work/base-bin" "$out/build-base.log" || fail "the base (${base_sha:0:12}) does not build: see build-base.log"
if [[ -n "$head_reporter" ]]; then
    head_dll="$head_reporter"
else
    head_dll="$work/head-bin/crisis-brief.dll"
    build "$root" "$work/head-bin" "$out/build-head.log" || fail "the head does not build: see build-head.log"
fi

if [[ ${#failures[@]} -eq 0 ]]; then
    dotnet "$base_dll" export --format json --out "$out/base.json" || fail "the base's export failed"
    dotnet "$head_dll" export --format json --out "$out/head.json" || fail "the head's export failed"
fi
if [[ ${#failures[@]} -eq 0 ]]; then
    # A pull request may change the schema itself: compare anyway, the diff says so first.
    dotnet "$head_dll" diff "$out/base.json" "$out/head.json" --allow-schema-change --out "$out/diff.md" 2>"$work/diff.err" \
        && dotnet "$head_dll" diff "$out/base.json" "$out/head.json" --allow-schema-change --format json --out "$out/diff.json" \
        || fail "crisis-brief diff failed: $(cat "$work/diff.err")"
    dotnet "$base_dll" render --all --out-dir "$work/base-briefings" >/dev/null || fail "the base's briefings do not render"
    dotnet "$head_dll" render --all --out-dir "$out/briefings" >/dev/null || fail "the head's briefings do not render"
fi

# The page.
{
    echo "# Pull request review"
    echo
    dirty=""
    [[ -z "$(git status --porcelain --untracked-files=no)" ]] || dirty=", with uncommitted changes"
    echo "Base \`${base_sha:0:12}\` (merge base with \`$base_ref\`) → head \`${head_sha:0:12}\`$dirty."
    echo
    if [[ ${#failures[@]} -gt 0 ]]; then
        echo "**The review could not be completed:**"
        echo
        for f in "${failures[@]}"; do echo "- $f"; done
        echo
    fi
    if [[ -s "$out/diff.md" ]]; then
        cat "$out/diff.md"
        echo
    fi
    if [[ -d "$out/briefings" && -d "$work/base-briefings" ]]; then
        echo "## Briefings that change"
        echo
        changed=0
        rows=""
        for name in $( (ls "$work/base-briefings"; ls "$out/briefings") | sort -u); do
            before="$work/base-briefings/$name"
            after="$out/briefings/$name"
            if [[ ! -e "$before" ]]; then
                rows+="| ${name%.md} | new briefing | | |"$'\n'
            elif [[ ! -e "$after" ]]; then
                rows+="| ${name%.md} | removed | | |"$'\n'
            elif ! cmp -s "$before" "$after"; then
                read -r added removed _ < <(git diff --no-index --numstat "$before" "$after" || true)
                rows+="| ${name%.md} | changed | $added | $removed |"$'\n'
            else
                continue
            fi
            changed=$((changed + 1))
        done
        if [[ $changed -eq 0 ]]; then
            echo "No briefing changes: every briefing renders the same from the base and the head."
        else
            echo "Rendered from the real facts by the base's and the head's reporter. The head's briefings are kept as the job's artifact \`briefings\`; the snapshot diffs in the pull request show the lines."
            echo
            echo "| briefing | change | lines added | lines removed |"
            echo "| --- | --- | ---: | ---: |"
            printf '%s' "$rows"
        fi
        echo
        snapshots="$(git diff --name-only "$base_sha" -- '*.verified.*' | sort)"
        if [[ -n "$snapshots" ]]; then
            echo "Snapshot files changed by this pull request:"
            echo
            while IFS= read -r file; do echo "- \`$file\`"; done <<<"$snapshots"
        else
            echo "No snapshot file (\`*.verified.*\`) is changed by this pull request."
        fi
    fi
} >"$out/summary.md"

if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
cat "$out/summary.md"
echo "pr-review: wrote $out/summary.md" >&2
[[ ${#failures[@]} -eq 0 ]]
