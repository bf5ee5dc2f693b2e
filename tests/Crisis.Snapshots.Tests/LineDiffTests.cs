namespace Crisis.Snapshots.Tests;

public class LineDiffTests
{
    private static string Lines(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\n"));

    [Fact]
    public void A_changed_line_is_shown_with_three_lines_of_context()
    {
        var verified = Lines(1, 20);
        var received = verified.Replace("line 10\n", "line ten\n", StringComparison.Ordinal);

        var diff = LineDiff.Format(verified, received);

        Assert.Equal(
            "@@ verified line 7, received line 7 @@\n" +
            "  line 7\n  line 8\n  line 9\n- line 10\n+ line ten\n  line 11\n  line 12\n  line 13\n",
            diff);
    }

    [Fact]
    public void Changes_far_apart_make_separate_hunks_and_close_ones_merge()
    {
        var verified = Lines(1, 30);
        var received = verified
            .Replace("line 2\n", "", StringComparison.Ordinal)
            .Replace("line 25\n", "line 25\nadded\n", StringComparison.Ordinal);

        var diff = LineDiff.Format(verified, received);

        Assert.Equal(2, diff.Split("@@ verified", StringSplitOptions.None).Length - 1);
        Assert.Contains("- line 2\n", diff, StringComparison.Ordinal);
        Assert.Contains("  line 25\n+ added\n  line 26\n", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("line 15", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Moved_blocks_keep_the_longest_common_part()
    {
        var diff = LineDiff.Format("a\nb\nc\nd\n", "b\nc\nd\na\n");

        Assert.Contains("- a\n  b\n  c\n  d\n+ a\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_output_is_cut()
    {
        var diff = LineDiff.Format(Lines(1, 500), "", maxOutputLines: 50);

        Assert.Contains("... (diff cut after 50 lines)", diff, StringComparison.Ordinal);
        Assert.True(diff.Split('\n').Length < 60);
    }

    [Fact]
    public void A_difference_only_in_the_final_newline_is_explained()
    {
        var diff = LineDiff.Format("a", "a\n");

        Assert.DoesNotContain("@@", diff, StringComparison.Ordinal);
        Assert.Contains("(the received text ends with a newline, the verified text does not)", diff, StringComparison.Ordinal);
    }
}
