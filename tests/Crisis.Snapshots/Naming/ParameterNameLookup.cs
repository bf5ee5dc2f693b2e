using System.Reflection;

namespace Crisis.Snapshots;

/// <summary>
/// Finds the parameter names of the calling test method by reflection: the method named
/// <c>{Method}</c> on the class named after the test source file (nested classes included).
/// Chosen over xunit's TestContext because this library must not depend on an xunit package that
/// Directory.Packages.props does not list; it also works with any test framework.
/// </summary>
internal static class ParameterNameLookup
{
    private const BindingFlags AnyMethod =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Find(Assembly assembly, string className, string methodName, int valueCount)
    {
        var candidates = LoadableTypes(assembly)
            .Where(type => string.Equals(WithoutArity(Outermost(type).Name), className, StringComparison.Ordinal))
            .SelectMany(type => type.GetMethods(AnyMethod))
            .Where(method => string.Equals(method.Name, methodName, StringComparison.Ordinal))
            .Select(method => method.GetParameters().Select(p => p.Name ?? "").ToArray())
            .Where(names => names.Length >= valueCount)
            .DistinctBy(names => string.Join(',', names.Take(valueCount)), StringComparer.Ordinal)
            .ToList();

        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new InvalidOperationException(
                $"UseParameters: no method '{methodName}' with at least {valueCount} parameters was found on a class " +
                $"named '{className}' (the test file's name) in {assembly.GetName().Name}. Keep one test class per file " +
                "named after it, or name the values: UseParameters((\"name\", value), ...)."),
            _ => throw new InvalidOperationException(
                $"UseParameters: several methods '{className}.{methodName}' have different parameter names. " +
                "Name the values: UseParameters((\"name\", value), ...)."),
        };
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string WithoutArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
