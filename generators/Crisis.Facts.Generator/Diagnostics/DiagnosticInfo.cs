using System.Linq;
using Crisis.Facts.Generator.Common;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Diagnostics;

/// <summary>A diagnostic as plain data (Roslyn's Diagnostic has no useful equality), turned into one when reported.</summary>
internal sealed record DiagnosticInfo(
    string Id,
    string Path,
    TextLocation Location,
    EquatableArray<string> Arguments,
    string? OtherPath = null,
    TextLocation OtherLocation = default)
{
    /// <summary>Longest argument shown in a message: a 2-million-character value is quoted by its start.</summary>
    public const int MaxArgumentLength = 300;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string path, TextLocation location, params string[] arguments) =>
        new(descriptor.Id, path, location, arguments.Select(Shorten).ToEquatableArray());

    private static string Shorten(string argument) =>
        argument.Length <= MaxArgumentLength ? argument : argument.Substring(0, MaxArgumentLength) + "…";

    public DiagnosticInfo WithOther(string otherPath, TextLocation otherLocation) =>
        this with { OtherPath = otherPath, OtherLocation = otherLocation };

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id)!;
        var additional = OtherPath is null ? null : new[] { OtherLocation.ToLocation(OtherPath) };
        return Diagnostic.Create(descriptor, Location.ToLocation(Path), additional, Arguments.Cast<object>().ToArray());
    }
}
