using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Crisis.Reporter.Text;
using HandlebarsDotNet;

namespace Crisis.Reporter.Templating;

/// <summary>
/// Handlebars configured for Markdown: the <see cref="MarkdownEncoder"/> instead of HTML escaping, invariant
/// culture, strict binding (a misspelt name is an error), LF output. Each template is compiled once per
/// engine; every error names the template file and, where it can be found, the line and column.
/// </summary>
public sealed partial class TemplateEngine
{
    private readonly IHandlebars hb;
    private readonly TemplateSet set;
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> compiled = new(StringComparer.Ordinal);
    private readonly Stopwatch compileTime = new();

    /// <summary>Creates an engine over a template set; compiles and registers every partial.</summary>
    public TemplateEngine(TemplateSet set)
    {
        this.set = set;
        var config = new HandlebarsConfiguration
        {
            TextEncoder = new MarkdownEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
            ThrowOnUnresolvedBindingExpression = true,
            PartialRecursionDepthLimit = 20,
        };
        hb = Handlebars.Create(config);
        Helpers.Register(hb);
        foreach (var p in set.Partials)
        {
            var template = CompileFile(p);
            hb.RegisterTemplate(p.Name, template);
        }
    }

    /// <summary>The templates in use.</summary>
    public TemplateSet Templates => set;

    /// <summary>Time spent compiling templates so far (partials and briefings).</summary>
    public TimeSpan CompileTime => compileTime.Elapsed;

    /// <summary>Compiles every briefing template (partials are compiled by the constructor).</summary>
    public void CompileAll()
    {
        foreach (var b in set.Briefings)
        {
            Get(b);
        }
    }

    /// <summary>Renders the briefing template <paramref name="name"/> with <paramref name="model"/>; LF line endings.</summary>
    public string Render(string name, object model)
    {
        var file = set.Find(name) ?? throw new ReporterException(ExitCodes.Usage, $"no template for briefing '{name}'. Templates: {string.Join(", ", set.Briefings.Select(b => b.Name))}.");
        var template = Get(file);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            template(writer, model, null!);
        }
        catch (Exception ex) when (ex is not ReporterException)
        {
            // The model is complete before rendering starts: what fails here is the template's doing.
            throw Locate(file, ex);
        }

        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The first line of a template, if it is a <c>{{!-- model: NAME --}}</c> comment: the model it binds to.</summary>
    public string? DeclaredModel(string name)
    {
        var file = set.Find(name);
        if (file is null)
        {
            return null;
        }

        var text = Text(file);
        var m = ModelComment().Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    private HandlebarsTemplate<TextWriter, object, object> Get(TemplateFile file)
    {
        // One engine may serve several threads (tests render in parallel): compile under a lock, once.
        lock (compiled)
        {
            if (!compiled.TryGetValue(file.Path, out var t))
            {
                t = CompileFile(file);
                compiled[file.Path] = t;
            }

            return t;
        }
    }

    private string Text(TemplateFile file)
    {
        lock (texts)
        {
            if (!texts.TryGetValue(file.Path, out var text))
            {
                text = file.ReadText();
                texts[file.Path] = text;
            }

            return text;
        }
    }

    private HandlebarsTemplate<TextWriter, object, object> CompileFile(TemplateFile file)
    {
        var text = Text(file);
        CheckBlocks(file.Path, text);
        compileTime.Start();
        try
        {
            using var reader = new StringReader(text);
            return hb.Compile(reader);
        }
        catch (Exception ex) when (ex is not ReporterException)
        {
            // Handlebars.Net reports some template mistakes as InvalidOperationException and the like.
            var (line, col) = PositionFromMessage(ex.Message);
            throw new TemplateException(file.Path, line, col, CleanMessage(ex.Message), ex);
        }
        finally
        {
            compileTime.Stop();
        }
    }

    /// <summary>Turns a render-time error into one naming the template file and the expression's position.</summary>
    private TemplateException Locate(TemplateFile main, Exception ex)
    {
        // Errors inside a partial arrive wrapped ("Runtime error while rendering partial 'x'"): unwrap them,
        // remembering which partials were being rendered, innermost first.
        var partialsInvolved = new List<TemplateFile>();
        var innermost = ex;
        for (var e = ex; e is not null; e = e.InnerException)
        {
            var rendering = RenderingPartial().Match(e.Message);
            if (rendering.Success && set.Partials.FirstOrDefault(p => p.Name == rendering.Groups[1].Value) is { } pf)
            {
                partialsInvolved.Insert(0, pf);
            }

            innermost = e;
        }

        var message = CleanMessage(innermost.Message);
        string? needle = null;
        var undefined = UndefinedName().Match(message);
        if (undefined.Success)
        {
            needle = undefined.Groups[1].Value;
        }

        var helper = Helpers.Names.FirstOrDefault(h => message.StartsWith(h + " ", StringComparison.Ordinal));
        if (helper is not null)
        {
            needle = helper;
        }

        var partial = MissingPartial().Match(message);
        if (partial.Success)
        {
            needle = partial.Groups[1].Value;
            message = $"unknown partial '{needle}'. Partials: {string.Join(", ", set.Partials.Select(p => p.Name))}";
        }

        var candidates = partialsInvolved.Concat([main]).Concat(set.Partials).Distinct().ToList();
        if (needle is not null)
        {
            foreach (var file in candidates)
            {
                if (FindExpression(Text(file), needle) is { } pos)
                {
                    return new TemplateException(file.Path, pos.Line, pos.Column, message, ex);
                }
            }
        }

        var (line, col) = PositionFromMessage(innermost.Message);
        return new TemplateException(candidates[0].Path, line, col, message, ex);
    }

    /// <summary>The 1-based position of the first <c>{{…}}</c> expression that uses <paramref name="name"/>.</summary>
    public static (int Line, int Column)? FindExpression(string text, string name)
    {
        foreach (Match m in Mustache().Matches(text))
        {
            var inner = m.Groups[1].Value;
            if (inner.StartsWith('!'))
            {
                continue;
            }

            foreach (Match token in Token().Matches(inner))
            {
                var path = token.Value;
                if (string.Equals(path, name, StringComparison.OrdinalIgnoreCase)
                    || path.Split('.', '/').Any(seg => string.Equals(seg, name, StringComparison.OrdinalIgnoreCase)))
                {
                    return PositionOf(text, m.Index);
                }
            }
        }

        return null;
    }

    /// <summary>Checks that block helpers open and close in pairs, and reports where they do not.</summary>
    public static void CheckBlocks(string file, string text)
    {
        // An expression opened with {{ must close with }} before the next {{ opens.
        for (var i = text.IndexOf("{{", StringComparison.Ordinal); i >= 0; i = text.IndexOf("{{", i, StringComparison.Ordinal))
        {
            var start = i;
            while (i < text.Length && text[i] == '{')
            {
                i++;
            }

            var close = text.IndexOf("}}", i, StringComparison.Ordinal);
            var next = text.IndexOf("{{", i, StringComparison.Ordinal);
            var isComment = i < text.Length && text[i] == '!';
            if (close < 0 || (next >= 0 && next < close && !isComment))
            {
                var (line, col) = PositionOf(text, start);
                throw new TemplateException(file, line, col, "'{{' is not closed with '}}'");
            }

            i = close + 2;
        }

        var stack = new Stack<(string Name, int Index)>();
        foreach (Match m in Mustache().Matches(text))
        {
            var inner = m.Groups[1].Value.Trim('~', ' ');
            if (inner.StartsWith('!'))
            {
                continue;
            }

            if (inner.StartsWith('#') || (inner.StartsWith('^') && inner.Length > 1))
            {
                var name = BlockName(inner[1..]);
                if (name.Length > 0 && !inner.StartsWith("#>", StringComparison.Ordinal) && !inner.StartsWith("#*", StringComparison.Ordinal))
                {
                    if (name is "each" or "if" or "unless" or "with" && inner[1..].Trim() == name)
                    {
                        var (line, col) = PositionOf(text, m.Index);
                        throw new TemplateException(file, line, col, $"'{{{{#{name}}}}}' needs a value, for example '{{{{#{name} items}}}}'");
                    }

                    stack.Push((name, m.Index));
                }
            }
            else if (inner.StartsWith('/'))
            {
                var name = BlockName(inner[1..]);
                var (line, col) = PositionOf(text, m.Index);
                if (stack.Count == 0)
                {
                    throw new TemplateException(file, line, col, $"'{{{{/{name}}}}}' closes a block that was never opened");
                }

                var open = stack.Pop();
                if (!string.Equals(open.Name, name, StringComparison.Ordinal))
                {
                    var (ol, oc) = PositionOf(text, open.Index);
                    throw new TemplateException(file, line, col, $"'{{{{/{name}}}}}' does not close '{{{{#{open.Name}}}}}' opened at {ol}:{oc}");
                }
            }
        }

        if (stack.Count > 0)
        {
            var open = stack.Pop();
            var (line, col) = PositionOf(text, open.Index);
            throw new TemplateException(file, line, col, $"'{{{{#{open.Name}}}}}' is never closed");
        }
    }

    private static string BlockName(string s)
    {
        var name = s.TrimStart('>', '*').Trim();
        var end = name.IndexOfAny([' ', '}', '~', '\n', '\t']);
        return end < 0 ? name : name[..end];
    }

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (int? Line, int? Column) PositionFromMessage(string message)
    {
        var m = OccuredAt().Match(message);
        if (!m.Success)
        {
            return (null, null);
        }

        // Handlebars.Net reports a 0-based line and a 0-based column.
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 1);
    }

    private static string CleanMessage(string message)
    {
        var s = OccuredAt().Replace(message, "").Trim();
        var cut = s.IndexOf(" If you registered", StringComparison.Ordinal);
        return cut > 0 ? s[..cut] : s;
    }

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex OccuredAt();

    [GeneratedRegex(@"^(\S+) is undefined")]
    private static partial Regex UndefinedName();

    [GeneratedRegex(@"rendering partial '([^']+)'")]
    private static partial Regex RenderingPartial();

    [GeneratedRegex(@"partial name '([^']+)' could not be resolved")]
    private static partial Regex MissingPartial();

    [GeneratedRegex(@"\{\{\{?([^{}]*)\}?\}\}")]
    private static partial Regex Mustache();

    [GeneratedRegex(@"[@A-Za-z_.][A-Za-z0-9_./@-]*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\A\{\{!--\s*model:\s*([a-z-]+)\s*--\}\}")]
    private static partial Regex ModelComment();
}
