using System.Globalization;
using Crisis.Reporter.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Crisis.Reporter.Templating;

/// <summary>
/// A Scriban context configured for Markdown written by users: unknown variables and members are errors,
/// loops, recursion and output are bounded, invariant culture, no clock and ordinal sorting (<see cref="DeterministicBuiltins"/>),
/// LF line endings, and every value written by
/// <c>{{ value }}</c> is escaped in one place (<see cref="MarkdownEncoder"/>), except <see cref="MarkdownText"/>.
/// </summary>
public sealed class MarkdownTemplateContext : TemplateContext
{
    /// <summary>Most iterations of one loop: far above any briefing's lists, low enough to stop a runaway loop at once.</summary>
    public const int MaxLoopIterations = 100_000;

    /// <summary>Deepest nesting of includes and function calls (the shipped templates use 2).</summary>
    public const int MaxRecursion = 50;

    /// <summary>Most characters a template may write (the largest shipped briefing is about 0.2 Mi).</summary>
    public const int MaxOutputCharacters = 16 * 1024 * 1024;

    /// <summary>Creates a context that loads partials through <paramref name="loader"/>.</summary>
    public MarkdownTemplateContext(ITemplateLoader loader)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = MaxRecursion;
        OutputLimit = MaxOutputCharacters;
        // Scriban's default is to truncate silently (output, and any value over LimitToString): an error instead.
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        NewLine = "\n";
        TemplateLoader = loader;
        PushCulture(CultureInfo.InvariantCulture);
        var include = new MarkdownInclude((IScriptCustomFunction)BuiltinObject["include"]!);
        BuiltinObject.SetValue("include", include, readOnly: true);
        DeterministicBuiltins.Install(this);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        MarkdownText markdown => Write(markdown.Text),
        _ => Write(MarkdownEncoder.Escape(ObjectToString(textAsObject))),
    };
}
