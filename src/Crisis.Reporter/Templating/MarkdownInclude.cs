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
        new Text.MarkdownText(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Text.MarkdownText((await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false))?.ToString() ?? "");
}
