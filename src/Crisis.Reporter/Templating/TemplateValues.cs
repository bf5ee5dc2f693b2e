using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Crisis.Reporter.Text;
using Scriban.Runtime;

namespace Crisis.Reporter.Templating;

/// <summary>
/// A view-model type whose public properties templates read. The annotation makes the trimmer (and NativeAOT)
/// keep those properties on every implementing type, so <see cref="TemplateValues"/> can read them after
/// trimming: a property removed by the trimmer would otherwise render as an empty string, without any error.
/// </summary>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public interface ITemplateView;

/// <summary>
/// Turns a view model into what Scriban reads without reflection of its own: a <see cref="ScriptObject"/> per
/// view (members named as Scriban names them: <c>AsOf</c> → <c>as_of</c>) and a <see cref="ScriptArray"/> per
/// list. Every property is present, null or not, so a misspelt member is an error and a null one is falsy.
/// </summary>
public static class TemplateValues
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Members = new();

    /// <summary>The template-side value of a view-model value.</summary>
    public static object? From(object? value) => value switch
    {
        null => null,
        string or int or bool or decimal or MarkdownText => value,
        ITemplateView view => ObjectOf(view),
        IEnumerable list => ArrayOf(list),
        _ => throw new InvalidOperationException($"{value.GetType().Name} is not a template value: make it implement {nameof(ITemplateView)}."),
    };

    /// <summary>The template-side object of a view, with one member per public property.</summary>
    public static ScriptObject ObjectOf(ITemplateView view)
    {
        var result = new ScriptObject();
        foreach (var (property, name) in MembersOf(view.GetType()))
        {
            result[name] = From(property.GetValue(view));
        }

        return result;
    }

    /// <summary>
    /// A view type's readable properties with their template names, looked up once per type: a rendered tree holds
    /// hundreds of thousands of views of a few dozen types, and reflecting and renaming each one's properties again
    /// cost more than reading them.
    /// </summary>
    private static (PropertyInfo Property, string Name)[] MembersOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
    {
        if (!Members.TryGetValue(type, out var members))
        {
            members = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => (p, MemberName(p)))];
            Members[type] = members;
        }

        return members;
    }

    /// <summary>The name a template uses for a view-model property (Scriban's standard renamer: snake_case).</summary>
    public static string MemberName(MemberInfo member) => StandardMemberRenamer.Default(member);

    private static ScriptArray ArrayOf(IEnumerable list)
    {
        var result = new ScriptArray();
        foreach (var item in list)
        {
            result.Add(From(item));
        }

        return result;
    }
}
