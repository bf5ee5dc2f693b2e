using System.Globalization;
using System.Text;
using Crisis.Facts.Generator.Tests.Support;
using CsCheck;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// One random edit of one real file (a character, a line, an indentation, a cut) gives a valid build or located errors,
/// never an exception; an edit of a character, a line or an indentation gives at most 3 errors in at least 95% of edits. The sample is fixed (seeded), so the test is
/// deterministic; the figures it prints are those of docs/reliability.md. CRISIS_EDITS=N measures on N edits instead.
/// </summary>
public class OneMistakeOneErrorTests
{
    private const int DefaultSample = 400;
    private const int MaxErrorsPerEdit = 3;
    private const double RequiredShare = 0.95;

    /// <summary>Characters an edit inserts or substitutes: YAML's syntax, text, and the bytes a text file must not hold.</summary>
    private const string Alphabet = "abcxyzAZ019-_ .:#'\"[]{},&*!|>?%@`~\t\n\0\uFEFF\uFFFDé";

    public enum EditKind
    {
        ReplaceCharacter,
        InsertCharacter,
        DeleteCharacter,
        DeleteLine,
        DuplicateLine,
        SwapLines,
        CutFile,
        Indent,
        Dedent,
    }

    public sealed record Edit(int File, EditKind Kind, double Position, char Character, int Width)
    {
        public string Apply(string text)
        {
            var at = Math.Min(text.Length - 1, (int)(Position * text.Length));
            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            if (at == 0)
            {
                lineStart = 0;
            }

            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[lineStart..lineEnd];
            return Kind switch
            {
                EditKind.ReplaceCharacter => text[..at] + Character + text[(at + 1)..],
                EditKind.InsertCharacter => text[..at] + Character + text[at..],
                EditKind.DeleteCharacter => text[..at] + text[(at + 1)..],
                EditKind.DeleteLine => text[..lineStart] + text[lineEnd..],
                EditKind.DuplicateLine => text[..lineEnd] + line + text[lineEnd..],
                EditKind.SwapLines => SwapWithNext(text, lineStart, lineEnd),
                EditKind.CutFile => text[..at],
                EditKind.Indent => text[..lineStart] + new string(' ', Width) + text[lineStart..],
                EditKind.Dedent => text[..lineStart] + RemoveIndent(line, Width) + text[lineEnd..],
                _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
            };
        }

        private static string SwapWithNext(string text, int lineStart, int lineEnd)
        {
            var nextEnd = lineEnd >= text.Length ? -1 : text.IndexOf('\n', lineEnd);
            if (nextEnd < 0)
            {
                return text;
            }

            return text[..lineStart] + text[lineEnd..(nextEnd + 1)] + text[lineStart..lineEnd] + text[(nextEnd + 1)..];
        }

        private static string RemoveIndent(string line, int width)
        {
            var spaces = line.TakeWhile(c => c == ' ').Count();
            return line[Math.Min(spaces, width)..];
        }
    }

    public static Gen<Edit> Edits(int files) =>
        Gen.Select(Gen.Int[0, files - 1], Gen.Enum<EditKind>(), Gen.Double[0, 1], Gen.Char[Alphabet], Gen.Int[1, 4],
            (file, kind, position, character, width) => new Edit(file, kind, position, character, width));

    [Fact]
    public void One_edit_gives_a_valid_build_or_located_errors_and_at_most_three_errors_in_95_percent_of_edits()
    {
        var files = Pipeline.RealFiles();
        var pipeline = new Pipeline();
        Assert.DoesNotContain(pipeline.Run(files).Diagnostics, Pipeline.IsError);

        var size = int.TryParse(Environment.GetEnvironmentVariable("CRISIS_EDITS"), CultureInfo.InvariantCulture, out var n) ? n : DefaultSample;
        var edits = Edits(files.Count).Array[size].Generate(new PCG(11, 20220224), null, out _);
        var counts = new List<(Edit Edit, int Errors)>();
        foreach (var edit in edits)
        {
            var (path, text) = files[edit.File];
            var edited = edit.Apply(text);
            var input = files.Select((f, i) => i == edit.File ? (path, edited) : f).ToList();
            var output = pipeline.Run(input);

            var errors = output.Diagnostics.Where(Pipeline.IsError).ToList();
            foreach (var error in errors)
            {
                var target = input.FirstOrDefault(f => f.Item1 == error.Path);
                Assert.True(target.Item2 is not null, $"{error.Id} in an unknown file {error.Path}");
                Assert.True(error.Location.End <= target.Item2!.Length + 1 && error.Location.StartLine <= target.Item2.Count(c => c == '\n') + 1,
                    $"{error.Id} outside {error.Path}: {error.Location}");
            }

            Assert.DoesNotContain(errors, e => e.Id == "FACT900");
            if (edited != text && errors.Count == 0)
            {
                // A valid build: the catalog emitted for it must be complete, not silently short of facts.
                Assert.NotNull(output.Catalog.Model);
            }

            counts.Add((edit, errors.Count));
        }

        // The 95% bound is over the edits the issue names (a character, a line, an indentation). A cut file deletes every
        // fact after the cut, and each deleted id still referenced elsewhere is a real error of its own: cuts are measured
        // and reported beside it (docs/reliability.md), and held to the other rules above.
        var lineEdits = counts.Where(c => c.Edit.Kind != EditKind.CutFile).ToList();
        var withinLimit = lineEdits.Count(c => c.Errors <= MaxErrorsPerEdit);
        var share = (double)withinLimit / lineEdits.Count;
        var cuts = counts.Where(c => c.Edit.Kind == EditKind.CutFile).ToList();
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture,
                $"{cuts.Count} file cuts (not in the bound): {cuts.Count(c => c.Errors <= MaxErrorsPerEdit)} gave at most {MaxErrorsPerEdit} errors; max {cuts.Max(c => c.Errors)} errors")
            .AppendLine(CultureInfo.InvariantCulture, $"{lineEdits.Count} edits of a character, a line or an indentation: {withinLimit} ({share:P1}) gave at most {MaxErrorsPerEdit} errors; " +
                $"{lineEdits.Count(c => c.Errors == 0)} built cleanly; max {lineEdits.Max(c => c.Errors)} errors; " +
                $"histogram (errors: edits) {string.Join(", ", lineEdits.GroupBy(c => Math.Min(c.Errors, 10)).OrderBy(g => g.Key).Select(g => $"{(g.Key == 10 ? "10+" : g.Key.ToString(CultureInfo.InvariantCulture))}: {g.Count()}"))}");
        foreach (var (edit, errors) in counts.Where(c => c.Errors > MaxErrorsPerEdit).OrderByDescending(c => c.Errors).Take(25))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {errors} errors: {edit.Kind} in {Path.GetFileName(files[edit.File].Path)} at {edit.Position:F4} ({Printable(edit.Character)}, {edit.Width})");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        Assert.True(share >= RequiredShare, report.ToString());
    }

    private static string Printable(char c) => c < ' ' || c > '~' ? $"U+{(int)c:X4}" : c.ToString();
}
