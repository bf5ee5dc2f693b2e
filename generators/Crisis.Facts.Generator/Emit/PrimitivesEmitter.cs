using System.Collections.Generic;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>The types whose shape never depends on the schema (partial dates, bilingual text, the fact interfaces).</summary>
internal static class PrimitivesEmitter
{
    public static string Emit(string ns, bool hasCitations)
    {
        var citedFact = hasCitations
            ? $$"""

            /// <summary>A fact that cites its sources.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
            public interface ICitedFact : global::{{ns}}.IFact
            {
                /// <summary>Where the fact comes from: one citation per source that reports it.</summary>
                global::System.Collections.Immutable.ImmutableArray<global::{{ns}}.Citation> Citations { get; }
            }

            """
            : string.Empty;

        var text = SourceWriter.Header() + $$"""

namespace {{ns}};

/// <summary>How precise a <see cref="PartialDate"/> is.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and the month are known.</summary>
    Month,

    /// <summary>The exact day is known.</summary>
    Day,
}

/// <summary>
/// A date known to a year, a month or a day, possibly approximate: written 2022, 2022-01, 2022-01-21 or ~2022-01-21.
/// Orders by its first day, then coarser before finer.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public readonly record struct PartialDate : global::System.IComparable<PartialDate>
{
    /// <summary>Creates a partial date; throws when the date does not exist (the calendar of PartialDateRules).</summary>
    public PartialDate(int year, int? month = null, int? day = null, bool isApproximate = false)
    {
        if (PartialDateRules.Check(year, month, day) is { } reason)
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} is not a date: {reason}.");
        }

        Year = year;
        Month = month;
        Day = day;
        IsApproximate = isApproximate;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>True when the sources give the date only roughly (written with a leading ~).</summary>
    public bool IsApproximate { get; }

    /// <summary>How precise the date is.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date may mean.</summary>
    public global::System.DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date may mean.</summary>
    public global::System.DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new global::System.DateOnly(Year, Month!.Value, global::System.DateTime.DaysInMonth(Year, Month.Value)),
        _ => new global::System.DateOnly(Year, 12, 31),
    };

    // The fact compiler's own date syntax (its PartialDateFormat), so that code and data files accept the same texts.
    private static readonly global::System.Text.RegularExpressions.Regex Shape = new({{SourceWriter.Literal(Naming.WholePattern(PartialDateFormat.Shape))}}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Reads the fact-file form ({{PartialDateFormat.Forms}}).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var match = text is null ? null : Shape.Match(text);
        if (match is null || !match.Success)
        {
            return false;
        }

        var culture = global::System.Globalization.CultureInfo.InvariantCulture;
        var year = int.Parse(match.Groups[2].Value, culture);
        int? month = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, culture) : null;
        int? day = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, culture) : null;
        if (PartialDateRules.Check(year, month, day) is not null)
        {
            return false;
        }

        date = new PartialDate(year, month, day, match.Groups[1].Success);
        return true;
    }

    /// <summary>Reads the fact-file form; throws <see cref="global::System.FormatException"/> naming the text when it is not a date.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new global::System.FormatException($"'{text}' is not a date: write {{PartialDateFormat.Forms}}.");

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byPrecision = Precision.CompareTo(other.Precision);
        return byPrecision != 0 ? byPrecision : IsApproximate.CompareTo(other.IsApproximate);
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The fact-file form, such as ~2022-02-12.</summary>
    public override string ToString()
    {
        var prefix = IsApproximate ? "~" : string.Empty;
        var culture = global::System.Globalization.CultureInfo.InvariantCulture;
        return Precision switch
        {
            DatePrecision.Day => prefix + Year.ToString("D4", culture) + "-" + Month!.Value.ToString("D2", culture) + "-" + Day!.Value.ToString("D2", culture),
            DatePrecision.Month => prefix + Year.ToString("D4", culture) + "-" + Month!.Value.ToString("D2", culture),
            _ => prefix + Year.ToString("D4", culture),
        };
    }
}

/// <summary>Wording in its original language with an English translation.</summary>
/// <param name="Original">The wording in its original language, verbatim.</param>
/// <param name="Language">The original's ISO 639 language code, such as fr.</param>
/// <param name="English">The English translation (by the curators unless stated otherwise).</param>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public sealed record BilingualText(string Original, string Language, string? English = null)
{
    /// <summary>Writes the text as a JSON object: "original", "language", "english" (left out when there is none).</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new global::System.ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        writer.WriteString("original", Original);
        writer.WriteString("language", Language);
        if (English is { } english)
        {
            writer.WriteString("english", english);
        }

        writer.WriteEndObject();
    }
}

/// <summary>What every fact has, whatever its kind.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public interface IFact
{
    /// <summary>The fact's id as text.</summary>
    string Key { get; }

    /// <summary>The fact's kind, as named in the schema (such as "actor").</summary>
    string Kind { get; }

    /// <summary>Where the fact is defined: its file relative to the folder holding every fact and schema file, and its line.</summary>
    string DefinedAt { get; }

    /// <summary>The fact's place in the data: files by path, facts in the order they are written, from 0 (0 for a fact made in code, unless set).</summary>
    int DefinedOrder { get; }

    /// <summary>Writes the fact as a JSON object: "kind", "id", its fields with the schema's names in schema order (absent ones left out), "defined-at".</summary>
    void WriteJson(global::System.Text.Json.Utf8JsonWriter writer);
}

/// <summary>The id of a fact of any kind: what a reference to a layer of the schema (rather than to one kind) holds.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public readonly record struct FactId(string Value) : global::System.IComparable<FactId>
{
    /// <inheritdoc/>
    public int CompareTo(FactId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id.</summary>
    public override string ToString() => Value;
}

{{SchemaEnums}}/// <summary>A field of a kind or a block: its schema name, type, what it refers to, its role and, for an integer, the reader labels of its values.</summary>
/// <param name="Name">The field's name in fact files and exports ("as-of").</param>
/// <param name="Type">Its type.</param>
/// <param name="Target">The kind (or, with <paramref name="TargetIsLayer"/>, the layer) a reference names, the vocabulary or the block it uses; null for other types.</param>
/// <param name="TargetIsLayer">True for a reference to any kind of a layer.</param>
/// <param name="IsList">True for a list.</param>
/// <param name="IsRequired">True when required.</param>
/// <param name="Role">What it means to the code that reads it.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="Labels">Reader labels of some of an integer field's values.</param>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public sealed record FactFieldInfo(string Name, FactFieldType Type, string? Target, bool TargetIsLayer, bool IsList, bool IsRequired, FactRole Role, string Description,
    global::System.Collections.Immutable.ImmutableArray<global::System.Collections.Generic.KeyValuePair<int, string>> Labels)
{
    /// <summary>The reader label of an integer value, or null when the schema gives it none.</summary>
    public string? LabelOf(int value)
    {
        foreach (var label in Labels)
        {
            if (label.Key == value)
            {
                return label.Value;
            }
        }

        return null;
    }
}

/// <summary>A block: a group of fields inside a fact.</summary>
/// <param name="Name">The block's name in the schema.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="Fields">Its fields, in schema order.</param>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public sealed record FactBlockInfo(string Name, string Description, global::System.Collections.Immutable.ImmutableArray<FactFieldInfo> Fields)
{
    /// <summary>The field of that name, or null.</summary>
    public FactFieldInfo? Field(string name) => global::System.Linq.Enumerable.FirstOrDefault(Fields, f => f.Name == name);

    /// <summary>The field a value of this block is dated by (its role is Date), or null: the block is then not a date.</summary>
    public FactFieldInfo? DateField => global::System.Linq.Enumerable.FirstOrDefault(Fields, f => f.Role == FactRole.Date);
}

/// <summary>A kind of fact: its name, plural (its section in fact files and its list in exports), layer, whether it cites sources, and its fields.</summary>
/// <param name="Name">The kind's name ("event").</param>
/// <param name="Plural">Its plural ("events").</param>
/// <param name="Layer">What its facts are to the code that reads them.</param>
/// <param name="IsCited">True when its facts cite sources.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="Fields">Its fields in schema order, the implicit citations included.</param>
[global::System.CodeDom.Compiler.GeneratedCode("Crisis.Facts.Generator", "1.0.0")]
public sealed record FactKindInfo(string Name, string Plural, FactLayer Layer, bool IsCited, string Description, global::System.Collections.Immutable.ImmutableArray<FactFieldInfo> Fields)
{
    /// <summary>The field of that name, or null.</summary>
    public FactFieldInfo? Field(string name) => global::System.Linq.Enumerable.FirstOrDefault(Fields, f => f.Name == name);

    /// <summary>The fields with a role, in schema order.</summary>
    public global::System.Collections.Immutable.ImmutableArray<FactFieldInfo> FieldsWith(FactRole role) =>
        global::System.Collections.Immutable.ImmutableArray.CreateRange(global::System.Linq.Enumerable.Where(Fields, f => f.Role == role));
}
{{citedFact}}{{CompactData.ReaderSource}}
{{DateRules}}
""";
        return text.Replace("\r\n", "\n");
    }

    /// <summary>
    /// FactLayer, FactRole and FactFieldType: the generator's own layers, roles and field types with their descriptions
    /// (Schema/Roles.cs, Schema/SchemaModel.cs), so the names consumers read are the ones the schema is parsed with.
    /// </summary>
    private static readonly string SchemaEnums =
        Enum("FactLayer", "What a kind's facts are to the code that reads them (the schema's 'layer:' on a kind).", Roles.Layers.Select(l => (l.Name, l.Description)))
        + Enum("FactRole", "What a field means to the code that reads it (the schema's 'role:' on a field).", new[] { ("none", "No role.") }.Concat(Roles.All.Select(r => (r.Name, r.Description))))
        + Enum("FactFieldType", "The type of a field, as the schema names it.", FieldTypes.All.Select(t => (t.Name, t.Description)));

    private static string Enum(string type, string summary, IEnumerable<(string Name, string Description)> members)
    {
        var writer = new SourceWriter();
        writer.Line($"/// <summary>{summary}</summary>").Line(SourceWriter.GeneratedCodeAttribute).Open($"public enum {type}");
        var first = true;
        foreach (var (name, description) in members)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Line($"/// <summary>{SourceWriter.EscapeXml(description)}</summary>").Line(Naming.Pascal(name) + ",");
        }

        return writer.Close().Line().ToString();
    }

    /// <summary>
    /// The calendar of partial dates: the generator's own Common/PartialDateRules.cs, embedded in the generator as a resource
    /// and emitted under the consumer's namespace, so that the generator and the generated code share one definition.
    /// </summary>
    private static readonly string DateRules = ReadDateRules();

    private static string ReadDateRules()
    {
        using var stream = typeof(PrimitivesEmitter).Assembly.GetManifestResourceStream("PartialDateRules.cs")
            ?? throw new System.InvalidOperationException("the generator lacks its embedded PartialDateRules.cs");
        using var reader = new System.IO.StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n");
        const string Namespace = "namespace Crisis.Facts.Generator.Common;\n";
        var start = text.IndexOf(Namespace, System.StringComparison.Ordinal);
        return start < 0 ? throw new System.InvalidOperationException("PartialDateRules.cs has no namespace line") : text.Substring(start + Namespace.Length);
    }
}
