#!/usr/bin/env bash
# Pull request review on one page: what a change does to the facts and to the briefings.
#
#   tests/pr-review.sh BASE_REF [--out DIR] [--head-reporter DLL] [--base-reporter DLL]
#
# Reviews the repository this script belongs to, from whatever folder it is run. Compares the working tree
# (the head: what you have checked out, uncommitted edits included) with the merge base of BASE_REF and HEAD
# (the base: what the pull request starts from). It builds the reporter of the base in a temporary git
# worktree and of the head here, exports both fact bases, runs `crisis-brief diff` on them, renders every
# briefing of both and lists those whose text changes.
#
# Writes into DIR (default artifacts/pr-review in the repository; a relative DIR is taken from the folder
# the script is run in), all at once when the review is complete:
#   summary.md   the page to read: the fact diff, what the newest source leaves stale (crisis-brief check), then
#                the briefings that change (also appended to $GITHUB_STEP_SUMMARY when that is set, as on GitHub Actions)
#   base.json, head.json, diff.json   the two exports and the diff as data
#   check.txt    crisis-brief check on the head
#   briefings/   the head's rendered briefings (CI keeps them as an artifact)
#   build-base.log, build-head.log    the build output
#
# --head-reporter DLL (--base-reporter DLL) uses an already built crisis-brief.dll for the head (the base)
# instead of building it; it must have been built from the working tree (the base commit). Exit status: 0
# when the review is complete; 1 when it failed: one line on stderr says why, the page says what failed
# (printed and appended to $GITHUB_STEP_SUMMARY), and DIR keeps the previous review but for the build logs;
# 130 or 143 when interrupted (Ctrl-C, SIGTERM): the build under way is stopped, the worktree removed.
# An unwritable $GITHUB_STEP_SUMMARY is a warning.
set -euo pipefail

usage() { sed -n '2,/^set -euo pipefail$/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
# die WHY: the one line of why, then exit 1 (before anything is written: the previous review is untouched).
die() { echo "pr-review: error: $1" >&2; exit 1; }

base_ref=""
out=""
head_reporter=""
base_reporter=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) out="${2:?--out needs a folder}"; shift 2 ;;
        --head-reporter) head_reporter="${2:?--head-reporter needs a crisis-brief.dll}"; shift 2 ;;
        --base-reporter) base_reporter="${2:?--base-reporter needs a crisis-brief.dll}"; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "pr-review: unknown option $1" >&2; usage ;;
        *) [[ -z "$base_ref" ]] || { echo "pr-review: one BASE_REF only" >&2; usage; }; base_ref="$1"; shift ;;
    esac
done
[[ -n "$base_ref" ]] || usage

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 LC_ALL=C
# Paths the user gave are taken from where the script is run; everything else from the repository.
for dll in "$head_reporter" "$base_reporter"; do
    [[ -z "$dll" || -f "$dll" ]] || die "no such reporter: $dll"
done
[[ -z "$head_reporter" ]] || head_reporter="$(cd "$(dirname "$head_reporter")" && pwd)/$(basename "$head_reporter")"
[[ -z "$base_reporter" ]] || base_reporter="$(cd "$(dirname "$base_reporter")" && pwd)/$(basename "$base_reporter")"
if [[ -n "$out" ]]; then
    mkdir -p "$out" 2>/dev/null || die "cannot create the output folder $out"
    out="$(cd "$out" && pwd)"
fi

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null)" ||
    die "$script_dir is not inside a git repository: run the pr-review.sh of a clone of the project"
cd "$root"
out="${out:-$root/artifacts/pr-review}"
mkdir -p "$out" 2>/dev/null || die "cannot create the output folder $out"

git rev-parse --verify --quiet "$base_ref^{commit}" >/dev/null ||
    die "'$base_ref' is not a commit of $root (a branch, tag or commit; on CI, fetch the base branch)"
if ! base_sha="$(git merge-base "$base_ref" HEAD 2>/dev/null)"; then
    if [[ "$(git rev-parse --is-shallow-repository)" == true ]]; then
        die "no common ancestor of $base_ref and HEAD in this shallow clone: fetch the history (git fetch --unshallow, or fetch-depth: 0 on CI)"
    fi
    die "$base_ref and HEAD have no common ancestor"
fi
head_sha="$(git rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pr-review.XXXXXX")"
stage="$work/out" # the new review, moved into $out only when complete
mkdir -p "$stage"
child=""
cleanup() {
    if [[ -n "$child" ]]; then
        kill -TERM "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true
    git -C "$root" worktree prune >/dev/null 2>&1 || true
    rm -rf "$work"
}
exec 3>&2 # the script's stderr, for a message from a trap that runs while a step's output goes to a log
interrupted() {
    trap - INT TERM
    echo "pr-review: interrupted ($1): stopped; the base's worktree is removed and $out is left as it was" >&3
    cleanup
    exit "$2"
}
trap cleanup EXIT
trap 'interrupted SIGINT 130' INT
trap 'interrupted SIGTERM 143' TERM

# run CMD...: runs a long step in the background and waits for it, so that a signal to the script stops it at
# once (bash runs a trap only when its foreground command ends; `wait` returns as soon as a signal arrives).
run() {
    "$@" &
    child=$!
    local status=0
    wait "$child" || status=$?
    child=""
    return "$status"
}

failures=()
fail() { failures+=("$1"); echo "pr-review: $1" >&2; }

# build SOURCE_DIR OUTPUT_DIR LOG: builds the reporter of a source tree; prints nothing on success.
build() {
    run dotnet build "$1/src/Crisis.Reporter/Crisis.Reporter.csproj" -o "$2" >"$3" 2>&1
}

# first_error LOG: the first compiler or MSBuild error of a build log, for the one line of why.
first_error() { grep -m 1 -E ': error [A-Z]*[0-9]+' "$1" | sed -E 's/^[[:space:]]+//; s/ \[[^]]*\]$//' || true; }

echo "pr-review: base ${base_sha:0:12} (merge base of $base_ref and HEAD), head: the working tree at ${head_sha:0:12}" >&2
if [[ -n "$base_reporter" ]]; then
    base_dll="$base_reporter"
else
    git worktree add --detach --quiet "$work/base" "$base_sha"
    base_dll="$work/base-bin/crisis-brief.dll"
    build "$work/base" "$work/base-bin" "$stage/build-base.log" ||
        fail "the base (${base_sha:0:12}) does not build: see build-base.log. $(first_error "$stage/build-base.log")"
fi
if [[ -n "$head_reporter" ]]; then
    head_dll="$head_reporter"
else
    head_dll="$work/head-bin/crisis-brief.dll"
    build "$root" "$work/head-bin" "$stage/build-head.log" ||
        fail "the head does not build: see build-head.log. $(first_error "$stage/build-head.log")"
fi

if [[ ${#failures[@]} -eq 0 ]]; then
    run dotnet "$base_dll" export --format json --out "$stage/base.json" 2>"$work/err" || fail "the base's export failed: $(head -n 1 "$work/err")"
    run dotnet "$head_dll" export --format json --out "$stage/head.json" 2>"$work/err" || fail "the head's export failed: $(head -n 1 "$work/err")"
fi
if [[ ${#failures[@]} -eq 0 ]]; then
    # A pull request may change the schema itself: compare anyway, the diff says so first.
    { run dotnet "$head_dll" diff "$stage/base.json" "$stage/head.json" --allow-schema-change --out "$stage/diff.md" 2>"$work/err" &&
        run dotnet "$head_dll" diff "$stage/base.json" "$stage/head.json" --allow-schema-change --format json --out "$stage/diff.json" 2>"$work/err"; } ||
        fail "crisis-brief diff failed: $(head -n 1 "$work/err")"
    # What the head's newest source leaves stale (exit 3 when a finding is an error: a finding, not a failed review).
    check_status=0
    run dotnet "$head_dll" check >"$stage/check.txt" 2>"$work/err" || check_status=$?
    [[ $check_status -eq 0 || $check_status -eq 3 ]] || fail "crisis-brief check failed: $(head -n 1 "$work/err")"
    run dotnet "$base_dll" render --all --out-dir "$work/base-briefings" >/dev/null 2>"$work/err" || fail "the base's briefings do not render: $(head -n 1 "$work/err")"
    run dotnet "$head_dll" render --all --out-dir "$stage/briefings" >/dev/null 2>"$work/err" || fail "the head's briefings do not render: $(head -n 1 "$work/err")"
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
    if [[ -s "$stage/diff.md" ]]; then
        cat "$stage/diff.md"
        echo
    fi
    if [[ -s "$stage/check.txt" ]]; then
        echo "## Stale after the newest source"
        echo
        echo "\`crisis-brief check\` on the head: judgments as of an older date (FACT040), watch items due before the newest source (FACT041, an error), events still scheduled or planned before it (FACT042). README, \"Adding a source\", says what to do with each."
        echo
        echo '```text'
        cat "$stage/check.txt"
        echo '```'
        echo
    fi
    if [[ -d "$stage/briefings" && -d "$work/base-briefings" ]]; then
        echo "## Briefings that change"
        echo
        changed=0
        rows=""
        # Every page of both trees (a split briefing's other pages are under NAME/), not the manifest.
        for name in $( (cd "$work/base-briefings" && find . -name '*.md'; cd "$stage/briefings" && find . -name '*.md') | sed 's|^\./||' | LC_ALL=C sort -u); do
            before="$work/base-briefings/$name"
            after="$stage/briefings/$name"
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
} >"$stage/summary.md"

rm -f "$stage/diff.md"
if [[ ${#failures[@]} -eq 0 ]]; then
    # The review is complete: it replaces the previous one as a whole.
    rm -rf "$out/briefings" "$out/summary.md" "$out/diff.json" "$out/base.json" "$out/head.json" "$out/check.txt" "$out/build-base.log" "$out/build-head.log"
    cp -R "$stage/." "$out/"
    page="$out/summary.md"
else
    # A failed review keeps the previous one; only the build logs the failure points to are replaced.
    for log in "$stage"/build-*.log; do [[ -e "$log" ]] && cp "$log" "$out/"; done
    page="$stage/summary.md"
fi

if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]] && ! { cat "$page" >>"$GITHUB_STEP_SUMMARY"; } 2>/dev/null; then
    echo "pr-review: warning: cannot append the page to \$GITHUB_STEP_SUMMARY ($GITHUB_STEP_SUMMARY); it is printed below$([[ ${#failures[@]} -eq 0 ]] && echo " and in $out/summary.md")" >&2
fi
cat "$page"
if [[ ${#failures[@]} -eq 0 ]]; then
    echo "pr-review: wrote $out/summary.md" >&2
else
    echo "pr-review: the review failed (${failures[0]}); $out keeps the previous review" >&2
fi
[[ ${#failures[@]} -eq 0 ]]
