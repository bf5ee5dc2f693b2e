using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Crisis.Reporter.Templating;

/// <summary>
/// Scriban's built-ins that would make the same templates and facts give different bytes on another machine or day:
/// <c>date.now</c> (the clock) is a located error, since a briefing is as of its newest source, never the clock;
/// <c>date.parse</c> returns a time with no time zone, or in UTC when the text gives an offset, never the machine's local
/// time; <c>array.sort</c> orders text ordinally and mixed values by kind, where Scriban's used the machine's culture
/// (and threw on a list mixing text and numbers). Every other built-in already reads the context's invariant culture.
/// </summary>
internal static partial class DeterministicBuiltins
{
    /// <summary>Replaces the three built-ins in <paramref name="context"/>'s own copy of <c>date</c> and <c>array</c>.</summary>
    public static void Install(TemplateContext context)
    {
        // The built-in objects are shared between contexts: each context gets its own copy, changed there only. A copy of
        // the members, not Clone(): a clone re-creates the functions by reflection, which the native build does not keep.
        var date = Copy((ScriptObject)context.BuiltinObject["date"]!);
        date.SetValue("now", new Replaced((IScriptCustomFunction)date["now"]!, (_, caller, _) =>
            throw new ScriptRuntimeException(caller?.Span ?? default,
                "date.now is not available: a briefing is as of its newest source ({{ as_of }}), never the clock, so that the same facts and templates give the same bytes on any day")), readOnly: true);
        date.SetValue("parse", new DateParse(), readOnly: true);
        context.BuiltinObject.SetValue("date", date, readOnly: true);

        var array = Copy((ScriptObject)context.BuiltinObject["array"]!);
        array.SetValue("sort", new Replaced((IScriptCustomFunction)array["sort"]!, Sort), readOnly: true);
        context.BuiltinObject.SetValue("array", array, readOnly: true);
    }

    private static ScriptObject Copy(ScriptObject original)
    {
        var copy = new ScriptObject();
        foreach (var name in original.GetMembers())
        {
            copy.SetValue(name, original[name], readOnly: true);
        }

        return copy;
    }

    /// <summary>
    /// <c>date.parse TEXT [PATTERN]</c>, read here in the invariant culture: with an offset or Z, as that instant in UTC;
    /// otherwise as written, with no time zone. Scriban's own gave the machine's local time, and failed in the native build
    /// (its signature is read by reflection). A pattern uses Scriban's % codes for numbers and month names.
    /// </summary>
    private sealed class DateParse : IScriptCustomFunction
    {
        private static readonly Dictionary<char, string> Codes = new()
        {
            ['Y'] = "yyyy",
            ['y'] = "yy",
            ['m'] = "MM",
            ['d'] = "dd",
            ['e'] = "%d",
            ['H'] = "HH",
            ['M'] = "mm",
            ['S'] = "ss",
            ['b'] = "MMM",
            ['h'] = "MMM",
            ['B'] = "MMMM",
            ['F'] = "yyyy-MM-dd",
            ['T'] = "HH:mm:ss",
            ['R'] = "HH:mm",
            ['Z'] = "zzz",
            ['%'] = "%",
        };

        public int RequiredParameterCount => 1;

        public int ParameterCount => 2;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), index == 0 ? "text" : "pattern");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var text = arguments.Count > 0 ? arguments[0]?.ToString() : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var format = arguments.Count > 1 && arguments[1] is { } pattern ? Format(pattern.ToString()!, callerContext) : null;
            var hasOffset = Offset().IsMatch(text) || text.TrimEnd().EndsWith('Z') || text.TrimEnd().EndsWith('z');
            if (hasOffset)
            {
                var parsed = format is null
                    ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                    : DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
                return parsed ? instant.UtcDateTime : null;
            }

            var ok = format is null
                ? DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                : DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
            return ok ? DateTime.SpecifyKind(time, DateTimeKind.Unspecified) : null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        private static string Format(string pattern, ScriptNode? caller)
        {
            var format = new System.Text.StringBuilder();
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] != '%')
                {
                    format.Append(pattern[i] is '\\' or '\'' or '"' or 'y' or 'M' or 'd' or 'H' or 'h' or 'm' or 's' or 'f' or 'F' or 't' or 'z' or 'g' or 'K' or ':' or '/' ? "\\" + pattern[i] : pattern[i].ToString());
                    continue;
                }

                if (i + 1 >= pattern.Length || !Codes.TryGetValue(pattern[++i], out var code))
                {
                    throw new ScriptRuntimeException(caller?.Span ?? default, $"date.parse: the pattern code %{(i < pattern.Length ? pattern[i] : ' ')} is not supported here; use %Y %y %m %d %e %H %M %S %b %B %F %T %R %Z");
                }

                format.Append(code);
            }

            return format.ToString();
        }
    }

    [GeneratedRegex(@"\+\d|-\d\d:\d\d\s*$")]
    private static partial Regex Offset();

    private static object? Sort(TemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        var input = arguments.Count > 0 ? arguments[0] : null;
        var member = arguments.Count > 1 ? arguments[1]?.ToString() : null;
        if (input is null)
        {
            return new ScriptArray();
        }

        if (input is string || input is not IEnumerable items)
        {
            return new ScriptArray { input };
        }

        var span = caller?.Span ?? default;
        object? Key(object? item)
        {
            if (string.IsNullOrEmpty(member) || item is null)
            {
                return item;
            }

            var accessor = context.GetMemberAccessor(item);
            return accessor.TryGetValue(context, span, item, member, out var value) ? value : null;
        }

        // A stable sort (OrderBy), so equal keys keep their order on every machine.
        return new ScriptArray(items.Cast<object?>().OrderBy(Key, OrdinalComparer.Instance));
    }

    /// <summary>Null first; numbers by value; text ordinally; other values by kind, then their invariant text.</summary>
    private sealed class OrdinalComparer : IComparer<object?>
    {
        public static readonly OrdinalComparer Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            }

            var (kindX, kindY) = (Kind(x), Kind(y));
            if (kindX != kindY)
            {
                return kindX.CompareTo(kindY);
            }

            return kindX switch
            {
                0 when x is double or float || y is double or float =>
                    Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture)),
                0 => Convert.ToDecimal(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(y, CultureInfo.InvariantCulture)),
                1 => ((bool)x).CompareTo((bool)y),
                2 => ((DateTime)x).CompareTo((DateTime)y),
                _ => string.CompareOrdinal(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture)),
            };
        }

        private static int Kind(object value) => value switch
        {
            int or long or short or sbyte or byte or uint or ulong or ushort or decimal or double or float => 0,
            bool => 1,
            DateTime => 2,
            _ => 3,
        };
    }

    /// <summary>A built-in with its signature kept and its behaviour replaced.</summary>
    private sealed class Replaced(IScriptCustomFunction original, Func<TemplateContext, ScriptNode?, ScriptArray, object?> invoke) : IScriptCustomFunction
    {
        public int RequiredParameterCount => original.RequiredParameterCount;

        public int ParameterCount => original.ParameterCount;

        public ScriptVarParamKind VarParamKind => original.VarParamKind;

        public Type ReturnType => original.ReturnType;

        public ScriptParameterInfo GetParameterInfo(int index) => original.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            invoke(context, callerContext, arguments);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(invoke(context, callerContext, arguments));
    }
}
