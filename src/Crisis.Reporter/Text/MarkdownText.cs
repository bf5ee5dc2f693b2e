namespace Crisis.Reporter.Text;

/// <summary>Markdown already made safe (footnote markers, Mermaid labels): templates write it without escaping.</summary>
public sealed record MarkdownText(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
