using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crisis.Model;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Tests.Support;

namespace Crisis.Reporter.Tests;

/// <summary>
/// A new kind of fact is the schema and the data, nothing else (issue 15): a copy of the project gets a kind the code
/// has never heard of (a casualty report: dated, cited, with parties, places and topics) in its schema and one fact of
/// it in a new file, and no other edit; the copy's reporter is built, and the fact appears in the JSON export, in
/// <c>diff</c> against this build's export, in <c>list</c>, under the date, actor and topic filters, in the actors
/// briefing and in the situation page's caveats. The build takes about a minute on a 2-core machine.
/// </summary>
public sealed class ExtensionTests : IDisposable
{
    private const string Kind = """

          casualty-report:
            description: People killed or wounded in an incident, as a party reported them (added by ExtensionTests).
            fields:
              title:
                type: text
                required: true
                role: label
                description: What happened, in one line.
              reporters:
                type: reference
                kind: actor
                list: true
                required: true
                role: parties
                description: Who gave the count.
              date:
                type: block
                block: dating
                required: true
                role: date
                description: When it happened.
              killed:
                type: integer
                min: 0
                description: People killed.
              places:
                type: reference
                kind: place
                list: true
                role: places
                description: Where.
              topics:
                type: vocabulary
                vocabulary: topic
                list: true
                role: topics
                description: Subject tags.
        """;

    private const string Fact = """
        # Test data for ExtensionTests, never part of the fact base.
        casualty-reports:
          - id: test-casualty-report
            title: Test casualty report (extension test)
            reporters: [ukraine]
            date: { on: 2022-02-11, basis: stated }
            killed: 2
            places: [zaitseve]
            topics: [humanitarian]
            citations:
              - source: article-001
                locator: "¶1 s.1"
                credibility: 2

        """;

    private const string Id = "test-casualty-report";

    private readonly string temp = Directory.CreateTempSubdirectory("crisis-extension-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void A_new_kind_in_the_schema_and_the_data_appears_everywhere_with_no_other_edit()
    {
        var repo = Path.Combine(temp, "repo");
        ProjectCopy.Copy(repo);
        var schema = Path.Combine(repo, "data", "schema", "crisis.schema.yaml");
        File.AppendAllText(schema, Kind.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(repo, "data", "facts", "casualty-reports.yaml"), Fact.Replace("\r\n", "\n", StringComparison.Ordinal));

        var output = Path.Combine(temp, "reporter");
        var build = ProjectCopy.Run(repo, [], "dotnet", "build", Path.Combine("src", "Crisis.Reporter", "Crisis.Reporter.csproj"), "-o", output, "-nologo");
        Assert.True(build.Code == 0, $"the copy with the new kind does not build:\n{build.Out}\n{build.Err}");
        var dll = Path.Combine(output, "crisis-brief.dll");
        string Brief(params string[] args)
        {
            var (code, stdout, stderr) = ProjectCopy.Run(temp, [], "dotnet", [dll, .. args]);
            Assert.True(code == 0, $"crisis-brief {string.Join(' ', args)} exited with {code}: {stderr}");
            return stdout;
        }

        // The JSON export: a count and a list under the kind's plural, the fact with the schema's own field names.
        var export = JsonNode.Parse(Brief("export", "--format", "json"))!;
        Assert.Equal(1, (int)export["counts"]!["casualty-reports"]!);
        var written = Assert.Single(export["casualty-reports"]!.AsArray())!;
        Assert.Equal(("casualty-report", Id, "ukraine", "2022-02-11", 2), ((string)written["kind"]!, (string)written["id"]!, (string)written["reporters"]![0]!, (string)written["date"]!["on"]!, (int)written["killed"]!));

        // list counts it.
        Assert.Matches(@"\n  casualty-report +1\n", Brief("list"));

        // diff against this build's export (the same data without the kind): one fact added, of the new kind, named by its label.
        var before = Path.Combine(temp, "before.json");
        var after = Path.Combine(temp, "after.json");
        File.WriteAllText(before, JsonExport.Json(Facts.Catalog, BriefingFilter.None));
        File.WriteAllText(after, export.ToJsonString());
        var diff = JsonNode.Parse(Brief("diff", before, after, "--allow-schema-change", "--format", "json"))!;
        var added = Assert.Single(diff["added"]!.AsArray())!;
        Assert.Equal((Id, "casualty-report", "Test casualty report (extension test)"), ((string)added["id"]!, (string)added["kind"]!, (string)added["label"]!));
        Assert.Empty(diff["removed"]!.AsArray());
        Assert.Empty(diff["changed"]!.AsArray());

        // The filters: its date, its parties, its topics.
        bool Kept(params string[] filter) => JsonNode.Parse(Brief(["export", "--format", "json", .. filter]))!["casualty-reports"]!.AsArray().Count == 1;
        Assert.True(Kept("--from", "2022-02-11", "--to", "2022-02-11"));
        Assert.False(Kept("--to", "2022-02-10"));
        Assert.True(Kept("--actor", "ukraine"));
        Assert.False(Kept("--actor", "joe-biden"));
        Assert.True(Kept("--topic", "humanitarian"));
        Assert.False(Kept("--topic", "economic"));

        // The actors briefing: Ukraine's section counts it among its facts (it shows only the weightiest few, and an
        // unweighed report of no salience is not among them).
        var actors = Brief("render", "actors", "--actor", "ukraine");
        var ukraineBefore = BriefingSnapshotTests.Render(Facts.Catalog, "actors", BriefingFilter.Parse(Facts.Catalog, null, null, ["ukraine"], null));
        Assert.Equal(Number(ukraineBefore, @"## Ukraine\n\nIn \[(\d+) facts\]") + 1, Number(actors, @"## Ukraine\n\nIn \[(\d+) facts\]"));

        // The situation page's caveats count it: one more date, one more fact on a single article, one more fact.
        var situation = Brief("render", "situation");
        var baseline = BriefingSnapshotTests.Render(Facts.Catalog, "situation");
        Assert.Equal(Number(baseline, @" of (\d+) dates are worked out") + 1, Number(situation, @" of (\d+) dates are worked out"));
        Assert.Equal(Number(baseline, @"(\d+) of \d+ facts rest on a single article") + 1, Number(situation, @"(\d+) of \d+ facts rest on a single article"));
        Assert.Equal(Number(baseline, @" of (\d+) facts rest on a single article") + 1, Number(situation, @" of (\d+) facts rest on a single article"));
    }

    private static int Number(string text, string pattern)
    {
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
        Assert.True(match.Success, $"'{pattern}' not found in:\n{text}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
