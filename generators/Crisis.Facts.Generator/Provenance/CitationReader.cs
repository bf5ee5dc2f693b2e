using System;
using System.Collections.Generic;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Diagnostics;
using Crisis.Facts.Generator.Facts;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Provenance;

/// <summary>
/// Takes from one bound fact file what the provenance check needs: each citation's source, locator and quote, and each
/// source's file and pin. A value that did not bind (reported already) is simply absent, so it is not checked again.
/// </summary>
internal static class CitationReader
{
    public static CitationsOfFile Read(BoundFile file, ProvenanceFields? fields)
    {
        var citations = new List<CitedQuote>();
        var sources = new List<PinnedSource>();
        if (fields is not null)
        {
            foreach (var fact in file.Facts)
            {
                if (fact.Kind == fields.SourceKind && Text(fact.Fields, ProvenanceConvention.FileField) is { } fileValue)
                {
                    var pin = fields.HasPins ? Text(fact.Fields, ProvenanceConvention.HashField) : null;
                    sources.Add(new PinnedSource(fact.Path, fact.Id, fileValue.Text, fileValue.Location, pin?.Text, pin?.Location ?? default));
                }

                var list = fact.Fields.Find(Citations.Field);
                foreach (var citation in list?.Items ?? EquatableArray<ValueModel>.Empty)
                {
                    var source = citation.Fields.Find(Citations.SourceField);
                    var locator = Text(citation.Fields, ProvenanceConvention.LocatorField);
                    if (source is not { } sourceValue || locator is not { } locatorValue)
                    {
                        continue;
                    }

                    var quote = fields.HasQuotes ? Text(citation.Fields, ProvenanceConvention.QuoteField) : null;
                    citations.Add(new CitedQuote(sourceValue.Text, locatorValue.Text, locatorValue.Location, quote?.Text, quote?.Location ?? default));
                }
            }
        }

        var quoted = citations.Where(c => c.Quote is not null).Select(c => c.Source).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal);
        return new CitationsOfFile(file.Path, citations.ToEquatableArray(), new SourcesOfFile(file.Path, sources.ToEquatableArray(), quoted.ToEquatableArray()), EquatableArray<DiagnosticInfo>.Empty);
    }

    private static ValueModel? Text(EquatableArray<FieldValue> fields, string name) =>
        fields.Find(name) is { Kind: ValueKind.Text } value ? value : null;
}
