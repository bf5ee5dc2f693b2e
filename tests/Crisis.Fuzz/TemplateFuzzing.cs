using Crisis.Reporter;
using Crisis.Reporter.Briefings;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Templating;

namespace Crisis.Fuzz;

/// <summary>
/// The template target: the input is a user's briefing template (<c>--templates DIR</c> holding <c>fuzzed.scriban</c>),
/// rendered by the reporter's own engine against the real fact base and the real view models, exactly as
/// <c>crisis-brief render fuzzed --templates DIR</c> would (its first-line <c>{{# model: NAME }}</c> comment picks
/// the view model). The promise: a clean render, or a <see cref="TemplateException"/> located at a line and column
/// inside the template (or a partial it includes); anything else is a finding.
/// </summary>
public static class TemplateFuzzing
{
    public const string BriefingName = "fuzzed";

    public static void Template(ReadOnlySpan<byte> input)
    {
        // One folder per thread: the corpus replay test may run inputs in parallel; AFL runs one at a time.
        var folder = Path.Combine(Path.GetTempPath(), $"crisis-fuzz-template-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, BriefingName + TemplateFile.Extension);
        File.WriteAllBytes(path, input.ToArray());
        try
        {
            var set = TemplateSet.Load(TemplateSet.ShippedDirectory, folder);
            var reporter = new BriefingReporter(Crisis.Model.Facts.Catalog, new TemplateEngine(set));
            _ = reporter.Render(BriefingName, BriefingFilter.None);
        }
        catch (TemplateException error)
        {
            CheckLocated(error, path, input.Length);
        }
    }

    /// <summary>A template error names the fuzzed file (or a shipped partial) and a line and column inside it.</summary>
    private static void CheckLocated(TemplateException error, string path, int length)
    {
        if (error.Line is not { } line || error.Column is not { } column)
        {
            throw new InvariantException($"a template error without a line and column: {error.Message}");
        }

        if (!string.Equals(error.File, path, StringComparison.Ordinal) && !error.File.StartsWith(TemplateSet.ShippedDirectory, StringComparison.Ordinal))
        {
            throw new InvariantException($"a template error in a file that is neither the template nor a partial: {error.Message}");
        }

        if (string.Equals(error.File, path, StringComparison.Ordinal))
        {
            // Lines as the reporter reads them (CR LF and lone CR are line breaks); the error may point just past the end.
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            var lines = text.Split('\n');
            if (line < 1 || line > lines.Length || column < 1 || column > lines[line - 1].Length + 1)
            {
                throw new InvariantException($"a template error outside the template ({lines.Length} lines, {length} bytes): {error.Message}");
            }
        }

        if (error.Detail.Length == 0 || error.Detail.Contains("An unhandled exception", StringComparison.Ordinal))
        {
            throw new InvariantException($"a template error without its cause: {error.Message}");
        }
    }
}
