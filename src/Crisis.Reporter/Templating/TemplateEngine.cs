using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Crisis.Reporter.Templating;

/// <summary>
/// Renders the templates of a <see cref="TemplateSet"/> with Scriban (<see cref="MarkdownTemplateContext"/>).
/// Each template is parsed once per engine; partials come in through <c>include 'name'</c>. Every error names
/// the template file, line and column, taken from Scriban's own spans.
/// </summary>
public sealed partial class TemplateEngine : ITemplateLoader
{
    private readonly TemplateSet set;
    private readonly Dictionary<string, Template> parsed = new(StringComparer.Ordinal);
    private readonly Stopwatch parseTime = new();

    // Contexts between two renders (NewContext); one engine may serve several threads (tests render in parallel): a
    // render takes one for itself and gives it back when it is done.
    private readonly ConcurrentBag<MarkdownTemplateContext> idle = [];

    /// <summary>Creates an engine over a template set; parses every partial (a broken partial is reported here).</summary>
    public TemplateEngine(TemplateSet set)
    {
        this.set = set;
        foreach (var partial in set.Partials)
        {
            Get(partial);
        }
    }

    /// <summary>The templates in use.</summary>
    public TemplateSet Templates => set;

    /// <summary>Time spent parsing templates so far (partials and briefings).</summary>
    public TimeSpan ParseTime => parseTime.Elapsed;

    /// <summary>Parses every briefing template (partials are parsed by the constructor).</summary>
    public void ParseAll()
    {
        foreach (var b in set.Briefings)
        {
            Get(b);
        }
    }

    /// <summary>Renders the briefing template <paramref name="name"/> with <paramref name="model"/>; LF line endings.</summary>
    public string Render(string name, ITemplateView model)
    {
        var file = set.Find(name) ?? throw new ReporterException(ExitCodes.Usage, $"no template for briefing '{name}'. Templates: {string.Join(", ", set.Briefings.Select(b => b.Name))}.");
        var template = Get(file);
        var context = idle.TryTake(out var reused) ? reused : NewContext();
        context.ResetPreviousNewLine();
        context.PushGlobal(TemplateValues.ObjectOf(model));
        string text;
        try
        {
            text = template.Render(context);
        }
        catch (ScriptParserRuntimeException ex)
        {
            // Partials are parsed (and checked) by the constructor: this is a template parsed while rendering.
            throw ParseError(file, ex.ParserMessages);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(ex.Span.FileName ?? file.Path, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex.OriginalMessage, ex);
        }

        // Only a render that succeeded gives its context back (one that failed may have left outputs and scopes pushed).
        // What the page's template assigned at its top level went into the model's object, popped here with it.
        context.PopGlobal();
        idle.Add(context);
        return text;
    }

    /// <summary>
    /// A context ready for a page but its model: Scriban's built-ins with ours, the functions, the parsed partials. Made
    /// once per engine and thread, not per page: at +10,000 events render --all writes some 350 pages, and building
    /// the built-ins again for each cost more than rendering many of them.
    /// </summary>
    private MarkdownTemplateContext NewContext()
    {
        var context = new MarkdownTemplateContext(this);
        lock (parsed)
        {
            // Partials are parsed once per engine, not once per render.
            foreach (var partial in set.Partials)
            {
                context.CachedTemplates[partial.Path] = parsed[partial.Path];
            }
        }

        context.PushGlobal(TemplateFunctions.Create());
        return context;
    }

    /// <summary>The first line of a template, if it is a <c>{{# model: NAME ~}}</c> comment: the model it binds to.</summary>
    public string? DeclaredModel(string name)
    {
        var file = set.Find(name);
        if (file is null)
        {
            return null;
        }

        var m = ModelComment().Match(file.Text);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <inheritdoc />
    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        set.FindPartial(templateName)?.Path
        ?? throw new ScriptRuntimeException(callerSpan, $"unknown partial '{templateName}'. Partials: {string.Join(", ", set.Partials.Select(p => p.Name))}");

    /// <inheritdoc />
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        set.Partials.Single(p => p.Path == templatePath).Text;

    /// <inheritdoc />
    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    private Template Get(TemplateFile file)
    {
        // One engine may serve several threads (tests render in parallel): parse under a lock, once.
        lock (parsed)
        {
            if (!parsed.TryGetValue(file.Path, out var template))
            {
                parseTime.Start();
                try
                {
                    RefuseHugeNumbers(file);
                    template = Template.Parse(file.Text, file.Path);
                }
                finally
                {
                    parseTime.Stop();
                }

                if (template.HasErrors)
                {
                    throw ParseError(file, template.Messages, template.Page);
                }

                parsed[file.Path] = template;
            }

            return template;
        }
    }

    private TemplateException ParseError(TemplateFile file, IEnumerable<LogMessage> messages, ScriptNode? page = null)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        var first = errors[0];
        var detail = first.Message;
        var path = first.Span.FileName ?? file.Path;
        // Scriban reports a block left open (no `end`) where the file ends; say where the block opened too.
        if (page is not null && UnclosedBlockAt(page, first.Span.End) is { } open)
        {
            detail += $" (the block opened at {open.Span.Start.Line + 1}:{open.Span.Start.Column + 1} is never closed with 'end')";
        }

        if (errors.Count > 1)
        {
            detail += $" ({errors.Count - 1} more error{(errors.Count > 2 ? "s" : "")} after it)";
        }

        if (first.Span.Start.Line < 0)
        {
            // Scriban gives an error at the end of the input (an unexpected `<eof>`) no position: it is where the text ends.
            var text = set.Briefings.Concat(set.Partials).FirstOrDefault(t => t.Path == path)?.Text ?? file.Text;
            var lastLine = text.Split('\n')[^1];
            return new TemplateException(path, text.Count(c => c == '\n') + 1, lastLine.Length + 1, detail);
        }

        return new TemplateException(path, first.Span.Start.Line + 1, first.Span.Start.Column + 1, detail);
    }

    /// <summary>
    /// Scriban turns a number literal into an exact integer before any limit applies: <c>3E3333333</c> alone had not finished after 30 s
    /// (found by fuzzing), while arithmetic at render is bounded by Scriban itself. Past what a double can hold, no
    /// briefing has a use for a number, so such a literal is a located error.
    /// </summary>
    private static void RefuseHugeNumbers(TemplateFile file)
    {
        foreach (var token in new Lexer(file.Text, file.Path))
        {
            if (token.Type is TokenType.Integer or TokenType.Float or TokenType.HexaInteger or TokenType.BinaryInteger &&
                token.GetText(file.Text) is var number && IsHuge(number, decimalExponent: token.Type is TokenType.Integer or TokenType.Float))
            {
                var shown = number.Length <= 20 ? number : number[..20] + "…";
                throw new TemplateException(file.Path, token.Start.Line + 1, token.Start.Column + 1,
                    $"the number {shown} is too large: a template's numbers have at most {MaxNumberDigits} digits and an exponent of at most {MaxNumberDigits - 1}");
            }
        }
    }

    private const int MaxNumberDigits = 309; // as many as a double's largest value has

    private static bool IsHuge(string number, bool decimalExponent)
    {
        var e = decimalExponent ? number.AsSpan().IndexOfAny('e', 'E') : -1;
        var mantissa = e < 0 ? number : number[..e];
        if (mantissa.Count(char.IsAsciiHexDigit) > MaxNumberDigits)
        {
            return true;
        }

        // The exponent's digits, without its sign, leading zeros and a type suffix (Scriban reads 3E3M, 1e9d, 2f).
        var exponent = e < 0 ? "" : number[(e + 1)..];
        var digits = string.Concat(exponent.TrimStart('+', '-').TakeWhile(char.IsAsciiDigit)).TrimStart('0');
        return !exponent.StartsWith('-') && (digits.Length > 3 || (digits.Length > 0 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) >= MaxNumberDigits));
    }

    /// <summary>The innermost block statement (<c>for</c>, <c>if</c>, <c>with</c>, …) that runs on to <paramref name="end"/>, the error's position.</summary>
    private static ScriptNode? UnclosedBlockAt(ScriptNode node, TextPosition end)
    {
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && UnclosedBlockAt(child, end) is { } inner)
            {
                return inner;
            }
        }

        var opensBlock = node is ScriptStatement && node.ChildrenCount > 0 && node.GetChildren(0) is ScriptKeyword;
        return opensBlock && node.Span.End == end ? node : null;
    }

    [GeneratedRegex(@"\A\{\{[~-]?\s*#\s*model:\s*([a-z-]+)\s*[~-]?\}\}")]
    private static partial Regex ModelComment();
}
