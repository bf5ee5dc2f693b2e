using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crisis.Reporter.Commands.Diff;

/// <summary>
/// What changed between two exports of the fact base: the result of <see cref="FactComparer"/>, rendered by
/// <see cref="DiffMarkdown"/> or written as JSON (<c>diff --format json</c>) by <see cref="ToJson"/>. Every
/// list is in a fixed order (kinds in schema order, then ids ordinally), so the same exports give the same bytes.
/// </summary>
/// <param name="Old">The export compared from.</param>
/// <param name="New">The export compared to.</param>
/// <param name="Notes">What the reader should know about the comparison itself (an export without a schema fingerprint, a schema change).</param>
/// <param name="Counts">Facts per kind before and after, with how many were added, removed and changed.</param>
/// <param name="Checks">What a reviewer should check by hand, on changed values and on what is new (see <see cref="Check"/>).</param>
/// <param name="Added">Facts only in <paramref name="New"/>.</param>
/// <param name="Removed">Facts only in <paramref name="Old"/>.</param>
/// <param name="Changed">Facts in both whose fields differ, field by field.</param>
public sealed record ExportDiff(
    ExportSide Old,
    ExportSide New,
    IReadOnlyList<string> Notes,
    IReadOnlyList<KindCount> Counts,
    IReadOnlyList<Check> Checks,
    IReadOnlyList<FactSummary> Added,
    IReadOnlyList<FactSummary> Removed,
    IReadOnlyList<ChangedFact> Changed)
{
    /// <summary>True when no fact was added, removed or changed.</summary>
    [JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>The diff as indented JSON (kebab-case names, as in the export), LF line endings, a final newline.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, DiffJsonContext.Configured.ExportDiff) + "\n";
}

/// <summary>One of the two exports: its file name, identity and filters, and how many facts it holds.</summary>
public sealed record ExportSide(string File, int? FormatVersion, string? FactSchema, string Filters, int Facts);

/// <summary>One kind's facts (named by its plural, as in the export) before and after.</summary>
public sealed record KindCount(string Kind, int Old, int New, int Added, int Removed, int Changed);

/// <summary>A fact added or removed: id, kind, its title (or name, text, summary), and the sources it cites.</summary>
public sealed record FactSummary(string Id, string Kind, string Label, IReadOnlyList<string> Sources);

/// <summary>A fact present in both exports whose fields differ.</summary>
public sealed record ChangedFact(string Id, string Kind, string Label, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// One difference in a fact. <paramref name="Field"/> is a path as in the export (<c>summary</c>,
/// <c>date</c>, <c>quote.original</c>, <c>citations[article-001, §3].quote</c>); <paramref name="Change"/> is
/// <c>changed</c>, <c>added</c>, <c>removed</c> (a field), <c>item-added</c>, <c>item-removed</c> (an item of a
/// list) or <c>reordered</c>. Values are shown as a reviewer reads them: a reference as "Name (id)", a date
/// with its basis ("2022-01-21 (stated)").
/// </summary>
public sealed record FieldChange(string Field, string Change, string? Before, string? After);

/// <summary>
/// Something to check by hand in fact <paramref name="Id"/>. <paramref name="Rule"/> is one of
/// <see cref="FactComparer.Rules"/>: on changed values <c>grade-raised</c>, <c>date-basis-changed</c>,
/// <c>quote-changed</c>, <c>single-source</c>; on what is new (<see cref="AdditionReview"/>) <c>new-source</c>,
/// <c>graded-1</c>, <c>damaged-sentence</c>, <c>public-record-date</c>, <c>answer</c>, <c>figure-scope</c>,
/// <c>one-article</c>. <paramref name="Field"/> is the path of the field concerned (as in <see cref="FieldChange"/>);
/// <paramref name="Text"/> says what to look at.
/// </summary>
public sealed record Check(string Rule, string Id, string Kind, string Field, string Text);

/// <summary>System.Text.Json's source-generated serializer for <see cref="ExportDiff"/>.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    NewLine = "\n",
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExportDiff))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
    /// <summary>The context with the export's encoder: non-ASCII text (French, «», –) written as is, not as \u escapes.</summary>
    public static DiffJsonContext Configured => configured ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static DiffJsonContext? configured;
}
