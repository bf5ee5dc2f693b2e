using System.Text.Json;
using Crisis.Model;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Commands;

namespace Crisis.Reporter.Tests;

/// <summary>The command line, run in-process: exit codes, stdout/stderr, atomic output, template errors.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("crisis-brief-tests-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWith(TestData.Catalog, args);

    private static (int Code, string Out, string Err) RunWith(FactCatalog catalog, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => catalog).Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string UserTemplates(string name, string text)
    {
        var dir = Path.Combine(temp, "templates");
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return dir;
    }

    [Fact]
    public void RenderSituationPrintsMarkdownOnStdout()
    {
        var (code, output, error) = RunWith(Facts.Catalog, "render", "situation");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("# Situation briefing", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("render", "weather")]
    [InlineData("render", "Situation")]
    public void UnknownBriefingIsAUsageErrorListingTheBriefings(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains($"'{args[1]}'", error, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", BriefingRegistry.Names), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "situation", "--all", "--out-dir", "x")]
    [InlineData("render", "--all")]
    [InlineData("render", "situation", "--out-dir", "x")]
    [InlineData("render", "situation", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData()]
    [InlineData("export")]
    public void MalformedCommandLinesAreUsageErrors(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownExportFormatNamesTheValueAndTheChoices()
    {
        var (code, _, error) = Run("export", "--format", "xml");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
        Assert.Contains("json", error, StringComparison.Ordinal);
        Assert.Contains("timelinejs", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--actor", "act-nobody", "act-test-minister")]
    [InlineData("--topic", "sport", "military")]
    [InlineData("--from", "2022-13-01", "YYYY-MM-DD")]
    [InlineData("--to", "last week", "YYYY-MM-DD")]
    public void BadFiltersAreDataErrorsNamingTheValueAndTheChoices(string option, string value, string choice)
    {
        foreach (var command in new[] { new[] { "render", "situation" }, ["export", "--format", "json"] })
        {
            var (code, output, error) = Run([.. command, option, value]);
            Assert.Equal(ExitCodes.Data, code);
            Assert.Equal("", output);
            Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
            Assert.Contains(choice, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RepeatedActorsWidenTheFilter()
    {
        var (code, output, _) = Run("render", "timeline", "--actor", "act-test-alliance", "--actor", "act-test-minister");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Test enlargement", output, StringComparison.Ordinal);
        Assert.Contains("Test talks", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Test exercise", output, StringComparison.Ordinal);
        Assert.Contains("involving Test Alliance or Test Minister", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OutWritesTheFileAndNothingOnStdout()
    {
        var file = Path.Combine(temp, "situation.md");
        var (code, output, _) = Run("render", "situation", "--out", file);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", output);
        Assert.StartsWith("# Situation briefing", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(temp)); // no temporary file left behind
    }

    [Fact]
    public void TemplateErrorNamesTheFileAndPositionAndLeavesTheOutputUntouched()
    {
        var file = Path.Combine(temp, "situation.md");
        File.WriteAllText(file, "previous briefing\n");
        var templates = UserTemplates("situation.scriban", "# {{ title }}\n\nAs of {{ as_of }}.\n{{ for line in demands }}\n- {{ line.txet }}\n{{ end }}\n");
        var (code, output, error) = Run("render", "situation", "--out", file, "--templates", templates);
        Assert.Equal(ExitCodes.Template, code);
        Assert.Equal("", output);
        Assert.Contains(Path.Combine(templates, "situation.scriban") + ":5:11:", error, StringComparison.Ordinal);
        Assert.Contains("txet", error, StringComparison.Ordinal);
        Assert.Equal("previous briefing\n", File.ReadAllText(file));
        Assert.Equal(2, Directory.GetFileSystemEntries(temp).Length); // the file and the templates folder, no temp file
    }

    [Theory]
    [InlineData("situation.scriban", "ok\n{{ for line in demands }}\n{{ line.what ", "situation.scriban:3:9:")]
    [InlineData("situation.scriban", "ok\n{{ for line in demands }}{{ line.txet }}{{ end }}", "situation.scriban:2:34:")]
    [InlineData("situation.scriban", "ok\n\n  {{ while true }}x{{ end }}", "situation.scriban:3:6:")]
    [InlineData("partials/nav.scriban", "x\n{{ include 'nav' }}", "nav.scriban:2:4:")]
    public void ABrokenUserTemplateIsExitCode4AtItsPositionAndWritesNothing(string name, string text, string where)
    {
        var file = Path.Combine(temp, "situation.md");
        File.WriteAllText(file, "previous briefing\n");
        var templates = UserTemplates(name, text);
        var (code, output, error) = Run("render", "situation", "--out", file, "--templates", templates);
        Assert.Equal(ExitCodes.Template, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: template " + templates, error, StringComparison.Ordinal);
        Assert.Contains(where, error, StringComparison.Ordinal);
        Assert.Equal("previous briefing\n", File.ReadAllText(file));
    }

    [Fact]
    public void TemplateSyntaxErrorNamesTheFileLineAndColumn()
    {
        var templates = UserTemplates("situation.scriban", "# {{ title }}\n\n{{ for line in demands }}\n- {{ line.what }}\n");
        var (code, _, error) = Run("render", "situation", "--templates", templates);
        Assert.Equal(ExitCodes.Template, code);
        Assert.Contains("situation.scriban:4:", error, StringComparison.Ordinal);
        Assert.Contains("opened at 3:4", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorInAPartialNamesThePartialFile()
    {
        var templates = UserTemplates(Path.Combine("partials", "header.scriban"), "# {{ title }}\n\nAs of {{ as_of_date }}\n");
        var (code, _, error) = Run("render", "claims", "--templates", templates);
        Assert.Equal(ExitCodes.Template, code);
        Assert.Contains(Path.Combine("partials", "header.scriban") + ":3:10:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UserPartialOverridesTheShippedOne()
    {
        var templates = UserTemplates(Path.Combine("partials", "header.scriban"), "# {{ title }} (our edition)\n");
        var (code, output, _) = Run("render", "claims", "--templates", templates);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"^# Claims and counter-claims in the Russia–Ukraine crisis, as of [^\n]+ \(our edition\)\n", output);
    }

    [Fact]
    public void UserTemplateAddsABriefingBoundToTheModelItNames()
    {
        var templates = UserTemplates("troops.scriban", "{{# model: estimates ~}}\n# Troops as of {{ as_of }}\n{{~ for group in groups ~}}\n- {{ group.heading }}\n{{~ end ~}}\n");
        var (code, output, error) = Run("render", "troops", "--templates", templates);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.StartsWith("# Troops as of 12 Feb 2022\n- Russian troops near Ukraine", output, StringComparison.Ordinal);

        var (listCode, list, _) = Run("list", "--templates", templates);
        Assert.Equal(ExitCodes.Ok, listCode);
        Assert.Contains("troops", list, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTemplatesFolderIsAUsageError()
    {
        var (code, _, error) = Run("render", "situation", "--templates", Path.Combine(temp, "nope"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("nope", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AllWritesEveryBriefingIntoTheFolder()
    {
        var dir = Path.Combine(temp, "out", "briefings");
        var (code, output, _) = Run("render", "--all", "--out-dir", dir);
        Assert.Equal(ExitCodes.Ok, code);
        // Every registered briefing, whatever their number: an eighth is one folder and one registry line, no test edit.
        Assert.Contains($"wrote {BriefingRegistry.Names.Count} briefings", output, StringComparison.Ordinal);
        Assert.Equal(
            BriefingRegistry.Names.Select(n => n + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(dir, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var f in Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories))
        {
            Assert.Empty(MarkdownChecks.Problems(File.ReadAllText(f)));
        }
    }

    [Fact]
    public void AllWithABrokenTemplateWritesNothing()
    {
        var dir = Path.Combine(temp, "out");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "situation.md"), "old\n");
        var templates = UserTemplates("sources.scriban", "{{ for article in articles }}{{ article.labell }}{{ end }}");
        var (code, _, error) = Run("render", "--all", "--out-dir", dir, "--templates", templates);
        Assert.Equal(ExitCodes.Template, code);
        Assert.Contains("sources.scriban", error, StringComparison.Ordinal);
        Assert.Equal(["situation.md"], Directory.GetFiles(dir).Select(Path.GetFileName));
        Assert.Equal("old\n", File.ReadAllText(Path.Combine(dir, "situation.md")));
    }

    [Fact]
    public void UnwritableOutputIsAnOutputError()
    {
        var (code, _, error) = Run("render", "situation", "--out", Path.Combine(temp, "no", "such", "dir", "x.md"));
        Assert.Equal(ExitCodes.Output, code);
        Assert.Contains("x.md", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFactBaseThatFailsToLoadIsADataError()
    {
        var stderr = new StringWriter();
        var code = new CliApp(() => throw new TypeInitializationException("Crisis.Model.Facts", new ArgumentException("duplicate id 'x'"))).Run(["render", "situation"], new StringWriter(), stderr);
        Assert.Equal(ExitCodes.Data, code);
        Assert.Contains("duplicate id 'x'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnexpectedFailureIsAnInternalError()
    {
        var stderr = new StringWriter();
        var code = new CliApp(() => throw new InvalidOperationException("boom")).Run(["list"], new StringWriter(), stderr);
        Assert.Equal(ExitCodes.Internal, code);
        Assert.Contains("internal error", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("boom", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ListShowsBriefingsTemplatesAndCounts()
    {
        var (code, output, _) = Run("list");
        Assert.Equal(ExitCodes.Ok, code);
        foreach (var name in BriefingRegistry.Names)
        {
            Assert.Contains("  " + name, output, StringComparison.Ordinal);
        }

        Assert.Contains("partials/header", output, StringComparison.Ordinal);
        Assert.Contains("  event        6\n", output, StringComparison.Ordinal);
        Assert.Contains("  estimate     6\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAndVersionSucceed()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("render", output, StringComparison.Ordinal);
        Assert.Contains("export", output, StringComparison.Ordinal);

        var (renderCode, renderHelp, _) = Run("render", "--help");
        Assert.Equal(ExitCodes.Ok, renderCode);
        Assert.Contains("--templates", renderHelp, StringComparison.Ordinal);
        Assert.Contains("--actor", renderHelp, StringComparison.Ordinal);

        var (versionCode, version, _) = Run("--version");
        Assert.Equal(ExitCodes.Ok, versionCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version); // in-process this is the test host's version; the tool prints 0.1.0
    }

    [Fact]
    public void ExportJsonHasEveryFactWithIdsAndCitations()
    {
        var (code, output, _) = Run("export", "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var events = doc.RootElement.GetProperty("events");
        Assert.Equal(6, events.GetArrayLength());
        var talks = events.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ev-test-talks");
        Assert.Equal("event", talks.GetProperty("kind").GetString());
        Assert.Equal("2022-01-21", talks.GetProperty("date").GetProperty("on").GetString());
        Assert.Equal("stated", talks.GetProperty("date").GetProperty("basis").GetString());
        Assert.Equal("src-test-a", talks.GetProperty("citations")[0].GetProperty("source").GetString());
        var exercise = events.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ev-test-exercise");
        Assert.Equal("~2022-02-10", exercise.GetProperty("date").GetProperty("on").GetString());
        Assert.Equal("build-up", events.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ev-test-buildup").GetProperty("type").GetString());
        Assert.Equal("C", doc.RootElement.GetProperty("sources")[0].GetProperty("reliability").GetString());
    }

    [Fact]
    public void ExportIsFilteredLikeTheBriefings()
    {
        var (code, output, _) = Run("export", "--format", "json", "--topic", "economic");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(4, doc.RootElement.GetProperty("actors").GetArrayLength());
        Assert.Equal("tagged economic", doc.RootElement.GetProperty("filters").GetString());
    }

    [Fact]
    public void ExportTimelineJsFollowsTheFormat()
    {
        var file = Path.Combine(temp, "timeline.json");
        var (code, _, _) = Run("export", "--format", "timelinejs", "--out", file);
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(5, events.Count); // the undated event cannot be placed on a timeline
        var first = events[0];
        Assert.Equal("2004", first.GetProperty("start_date").GetProperty("year").GetString());
        Assert.False(first.GetProperty("start_date").TryGetProperty("month", out _));
        var exercise = events.Single(e => e.GetProperty("unique_id").GetString() == "ev-test-exercise");
        Assert.Equal("~10 Feb 2022", exercise.GetProperty("start_date").GetProperty("display_date").GetString());
        Assert.Equal("20", exercise.GetProperty("end_date").GetProperty("day").GetString());
        var sanctions = events.Single(e => e.GetProperty("unique_id").GetString() == "ev-test-sanctions-talk");
        Assert.Contains("&lt;b&gt;", sanctions.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotNull(doc.RootElement.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
    }

    [Fact]
    public void OutputDoesNotDependOnTheCurrentCulture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            var (_, invariant, _) = Run("render", "measures");
            var french = new System.Globalization.CultureInfo("fr-FR");
            Assert.NotEqual("200,000,000", 200000000m.ToString("#,0", french)); // the premise: fr-FR really differs
            Thread.CurrentThread.CurrentCulture = french;
            var (_, underFrench, _) = Run("render", "measures");
            Assert.Equal(invariant, underFrench);
            Assert.Contains("3,000 troops", underFrench, StringComparison.Ordinal);
            Assert.Contains("$200 million", underFrench, StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }
}
