namespace Crisis.Facts.Generator;

/// <summary>Names of the pipeline steps, used by <c>WithTrackingName</c> and by the caching tests.</summary>
public static class TrackingNames
{
    public const string ParseYaml = nameof(ParseYaml);
    public const string Schema = nameof(Schema);
    public const string BindFacts = nameof(BindFacts);
    public const string Catalog = nameof(Catalog);
    public const string EmitTypes = nameof(EmitTypes);
    public const string EmitFacts = nameof(EmitFacts);
    public const string ReadSourceText = nameof(ReadSourceText);
    public const string ReadCitations = nameof(ReadCitations);
    public const string PinSourceTexts = nameof(PinSourceTexts);
    public const string CheckQuotes = nameof(CheckQuotes);
    public const string UnreadFiles = nameof(UnreadFiles);
}
