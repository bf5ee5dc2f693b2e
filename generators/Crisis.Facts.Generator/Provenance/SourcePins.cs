using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Schema;
using Crisis.Shared;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// Matches the sources to their texts, across all files: a text missing while others are present, a text whose hash is
/// not its pin, a malformed or missing pin; or, when no source's text is present at all, the one warning that quotes were
/// not checked. Yields the sources whose quotes can be checked. Each mistake is reported once, at the source.
/// </summary>
internal static class SourcePins
{
    public static PinResult Check(ImmutableArray<SourcesOfFile> files, ImmutableArray<SourceTextFile> texts, string? folder)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var checkable = new List<CheckableSource>();

        // The first definition of an id counts (a second is FACT008, the catalog's).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Sources).Where(s => seen.Add(s.Id)).ToList();
        var quoted = new HashSet<string>(files.SelectMany(f => f.QuotedSources), StringComparer.Ordinal);
        var textsByName = new Dictionary<string, SourceTextFile>(StringComparer.Ordinal);
        foreach (var text in texts.OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            if (!textsByName.ContainsKey(text.FileName))
            {
                textsByName.Add(text.FileName, text);
            }
        }

        SourceTextFile? TextOf(PinnedSource source) =>
            textsByName.TryGetValue(source.File, out var text) && text.Text is not null ? text : null;

        foreach (var source in sources.Where(s => s.Pin is not null && !SourceTextHash.IsWellFormed(s.Pin)))
        {
            var hint = TextOf(source) is { } text
                ? $" (the text {source.File} hashes to {text.Hash})"
                : ", as sha256sum prints them for the text (UTF-8, LF line endings, no byte-order mark)";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedPin, source.Path, source.PinLocation, source.Pin!, hint));
        }

        if (sources.Count > 0 && sources.All(s => TextOf(s) is null))
        {
            // No text at all: the folder is missing, empty or another one. One warning, never one per source or quote.
            if (sources.FirstOrDefault(s => quoted.Contains(s.Id)) is { } first)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuotesNotChecked, first.Path, first.FileLocation,
                    WhyNone(folder, texts.Length), ProvenanceConvention.FileField, first.File, SourceTextOptions.Property));
            }

            return new PinResult(diagnostics.ToEquatableArray(), EquatableArray<CheckableSource>.Empty);
        }

        foreach (var source in sources)
        {
            var text = TextOf(source);
            if (text is null)
            {
                var hint = Suggestions.DidYouMean(source.File, textsByName.Keys.Where(name => !sources.Any(s => s.File == name)));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SourceTextMissing, source.Path, source.FileLocation,
                    source.Id, source.File, folder ?? "the source texts", hint));
                continue;
            }

            if (source.Pin is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SourceTextNotPinned, source.Path, source.FileLocation,
                    source.Id, ProvenanceConvention.HashField, text.Hash!, source.File));
            }
            else if (!SourceTextHash.IsWellFormed(source.Pin))
            {
                continue; // reported above
            }
            else if (!string.Equals(source.Pin, text.Hash, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SourceTextChanged, source.Path, source.PinLocation,
                    source.Id, source.File, ProvenanceConvention.HashField, text.Hash!));
                continue;
            }

            checkable.Add(new CheckableSource(source.Id, source.File, text.Text!));
        }

        return new PinResult(diagnostics.ToEquatableArray(), checkable.ToEquatableArray());
    }

    private static string WhyNone(string? folder, int textCount) =>
        folder is null ? "no folder of source texts is set"
        : textCount == 0 ? $"{folder} is missing or empty"
        : $"{folder} holds {textCount} file{(textCount == 1 ? string.Empty : "s")}, but none of the sources' texts";
}
