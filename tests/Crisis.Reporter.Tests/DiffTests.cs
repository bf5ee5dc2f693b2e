using System.Globalization;
using System.Text.Json.Nodes;
using Crisis.Model;
using Crisis.Reporter.Commands;
using Crisis.Reporter.Commands.Diff;
using Crisis.Reporter.Commands.Export;
using Crisis.Reporter.Selection;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Reporter.Tests;

/// <summary>
/// <c>crisis-brief diff</c>: exports of the test data before and after a curator's edits, compared. The "after"
/// catalogs are built from <see cref="TestData"/> with <c>with</c> expressions, so both sides are real exports.
/// </summary>
public sealed class DiffTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("crisis-brief-diff-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    internal static readonly string Before = JsonExport.Json(TestData.Catalog, BriefingFilter.None);

    /// <summary>The test catalog with <paramref name="edit"/> applied to every fact (null removes it) and <paramref name="added"/> added.</summary>
    internal static FactCatalog Edited(Func<IFact, IFact?> edit, params IFact[] added) =>
        new(TestData.Catalog.All.Select(edit).OfType<IFact>().Concat(added));

    internal static ExportDiff Diff(FactCatalog after) => Diff(Before, JsonExport.Json(after, BriefingFilter.None));

    internal static ExportDiff Diff(string before, string after) =>
        FactComparer.Compare(FactExport.Parse(before, "before.json", "OLD"), FactExport.Parse(after, "after.json", "NEW"));

    private static readonly Event NewEvent = new()
    {
        Id = new("ev-test-new"),
        Salience = Salience.Minor,
        Title = "Test data: a new event",
        Type = EventType.Call,
        Date = new Dating { On = new PartialDate(2022, 2, 14, false), Basis = DateBasis.Stated },
        Participants = [new("act-test-state-west"), new("act-test-state-east")],
        Summary = "Test data: a call nobody reported before.",
        Citations = [new Citation { Source = new("src-test-b"), Locator = "§9", Credibility = 3 }],
    };

    /// <summary>A curator's pull request on the test data: one of each kind of change the diff reports.</summary>
    private static FactCatalog ReviewedEdit() => Edited(
        f => f switch
        {
            Event { Id.Value: "ev-test-undated" } => null,
            Event { Id.Value: "ev-test-talks" } e => e with { Summary = e.Summary + " Both sides said they would meet again.", Participants = e.Participants.Add(new("act-test-alliance")) },
            Event { Id.Value: "ev-test-exercise" } e => e with { Date = e.Date! with { Basis = DateBasis.Stated } },
            Event { Id.Value: "ev-test-buildup" } e => e with { Citations = [e.Citations[0]] },
            Source { Id.Value: "src-test-b" } s => s with { Reliability = Reliability.C },
            Statement s => s with { Citations = [s.Citations[0] with { Quote = "Les pourparlers de test étaient utiles", Credibility = 1 }] },
            Estimate { Id.Value: "est-test-troops-2" } e => e with { Value = 135000, Rank = Rank.Normal },
            _ => f,
        },
        NewEvent);

    [Fact]
    public Task DiffOfTwoTestDataExports() => Verify(DiffMarkdown.Render(Diff(ReviewedEdit())), "md");

    [Fact]
    public Task DiffOfTwoTestDataExportsAsJson() => Verify(Diff(ReviewedEdit()).ToJson(), "json");

    [Fact]
    public void TheDiffMarkdownIsSoundAndTheSameUnderAnyCulture()
    {
        var markdown = DiffMarkdown.Render(Diff(ReviewedEdit()));
        Assert.Empty(MarkdownChecks.Problems(markdown));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(markdown, DiffMarkdown.Render(Diff(ReviewedEdit())));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void AnEditedSummaryIsOneFieldChange()
    {
        var diff = Diff(Edited(f => f is Event { Id.Value: "ev-test-talks" } e ? e with { Summary = "Test data: talks, edited." } : f));
        var fact = Assert.Single(diff.Changed);
        Assert.Equal(("ev-test-talks", "event"), (fact.Id, fact.Kind));
        var change = Assert.Single(fact.Changes);
        var original = TestData.Catalog.Events.Single(e => e.Id.Value == "ev-test-talks").Summary;
        Assert.Equal(new FieldChange("summary", "changed", original, "Test data: talks, edited."), change);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Checks);
    }

    [Fact]
    public void ARemovedAndAnAddedFactShowAsSuch()
    {
        var diff = Diff(Edited(f => f is Event { Id.Value: "ev-test-undated" } ? null : f, NewEvent));
        var removed = Assert.Single(diff.Removed);
        Assert.Equal(("ev-test-undated", "event", "Test undated event"), (removed.Id, removed.Kind, removed.Label));
        Assert.Equal(["src-test-b"], removed.Sources);
        var added = Assert.Single(diff.Added);
        Assert.Equal(("ev-test-new", "event", "Test data: a new event"), (added.Id, added.Kind, added.Label));
        Assert.Equal(["src-test-b"], added.Sources);
        Assert.Empty(diff.Changed);
        var events = diff.Counts.Single(c => c.Kind == "events");
        Assert.Equal(new KindCount("events", 6, 6, 1, 1, 0), events);
    }

    [Fact]
    public void ARaisedGradeIsInWhatToCheckAndALoweredOneIsNot()
    {
        var raised = Diff(Edited(f => f is Source { Id.Value: "src-test-b" } s ? s with { Reliability = Reliability.B } : f));
        var check = Assert.Single(raised.Checks);
        Assert.Equal(new Check("grade-raised", "src-test-b", "source", "reliability", "F → B"), check);
        Assert.Contains("**Grade raised**", DiffMarkdown.Render(raised), StringComparison.Ordinal);

        var lowered = Diff(Edited(f => f is Source { Id.Value: "src-test-a" } s ? s with { Reliability = Reliability.D } : f));
        Assert.Single(Assert.Single(lowered.Changed).Changes);
        Assert.Empty(lowered.Checks);
    }

    [Fact]
    public void ACitationsStrongerCredibilityAndItsNewQuoteAreChecked()
    {
        var diff = Diff(Edited(f => f is Statement s ? s with { Citations = [s.Citations[0] with { Credibility = 1, Quote = "Les pourparlers" }] } : f));
        Assert.Equal(
            [
                new Check("grade-raised", "st-test-minister", "statement", "citations[src-test-a, §3].credibility", "2 → 1"),
                new Check("quote-changed", "st-test-minister", "statement", "citations[src-test-a, §3].quote", "changed"),
            ],
            diff.Checks);
    }

    [Fact]
    public void ADateWithAChangedBasisIsOneChangeAndACheck()
    {
        var diff = Diff(Edited(f => f is Event { Id.Value: "ev-test-exercise" } e ? e with { Date = e.Date! with { Basis = DateBasis.PublicRecord } } : f));
        Assert.Equal(new FieldChange("date", "changed", "~2022-02-10 (inferred)", "~2022-02-10 (public-record)"), Assert.Single(Assert.Single(diff.Changed).Changes));
        Assert.Equal("date-basis-changed", Assert.Single(diff.Checks).Rule);
    }

    [Fact]
    public void AFactLeftWithOneSourceIsChecked()
    {
        var diff = Diff(Edited(f => f is Event { Id.Value: "ev-test-buildup" } e ? e with { Citations = [e.Citations[1]] } : f));
        var check = Assert.Single(diff.Checks);
        Assert.Equal(("single-source", "ev-test-buildup", "citations"), (check.Rule, check.Id, check.Field));
        Assert.Equal("now rests on src-test-b alone; it also cited src-test-a", check.Text);
    }

    [Fact]
    public void ReferencesAreShownByName()
    {
        var diff = Diff(Edited(f => f is Event { Id.Value: "ev-test-talks" } e ? e with { Participants = e.Participants.Add(new("act-test-alliance")) } : f));
        var change = Assert.Single(Assert.Single(diff.Changed).Changes);
        Assert.Equal(new FieldChange("participants", "item-added", null, "Test Alliance (act-test-alliance)"), change);
    }

    [Fact]
    public void IdenticalExportsGiveAnEmptyDiff()
    {
        var diff = Diff(Before, Before);
        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.Checks);
        Assert.Contains("no fact was added, removed or changed", DiffMarkdown.Render(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void WhereAFactSitsInItsFileIsNotAChange()
    {
        var moved = JsonNode.Parse(Before)!;
        moved["events"]![0]!["defined-at"] = "facts/events.yaml:99";
        Assert.True(Diff(Before, moved.ToJsonString()).IsEmpty);
    }

    [Fact]
    public void AnExportFromBeforeExportsCarriedTheirIdentityIsComparedWithANote()
    {
        var old = JsonNode.Parse(Before)!.AsObject();
        old.Remove(ExportIdentity.PropertyName);
        var diff = Diff(old.ToJsonString(), Before);
        Assert.True(diff.IsEmpty);
        Assert.Null(diff.Old.FactSchema);
        Assert.Contains("before.json does not say which fact schema", Assert.Single(diff.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void TheExportNamesItsFormatAndFactSchema()
    {
        var identity = JsonNode.Parse(Before)![ExportIdentity.PropertyName]!;
        Assert.Equal(ExportIdentity.FormatName, (string?)identity["format"]);
        Assert.Equal(1, (int?)identity["version"]);
        Assert.Matches("^sha256:[0-9a-f]{16}$", (string?)identity["fact-schema"]);
    }

    // The command line.

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => TestData.Catalog).Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(temp, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static string WithIdentity(string export, string property, JsonNode value)
    {
        var node = JsonNode.Parse(export)!;
        node[ExportIdentity.PropertyName]![property] = value;
        return node.ToJsonString();
    }

    [Fact]
    public void TheCommandPrintsMarkdownOrJsonAndWritesFiles()
    {
        var old = File("base.json", Before);
        var @new = File("head.json", JsonExport.Json(ReviewedEdit(), BriefingFilter.None));

        var markdown = Run("diff", old, @new);
        Assert.Equal((ExitCodes.Ok, ""), (markdown.Code, markdown.Err));
        Assert.StartsWith("## Fact changes\n\n`base.json` → `head.json`: **1 added, 1 removed, 6 changed**", markdown.Out, StringComparison.Ordinal);

        var json = Run("diff", old, @new, "--format", "json");
        Assert.Equal(ExitCodes.Ok, json.Code);
        Assert.Equal("ev-test-new", (string?)JsonNode.Parse(json.Out)!["added"]![0]!["id"]);

        var outFile = Path.Combine(temp, "diff.md");
        Assert.Equal(ExitCodes.Ok, Run("diff", old, @new, "--out", outFile).Code);
        Assert.Equal(markdown.Out, System.IO.File.ReadAllText(outFile));
    }

    [Theory]
    [InlineData("not json {", "is not a fact export: it is not valid JSON (line 1")]
    [InlineData("[1, 2]", "is not a fact export: its top level is a list, not an object")]
    [InlineData("""{"title": {}, "events": []}""", "it looks like a TimelineJS export (--format timelinejs)")]
    [InlineData("""{"counts": {}, "events": [{"kind": "event"}]}""", "\"events\"[0] has no \"id\"")]
    [InlineData("""{"counts": {}, "events": [{"kind": "event", "id": "a"}], "claims": [{"kind": "claim", "id": "a"}]}""", "the id 'a' appears twice (in \"events\" and in \"claims\")")]
    [InlineData("""{"export": {"format": "something else", "version": 1}, "counts": {}, "events": []}""", "does not name the format \"crisis-brief facts\"")]
    public void ANewFileThatIsNotAnExportIsADataError(string text, string expected)
    {
        var (code, output, error) = Run("diff", File("base.json", Before), File("bad.json", text));
        Assert.Equal(ExitCodes.Data, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: NEW (", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("Make one with 'crisis-brief export --format json'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsADataErrorNamingIt()
    {
        var missing = Path.Combine(temp, "nowhere.json");
        var (code, _, error) = Run("diff", missing, File("head.json", Before));
        Assert.Equal(ExitCodes.Data, code);
        Assert.StartsWith($"error: cannot read OLD ({missing})", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportsOfDifferentFactSchemasAreRefusedUnlessAllowed()
    {
        var old = File("base.json", WithIdentity(Before, "fact-schema", "sha256:0000000000000000"));
        var @new = File("head.json", Before);
        var (code, output, error) = Run("diff", old, @new);
        Assert.Equal((ExitCodes.Data, ""), (code, output));
        Assert.Contains("base.json and head.json were made from different fact schemas (sha256:0000000000000000 and sha256:", error, StringComparison.Ordinal);
        Assert.Contains("--allow-schema-change", error, StringComparison.Ordinal);

        var allowed = Run("diff", old, @new, "--allow-schema-change");
        Assert.Equal(ExitCodes.Ok, allowed.Code);
        Assert.Contains("> The fact schema changed (sha256:0000000000000000 → sha256:", allowed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportsOfDifferentFormatVersionsOrFiltersAreRefused()
    {
        var v2 = Run("diff", File("base.json", Before), File("head.json", WithIdentity(Before, "version", 2)));
        Assert.Equal(ExitCodes.Data, v2.Code);
        Assert.Contains("head.json is in export format version 2; this crisis-brief reads version 1", v2.Err, StringComparison.Ordinal);

        var filtered = JsonExport.Json(TestData.Catalog, BriefingFilter.Parse(TestData.Catalog, "2022-01", null, [], null));
        var filters = Run("diff", File("base.json", Before), File("head.json", filtered));
        Assert.Equal(ExitCodes.Data, filters.Code);
        Assert.Contains("base.json was exported with the filters \"none\" and head.json with \"", filters.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffWithoutBothExportsIsAUsageError()
    {
        var (code, _, error) = Run("diff", File("base.json", Before));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
