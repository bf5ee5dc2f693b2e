using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Crisis.Facts.Generator.Yaml;

/// <summary>
/// A parsed YAML file: its tree (null when it could not be read), what was wrong with it, and, when YAML could not read
/// it, the ids and sections its lines spell (<see cref="SalvagedIds"/>, <see cref="SalvagedSections"/>), so that
/// references to them do not each become an error.
/// </summary>
internal sealed record YamlFile(
    string Path,
    bool IsSchema,
    YamlNode? Root,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> SalvagedIds,
    EquatableArray<string> SalvagedSections)
{
    /// <summary>The file had an error that left it unread: nothing in it can be trusted or counted as missing.</summary>
    public bool IsUnreadable => Root is null && Diagnostics.Count > 0;
}

/// <summary>
/// Reads YAML through YamlDotNet's event parser into <see cref="YamlNode"/>s. Refuses what is not text (see
/// <see cref="PlainText"/>), anchors and aliases (so an alias bomb cannot expand) and tags (which would silently
/// change nothing), bounds nesting depth and file size, and never throws on bad input.
/// </summary>
internal static class YamlReader
{
    public const int MaxDepth = 32;
    public const int MaxCharacters = 16 * 1024 * 1024;

    public static bool IsSchemaPath(string path) =>
        path.EndsWith(".schema.yaml", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".schema.yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsYamlPath(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static YamlFile Read(string path, string? text, CancellationToken cancellationToken)
    {
        var isSchema = IsSchemaPath(path);
        var diagnostics = new List<DiagnosticInfo>();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, path, TextLocation.FileStart, "the file could not be read"));
            return new YamlFile(path, isSchema, null, diagnostics.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<string>.Empty);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1); // a byte-order mark, when the host has not removed it already
        }

        if (text.Length > MaxCharacters)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooLarge, path, TextLocation.FileStart,
                $"The file has {text.Length} characters; the limit is {MaxCharacters} (16 Mi). Split it into several files."));
            // Not read, but what it seems to define is not reported missing elsewhere: one mistake, one error.
            return new YamlFile(path, isSchema, null, diagnostics.ToEquatableArray(), PlainText.SalvageIds(text), PlainText.SalvageSections(text));
        }

        var forbidden = PlainText.FindForbidden(text);
        if (forbidden >= 0)
        {
            text = ReportForbidden(path, text, forbidden, diagnostics);
        }

        YamlNode? root;
        var builder = new Builder(path, text, diagnostics, checkScalars: forbidden < 0, cancellationToken);
        try
        {
            root = builder.Build();
        }
        catch (NestingTooDeepException)
        {
            root = null;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, path,
                TextLocation.FromYamlMarks(exception.Start, exception.End), CleanMessage(exception.Message)));
            root = null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException (found by
            // RobustnessTests' corruptions): it is still a syntax error, reported where the parser stopped.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, path, builder.LastPosition,
                "the YAML parser could not read past this point; check quotes, brackets and indentation here"));
            root = null;
        }

        var unreadable = root is null && diagnostics.Count > 0;
        return new YamlFile(path, isSchema, root, diagnostics.ToEquatableArray(),
            unreadable ? PlainText.SalvageIds(text) : EquatableArray<string>.Empty,
            unreadable ? PlainText.SalvageSections(text) : EquatableArray<string>.Empty);
    }

    /// <summary>
    /// One error for the file, at its first forbidden character, with how many there are (a file saved in another encoding
    /// has one mistake, however many accents it holds); the rest of the file is still read, each such character read as a
    /// space, so that the file's other checks and the references to its facts still work. The build fails on the error,
    /// so no changed text is ever published.
    /// </summary>
    private static string ReportForbidden(string path, string text, int first, List<DiagnosticInfo> diagnostics)
    {
        var characters = text.ToCharArray();
        var count = 0;
        for (var i = first; i < characters.Length; i++)
        {
            if (PlainText.IsForbidden(text, i))
            {
                characters[i] = ' ';
                count++;
            }
        }

        var more = count == 1 ? string.Empty : $" (the file holds {count} such characters; this is the first)";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotText, path, PlainText.LocationOf(text, first), PlainText.Describe(text[first]), more));
        return new string(characters);
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the diagnostic has the position already.</summary>
    private static string CleanMessage(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
    }

    private sealed class Builder
    {
        private readonly string _path;
        private readonly Parser _parser;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _checkScalars;
        private bool _depthReported;
        private ParsingEvent? _lastEvent;

        // Lists reused level by level (a file nests a few levels), so a mapping or a list costs its final array only.
        private readonly List<List<YamlEntry>> _entryLists = new();
        private readonly List<List<YamlNode>> _itemLists = new();

        // One string per distinct key or short value in the file: the tree is kept between runs, and a 100,000-fact base
        // repeats "id", "source" or "stated" hundreds of thousands of times.
        private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

        /// <summary>Values at most this long are shared (keys always are).</summary>
        private const int SharedValueLength = 24;

        /// <summary>The end of the last event read: where to point when the parser fails without a position.</summary>
        public TextLocation LastPosition => _lastEvent is null ? TextLocation.FileStart : TextLocation.FromYamlMarks(_lastEvent.Start, _lastEvent.End);

        public Builder(string path, string text, List<DiagnosticInfo> diagnostics, bool checkScalars, CancellationToken cancellationToken)
        {
            _checkScalars = checkScalars;
            _path = path;
            _parser = new Parser(new System.IO.StringReader(text));
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        // YamlDotNet's convention: parser.Current is the next event not yet consumed.
        public YamlNode? Build()
        {
            _parser.Consume<StreamStart>();
            if (_parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            _parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 0);
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var extra))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, _path,
                    TextLocation.FromYamlMarks(extra.Start, extra.End), "a fact file holds one YAML document; remove the second '---'"));
            }

            return root;
        }

        private YamlNode ReadNode(int depth)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _parser.Accept<ParsingEvent>(out var current);
            _lastEvent = current;
            if (current is NodeEvent node && !node.Anchor.IsEmpty)
            {
                ReportAnchor("anchors (&name)", current);
            }

            if (current is NodeEvent tagged && !tagged.Tag.IsEmpty)
            {
                ReportAnchor("tags (!name)", current);
            }

            switch (current)
            {
                case AnchorAlias alias:
                    _parser.MoveNext();
                    ReportAnchor("aliases (*name)", alias);
                    return YamlNode.Scalar(string.Empty, isNull: true, TextLocation.FromYamlMarks(alias.Start, alias.End));
                case Scalar scalar:
                    _parser.MoveNext();
                    CheckScalar(scalar);
                    var isNull = scalar.Style == ScalarStyle.Plain && (scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value == "null" || scalar.Value == "Null" || scalar.Value == "NULL");
                    return YamlNode.Scalar(Shared(scalar.Value, SharedValueLength), isNull, TextLocation.FromYamlMarks(scalar.Start, scalar.End));
                case SequenceStart sequenceStart:
                    CheckDepth(depth, sequenceStart);
                    _parser.MoveNext();
                    return ReadSequence(sequenceStart, depth);
                case MappingStart mappingStart:
                    CheckDepth(depth, mappingStart);
                    _parser.MoveNext();
                    return ReadMapping(mappingStart, depth);
                default:
                    throw new YamlException(current!.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private void CheckDepth(int depth, ParsingEvent at)
        {
            if (depth >= MaxDepth)
            {
                if (!_depthReported)
                {
                    _depthReported = true;
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooLarge, _path, TextLocation.FromYamlMarks(at.Start, at.End),
                        $"The YAML is nested more than {MaxDepth} levels deep here; fact files need only a few levels."));
                }

                throw new NestingTooDeepException();
            }
        }

        private YamlNode ReadSequence(SequenceStart start, int depth)
        {
            var items = Rent(_itemLists, depth);
            SequenceEnd end;
            while (!_parser.TryConsume<SequenceEnd>(out end!))
            {
                items.Add(ReadNode(depth + 1));
            }

            return new YamlNode(YamlNodeKind.Sequence, null, false, EquatableArray<YamlEntry>.Empty,
                ToEquatable(items), TextLocation.FromYamlMarks(start.Start, end.End));
        }

        private YamlNode ReadMapping(MappingStart start, int depth)
        {
            var entries = Rent(_entryLists, depth);
            Dictionary<string, int>? indexes = null; // only for mappings too long to scan
            List<(string Name, TextLocation Location, TextLocation First)>? duplicates = null;
            MappingEnd end;
            while (!_parser.TryConsume<MappingEnd>(out end!))
            {
                var key = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (key.Kind != YamlNodeKind.Scalar)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, _path, key.Location,
                        "a key must be plain text, not a list or a mapping"));
                    continue;
                }

                var name = Shared(key.Value ?? string.Empty, int.MaxValue);
                var index = IndexOf(entries, name, ref indexes);
                if (index >= 0)
                {
                    (duplicates ??= new()).Add((name, key.Location, entries[index].KeyLocation));
                    if (entries[index].Value.IsNull && !value.IsNull)
                    {
                        // A key written twice, the first time empty (a line duplicated above a section): keep what it holds,
                        // so the one error is not followed by one for every reference into it.
                        entries[index] = entries[index] with { Value = value };
                    }

                    continue;
                }

                entries.Add(new YamlEntry(name, key.Location, value));
            }

            if (duplicates is not null)
            {
                ReportDuplicates(duplicates);
            }

            return new YamlNode(YamlNodeKind.Mapping, null, false, ToEquatable(entries),
                EquatableArray<YamlNode>.Empty, TextLocation.FromYamlMarks(start.Start, end.End));
        }

        /// <summary>The cleared list of this nesting level (a level's list is free again once its node is built).</summary>
        private static List<T> Rent<T>(List<List<T>> lists, int depth)
        {
            while (lists.Count <= depth)
            {
                lists.Add(new List<T>());
            }

            var list = lists[depth];
            list.Clear();
            return list;
        }

        private static EquatableArray<T> ToEquatable<T>(List<T> list)
            where T : IEquatable<T> =>
            list.Count == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(ImmutableArray.CreateRange(list));

        private string Shared(string text, int maxLength)
        {
            if (text.Length > maxLength)
            {
                return text;
            }

            if (_shared.TryGetValue(text, out var shared))
            {
                return shared;
            }

            _shared.Add(text, text);
            return text;
        }

        /// <summary>
        /// One error per mapping, at its first repeated key: several keys repeated in one mapping are almost always one
        /// mistake (two entries run together, for example by a deleted "- id:" line), so the others are counted, not listed.
        /// </summary>
        private void ReportDuplicates(List<(string Name, TextLocation Location, TextLocation First)> duplicates)
        {
            if (duplicates.Count == 0)
            {
                return;
            }

            var (name, location, first) = duplicates[0];
            var more = duplicates.Count == 1
                ? string.Empty
                : string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "; {0} more keys of this mapping repeat earlier ones (were two entries run together, for example by a deleted '- id:' line?)",
                    duplicates.Count - 1);
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, _path, location,
                name, (first.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), more));
        }

        /// <summary>A clean file can still spell a forbidden character with a double-quoted escape ("\0", "\uFEFF").</summary>
        private void CheckScalar(Scalar scalar)
        {
            if (!_checkScalars)
            {
                return;
            }

            var forbidden = PlainText.FindForbidden(scalar.Value);
            if (forbidden >= 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotText, _path, TextLocation.FromYamlMarks(scalar.Start, scalar.End),
                    PlainText.Describe(scalar.Value[forbidden]), " (written as an escape sequence in this value)"));
            }
        }

        /// <summary>
        /// Mappings in fact files hold a handful of keys: a scan costs less than a dictionary per mapping. A long mapping
        /// (a schema's vocabulary, or a hostile file) gets its dictionary, so a file of n keys never costs n² steps.
        /// </summary>
        private static int IndexOf(List<YamlEntry> entries, string key, ref Dictionary<string, int>? indexes)
        {
            const int Scanned = 16;
            if (indexes is null && entries.Count > Scanned)
            {
                indexes = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < entries.Count; i++)
                {
                    indexes[entries[i].Key] = i;
                }
            }

            if (indexes is not null)
            {
                if (indexes.TryGetValue(key, out var found))
                {
                    return found;
                }

                indexes[key] = entries.Count; // the index the caller gives the key when it adds it
                return -1;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private void ReportAnchor(string what, ParsingEvent at) =>
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AnchorsNotSupported, _path,
                TextLocation.FromYamlMarks(at.Start, at.End), what));
    }

    /// <summary>Thrown to abandon a file nested too deep (its diagnostic is already recorded).</summary>
    private sealed class NestingTooDeepException : YamlException
    {
        public NestingTooDeepException()
            : base("nesting too deep")
        {
        }
    }
}
