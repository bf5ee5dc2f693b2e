using System.Security.Cryptography;
using System.Text;

namespace Crisis.Facts.Generator.Tests.Samples;

/// <summary>
/// A small schema that follows the provenance convention (citations with `locator` and `quote`, a source kind with `file`
/// and `sha256`), one source text, and the sources file that pins it: the provenance tests' fixture.
/// </summary>
public static class ProvenanceSample
{
    public const string SchemaPath = "/data/schema/quoted.schema.yaml";
    public const string SourcesPath = "/data/facts/sources.yaml";
    public const string NotesPath = "/data/facts/notes.yaml";
    public const string Folder = "/work/texts/";

    public const string Schema = """
        namespace: Quoted.Facts
        blocks:
          citation:
            fields:
              source: { type: reference, kind: source, required: true }
              locator: { type: text, required: true }
              quote: { type: text }
        kinds:
          source:
            cited: false
            fields:
              file: { type: text, required: true }
              sha256: { type: text }
          note:
            fields:
              text: { type: text }

        """;

    /// <summary>
    /// ¶1 the headline; ¶2 "M." and a closing » end nothing / everything as the README says; ¶3 an initial, a garbled
    /// stop ("février. 20.") and a stop without a space; ¶4 a stray ". " that joins the sentence before it.
    /// </summary>
    public const string Text = """
        Un journal d’essai

        M. Dupont est arrivé à Paris. Il a dit : « Nous partirons demain. » Puis il est reparti.
        Le président Joseph R. Biden a parlé de l’Ukraine. Les exercices se terminent le 1er février. 20. La suite.Sans espace.

        Il a parlé de l’Ukraine. . Encore.

        """;

    public const string TextName = "journal.txt";

    /// <summary>The text's SHA-256 as sha256sum prints it, computed here independently of the generator.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sources(string? pin = null) => $"""
        sources:
          - id: journal
            file: {TextName}
            sha256: {pin ?? Hash(Text)}

        """;

    /// <summary>A notes file with one note per citation: citation i (from 0) on line 5 + 4i, its locator at column 37.</summary>
    public static string Notes(params (string Locator, string? Quote)[] citations) =>
        "notes:\n" + string.Concat(citations.Select((c, i) =>
            $"  - id: note-{i}\n    text: Note {i}.\n    citations:\n      - {{ source: journal, locator: \"{c.Locator}\"{(c.Quote is null ? string.Empty : $", quote: \"{c.Quote}\"")} }}\n"));

    /// <summary>The YAML files of the fixture: the schema, the sources and the given notes.</summary>
    public static (string Path, string Text)[] Files(string notes, string? sources = null) =>
        [(SchemaPath, Schema), (SourcesPath, sources ?? Sources()), (NotesPath, notes)];
}
