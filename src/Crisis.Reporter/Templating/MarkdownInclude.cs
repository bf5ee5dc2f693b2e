using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Crisis.Reporter.Templating;

/// <summary>
/// Scriban's <c>include</c>, whose output (a partial, already Markdown) is written as is: without this,
/// the context would escape a partial's output like any other value.
/// </summary>
internal sealed class MarkdownInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(Text.MarkdownText);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        WritesInPlace(context, callerContext, arguments)
            ? IncludeInPlace(context, callerContext!, arguments)
            : new Text.MarkdownText(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Text.MarkdownText((await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false))?.ToString() ?? "");

    /// <summary>
    /// True for an include that is a statement of its own (<c>{{ include 'fact-line' item }}</c>, as every shipped template
    /// writes it), where no indent is added to the lines it writes (Scriban's auto-indent, for a code block that opens
    /// after spaces alone) and without named arguments: its text would be written where it stands anyway, so the
    /// partial can write straight into the page. An include whose value is used (assigned, piped,
    /// compared) goes through Scriban's own, which renders the partial into a string first.
    /// </summary>
    private static bool WritesInPlace(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments) =>
        callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
        && context.EnableOutput && string.IsNullOrEmpty(context.CurrentIndent) && arguments.Count > 0
        && !call.Arguments.Any(a => a is ScriptNamedArgument);

    /// <summary>
    /// Scriban's include (find the partial, guard the depth, a local scope whose <c>$1</c>… are the arguments, evaluate the
    /// partial), writing into the page's output instead of a string of its own: a page at +10,000 events includes a partial
    /// for each of thousands of items, and a buffer, a string and a copy per item cost a tenth of rendering them.
    /// Returns nothing to write: the partial has written its text.
    /// </summary>
    private static object? IncludeInPlace(TemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        if (path is null)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, caller);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null; // as Scriban's include: the partial's own lines are not indented by the caller's block
        context.EnterRecursive(caller);
        context.PushLocal();
        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }

        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (template.Page is { } page && context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }

            return null;
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }

            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
        }
    }
}
