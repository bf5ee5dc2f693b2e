using Crisis.Model;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Output;

namespace Crisis.Reporter.Tests;

/// <summary>
/// `render --all --out-dir DIR` keeps a manifest of what it wrote: a later render removes the pages it no longer
/// writes, and never touches a file it did not write, nor one edited since (it refuses, and changes nothing).
/// </summary>
public sealed class PageTreeTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("crisis-brief-tree-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string At(string path) => Path.Combine(dir, path.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void A_stale_page_is_removed_with_its_empty_folder_and_a_foreign_file_survives()
    {
        File.WriteAllText(At("notes.txt"), "mine\n");
        PageTree.Write(dir, [("a.md", "A\n"), ("a/1.md", "one\n"), ("a/2.md", "two\n")]);
        Directory.CreateDirectory(At("b"));
        File.WriteAllText(At("b/mine.md"), "mine too\n");

        var result = PageTree.Write(dir, [("a.md", "A again\n"), ("a/1.md", "one\n")]);

        Assert.Equal(["a/2.md"], result.Removed);
        Assert.False(File.Exists(At("a/2.md")));
        Assert.Equal("A again\n", File.ReadAllText(At("a.md")));
        Assert.Equal("mine\n", File.ReadAllText(At("notes.txt")));
        Assert.Equal("mine too\n", File.ReadAllText(At("b/mine.md")));

        PageTree.Write(dir, [("a.md", "A\n")]);
        Assert.False(Directory.Exists(At("a")));
        Assert.Contains("  a.md\n", File.ReadAllText(At(PageTree.ManifestName)), StringComparison.Ordinal);
        Assert.DoesNotContain("a/1.md", File.ReadAllText(At(PageTree.ManifestName)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_page_is_neither_overwritten_nor_removed()
    {
        PageTree.Write(dir, [("a.md", "A\n"), ("b.md", "B\n")]);
        File.WriteAllText(At("a.md"), "A, with my note\n");
        File.WriteAllText(At("b.md"), "B, with my note\n");
        var manifest = File.ReadAllText(At(PageTree.ManifestName));

        var error = Assert.Throws<ReporterException>(() => PageTree.Write(dir, [("a.md", "A2\n"), ("c.md", "C\n")]));

        Assert.Equal(ExitCodes.Output, error.ExitCode);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("a.md was changed after crisis-brief wrote it: rendering would overwrite the change", error.Message, StringComparison.Ordinal);
        Assert.Contains("b.md was changed after crisis-brief wrote it: rendering would remove the change", error.Message, StringComparison.Ordinal);
        Assert.Equal("A, with my note\n", File.ReadAllText(At("a.md")));
        Assert.Equal("B, with my note\n", File.ReadAllText(At("b.md")));
        Assert.False(File.Exists(At("c.md")));
        Assert.Equal(manifest, File.ReadAllText(At(PageTree.ManifestName)));
    }

    [Fact]
    public void A_file_the_tool_did_not_write_is_not_overwritten()
    {
        File.WriteAllText(At("a.md"), "someone else's\n");
        var error = Assert.Throws<ReporterException>(() => PageTree.Write(dir, [("a.md", "A\n")]));
        Assert.Contains("a.md exists and was not written by crisis-brief", error.Message, StringComparison.Ordinal);
        Assert.Equal("someone else's\n", File.ReadAllText(At("a.md")));
        Assert.False(File.Exists(At(PageTree.ManifestName)));
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b.md")]
    public void A_manifest_naming_a_file_outside_the_folder_is_refused(string path)
    {
        File.WriteAllText(At(PageTree.ManifestName), new string('0', 64) + "  " + path + "\n");
        var error = Assert.Throws<ReporterException>(() => PageTree.Write(dir, [("a.md", "A\n")]));
        Assert.Contains(PageTree.ManifestName + ":1: not a line crisis-brief writes", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(At("a.md")));
    }

    [Fact]
    public void Rendering_twice_into_the_same_folder_writes_the_same_bytes()
    {
        var app = new CliApp(() => Facts.Catalog);
        Assert.Equal(ExitCodes.Ok, app.Run(["render", "--all", "--out-dir", dir], new StringWriter(), new StringWriter()));
        var first = Snapshot();
        var stdout = new StringWriter();
        Assert.Equal(ExitCodes.Ok, app.Run(["render", "--all", "--out-dir", dir], stdout, new StringWriter()));
        Assert.Equal(first, Snapshot());
        Assert.DoesNotContain("removed", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("sources/s1.md", first.Keys);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText, StringComparer.Ordinal);
}
