using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// One source's text, read once per change of its file: its name, its hash and its numbered sentences (null when it could
/// not be read; <see cref="Diagnostics"/> then says why, if the compiler failed on it).
/// </summary>
internal sealed record SourceTextFile(string Path, string FileName, string? Hash, NumberedText? Text, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A citation as the provenance check needs it: the source it names, its locator and its quote, with their places in the YAML.</summary>
internal sealed record CitedQuote(string Source, string Locator, TextLocation LocatorLocation, string? Quote, TextLocation QuoteLocation);

/// <summary>A source as the provenance check needs it: its id, the file of its text and its pin, with their places in the YAML.</summary>
internal sealed record PinnedSource(string Path, string Id, string File, TextLocation FileLocation, string? Pin, TextLocation PinLocation);

/// <summary>The sources a fact file defines and the ids of the sources its citations quote: all the pin check needs of it.</summary>
internal sealed record SourcesOfFile(string Path, EquatableArray<PinnedSource> Sources, EquatableArray<string> QuotedSources);

/// <summary>What one fact file gives the provenance check: its citations, and its sources (usually none); <see cref="Diagnostics"/> when the compiler failed on it.</summary>
internal sealed record CitationsOfFile(string Path, EquatableArray<CitedQuote> Citations, SourcesOfFile Sources, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A source whose quotes can be checked: its text is present and matches its pin (or it has none).</summary>
internal sealed record CheckableSource(string Id, string File, NumberedText Text);

/// <summary>The pin check's result: what was wrong with the sources' texts, and the sources whose quotes can be checked.</summary>
internal sealed record PinResult(EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<CheckableSource> Checkable);
