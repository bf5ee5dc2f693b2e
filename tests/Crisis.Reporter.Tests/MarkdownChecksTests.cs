namespace Crisis.Reporter.Tests;

/// <summary>The Markdown checks catch what they are meant to catch (so a passing briefing means something).</summary>
public sealed class MarkdownChecksTests
{
    private const string Sound = "# T\n\n| a | b |\n| --- | --- |\n| 1 \\| x | 2[^1] |\n\n[^1]: note\n";

    [Fact]
    public void ASoundDocumentPasses() => Assert.Empty(MarkdownChecks.Problems(Sound));

    [Theory]
    [InlineData("| 1 | 2 | 3 |", "cells")]
    [InlineData("| 1 | 2[^2] |", "[^2] has no note")]
    [InlineData("| {{x}} | 2 |", "leftover")]
    [InlineData("| 1 | 2 |\n\n\n", "two blank lines")]
    public void BrokenRowsAndMarkersAreCaught(string row, string expected)
    {
        var problems = MarkdownChecks.Problems(Sound.Replace("| 1 \\| x | 2[^1] |", row + "\n| 1 | 2[^1] |", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void UnusedAndDuplicateNotesAreCaught()
    {
        Assert.Contains(MarkdownChecks.Problems(Sound + "[^9]: unused\n"), p => p.Contains("[^9] is never cited", StringComparison.Ordinal));
        Assert.Contains(MarkdownChecks.Problems(Sound + "[^1]: again\n"), p => p.Contains("defined 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void CarriageReturnsAndOpenFencesAreCaught()
    {
        Assert.Contains(MarkdownChecks.Problems(Sound.Replace("\n", "\r\n", StringComparison.Ordinal)), p => p.Contains("carriage return", StringComparison.Ordinal));
        Assert.Contains(MarkdownChecks.Problems(Sound + "```mermaid\ntimeline\n"), p => p.Contains("fence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("```mermaid\ntimeline\n    title T\n    1 Jan 2022 : a : b\n```\n", null)]
    [InlineData("```mermaid\ntimeline\n    title T\n    1 Jan 2022 : a: b\n```\n", "timeline entry")]
    [InlineData("```mermaid\ntimeline\n    title T\n    1 Jan 2022 : \n```\n", "timeline entry")]
    [InlineData("```mermaid\nxychart-beta\n    x-axis [\"a\", \"b\"]\n    bar [1, 2]\n```\n", null)]
    [InlineData("```mermaid\nxychart-beta\n    x-axis [\"a\", \"b\"]\n    bar [1]\n```\n", "2 labels but 1 values")]
    [InlineData("```mermaid\n---\nconfig:\n  x: 1\n---\nxychart-beta horizontal\n    x-axis [\"a\", \"b\"]\n    bar [1, 2]\n    bar [3, 4]\n```\n", null)]
    [InlineData("```mermaid\n---\nconfig:\n  x: 1\n---\nxychart-beta horizontal\n    x-axis [\"a\", \"b\"]\n    bar [1, 2]\n    bar [3]\n```\n", "2 labels but 1 values")]
    [InlineData("```mermaid\n---\nconfig:\n  x: 1\ntimeline\n```\n", "front matter is not closed")]
    [InlineData("```mermaid\n---\nconfig:\n---\npie\n```\n", "unexpected Mermaid diagram 'pie'")]
    public void MermaidBlocksAreChecked(string block, string? expected)
    {
        var problems = MarkdownChecks.MermaidProblems(block).ToList();
        if (expected is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AnEscapedPipeDoesNotCountAsACellBoundary() =>
        Assert.Equal(2, MarkdownChecks.CountCells("| a \\| b | c |"));
}
