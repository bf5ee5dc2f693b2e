using System.Text;
using System.Text.Json.Nodes;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Commands.Diff;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Output;
using Crisis.Reporter.Selection;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Issue 20: <c>diff</c> is total. Every input gives a result or one plain error with its exit code: values of another
/// type anywhere, text that is not text, sizes, depth, duplicate keys, folders and devices.
/// </summary>
public sealed class DiffTotalityTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("crisis-brief-diff-total-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static readonly string Export = JsonExport.Json(TestData.Catalog, BriefingFilter.None);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => TestData.Catalog).Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string File(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    private string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(temp, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertOnePlainLine(string error)
    {
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    /// <summary>The export with the first value at <paramref name="pick"/> (a fact list and a field) replaced.</summary>
    private static string WithValue(Func<JsonObject, JsonObject?> pick, string field, JsonNode? value)
    {
        var root = JsonNode.Parse(Export)!.AsObject();
        var target = pick(root) ?? throw new InvalidOperationException("nothing to edit");
        target[field] = value;
        return root.ToJsonString();
    }

    private static JsonObject FirstCitation(JsonObject root) =>
        root["statements"]![0]!["citations"]![0]!.AsObject();

    [Fact]
    public void ACredibilityThatChangesTypeIsAChangeNotACrash()
    {
        // Was exit 1 and a stack trace (TryGetInt32 on text), under --allow-schema-change as pr-review.sh runs it.
        var (code, output, error) = Run("diff", File("old.json", Export), File("new.json", WithValue(FirstCitation, "credibility", "two")), "--allow-schema-change");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Matches(@"\.credibility` changed: [1-6] → two\n", output);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    [InlineData("null")]
    [InlineData("[1]")]
    public void AnExportVersionThatIsNotAWholeNumberIsOnePlainError(string version)
    {
        // Was exit 1 (TryGetInt32 on text).
        var text = WithValue(r => r[ExportIdentity.PropertyName]!.AsObject(), "version", JsonNode.Parse(version));

        var (code, _, error) = Run("diff", File("old.json", Export), File("new.json", text));

        Assert.Equal(ExitCodes.Data, code);
        AssertOnePlainLine(error);
        Assert.Contains("its export format has no version number (\"version\" must be a whole number)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEscapedLoneSurrogateIsOnePlainError()
    {
        // Was exit 1 (GetString threw).
        var text = Export.Replace("\"summary\": \"", "\"summary\": \"\\ud800", StringComparison.Ordinal);
        Assert.NotEqual(Export, text);

        var (code, _, error) = Run("diff", File("old.json", Export), File("new.json", text));

        Assert.Equal(ExitCodes.Data, code);
        AssertOnePlainLine(error);
        Assert.Contains("it holds an escaped lone surrogate (such as \"\\ud800\") at line ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesThatAreNotUtf8AreRefusedAsDocumented()
    {
        // Was read as U+FFFD and compared.
        var bytes = Encoding.UTF8.GetBytes(Export);
        var at = Export.IndexOf("Test data", StringComparison.Ordinal);
        bytes[at] = 0xFF;

        var (code, _, error) = Run("diff", File("old.json", Export), Bytes("new.json", bytes));

        Assert.Equal(ExitCodes.Data, code);
        AssertOnePlainLine(error);
        Assert.Contains($"it holds bytes that are not UTF-8 (0xFF at line ", error, StringComparison.Ordinal);
        Assert.Contains($"byte offset {at})", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyTwiceInOneObjectIsRefused()
    {
        // Was accepted, the last one winning without a word.
        var text = Export.Replace("\"summary\": ", "\"summary\": \"first\", \"summary\": ", StringComparison.Ordinal);

        var (code, _, error) = Run("diff", File("old.json", Export), File("new.json", text));

        Assert.Equal(ExitCodes.Data, code);
        AssertOnePlainLine(error);
        Assert.Contains("the key \"summary\" appears twice in one object (line ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65, "it is nested more than 64 levels deep (line 1)")]
    [InlineData(100_000, "it is nested more than 64 levels deep (line 1)")]
    public void JsonNestedTooDeepSaysSo(int depth, string expected)
    {
        // Was "it is not valid JSON".
        var text = "{\"counts\": {}, \"events\": " + new string('[', depth) + new string(']', depth) + "}";

        var (code, _, error) = Run("diff", File("old.json", Export), File("new.json", text));

        Assert.Equal(ExitCodes.Data, code);
        AssertOnePlainLine(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderIsAPlainError()
    {
        // Was "Access to the path … is denied".
        var (code, _, error) = Run("diff", temp, File("new.json", Export));

        Assert.Equal(ExitCodes.Data, code);
        Assert.Equal($"error: cannot read OLD ({temp}): it is a folder; give an export file (crisis-brief export --format json).\n", error);
    }

    [Fact]
    public void ADeviceIsRefusedUnread()
    {
        // Was /dev/zero read until memory ran out.
        Assert.SkipUnless(System.IO.File.Exists("/dev/zero"), "no /dev/zero here");

        var (code, _, error) = Run("diff", "/dev/zero", File("new.json", Export));

        Assert.Equal(ExitCodes.Data, code);
        Assert.Equal("error: cannot read OLD (/dev/zero): it is not a regular file (a device, a pipe or a socket); give an export file.\n", error);
    }

    [Fact]
    public void AnExportPast256MiBIsRefusedBeforeItIsRead()
    {
        // Was read whole: a 500 MB file took 2.6 GB to be refused at its first byte, 1 GB ran out of memory.
        var path = Path.Combine(temp, "huge.json");
        using (var file = System.IO.File.Create(path))
        {
            file.SetLength(500L * 1000 * 1000); // sparse: no disk
        }

        var before = GC.GetTotalAllocatedBytes();
        var (code, _, error) = Run("diff", path, File("new.json", Export));

        Assert.Equal(ExitCodes.Data, code);
        Assert.Equal($"error: cannot read OLD ({path}): it is larger than 268,435,456 bytes (256 MiB), the most an export may be (500,000,000 bytes seen). Export with filters (--from, --to, --topic) to compare a part.\n", error);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 64 * 1024 * 1024, "the file was read"); // not a timing: a file read whole allocates its size
    }

    [Fact]
    public void AValueOfAnyTypeAnywhereGivesAResultOrAPlainError()
    {
        // Every value of the export, one at a time, replaced by a value of each other JSON type: the diff of the
        // export with the edited one (both ways, schema change allowed) never throws anything but a user error.
        var replacements = new JsonNode?[] { null, JsonValue.Create("text"), JsonValue.Create(7), JsonValue.Create(1.5), JsonValue.Create(true), new JsonArray(JsonValue.Create(1)), new JsonObject { ["on"] = "x" } };
        var root = JsonNode.Parse(Export)!;
        var paths = new List<object[]>();
        Collect(root, [], paths);
        var random = new Random(20);
        var checkedEdits = 0;
        foreach (var path in paths.OrderBy(_ => random.Next()).Take(400))
        {
            foreach (var replacement in replacements)
            {
                var edited = JsonNode.Parse(Export)!;
                Set(edited, path, replacement?.DeepClone());
                var text = edited.ToJsonString();
                foreach (var (a, b) in new[] { (Export, text), (text, Export) })
                {
                    try
                    {
                        var diff = FactComparer.Compare(FactExport.Parse(a, "a.json", "OLD"), FactExport.Parse(b, "b.json", "NEW"), allowSchemaChange: true);
                        _ = DiffMarkdown.Render(diff);
                        _ = diff.ToJson();
                    }
                    catch (ReporterException ex)
                    {
                        Assert.Equal(ExitCodes.Data, ex.ExitCode);
                        Assert.DoesNotContain('\n', ex.Message);
                    }

                    checkedEdits++;
                }
            }
        }

        Assert.True(checkedEdits >= 400 * replacements.Length * 2, $"{checkedEdits} edits");
    }

    /// <summary>The path of every value under <paramref name="node"/>: property names and list indices.</summary>
    private static void Collect(JsonNode node, List<object> prefix, List<object[]> paths)
    {
        IEnumerable<(object Step, JsonNode? Child)> children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)).ToList(),
            JsonArray a => a.Select((child, i) => ((object)i, child)).ToList(),
            _ => [],
        };
        foreach (var (step, child) in children)
        {
            var path = new List<object>(prefix) { step };
            paths.Add([.. path]);
            if (child is not null)
            {
                Collect(child, path, paths);
            }
        }
    }

    private static void Set(JsonNode root, object[] path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path.SkipLast(1))
        {
            parent = step is int i ? parent[i]! : parent[(string)step]!;
        }

        if (path[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value;
        }
    }
}
