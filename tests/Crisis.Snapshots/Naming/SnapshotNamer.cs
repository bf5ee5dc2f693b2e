namespace Crisis.Snapshots;

/// <summary>Where a snapshot lives and what it is called, following Verify's naming.</summary>
internal static class SnapshotNamer
{
    /// <summary>
    /// <c>{Class}</c> is the source file's name without <c>.cs</c>. Verify uses the test type's name; our tests
    /// keep one class per file named after it, so both agree.
    /// </summary>
    public static string ClassName(string sourceFile) => Path.GetFileNameWithoutExtension(sourceFile);

    public static string Directory(string sourceFile, SnapshotSettings settings)
    {
        var sourceDirectory = Path.GetDirectoryName(sourceFile) ?? "";
        return settings.Directory is null ? sourceDirectory : Path.GetFullPath(Path.Combine(sourceDirectory, settings.Directory));
    }

    /// <summary>
    /// <c>{Class}.{Method}_{name=value}...</c>, or the name given to UseFileName. <paramref name="parameterNames"/>
    /// is asked only when values were given without names.
    /// </summary>
    public static string Prefix(string sourceFile, string methodName, SnapshotSettings settings, Func<int, IReadOnlyList<string>> parameterNames)
    {
        if (settings.FileName is not null)
        {
            if (settings.MethodName is not null || settings.ParameterValues is not null || settings.ParametersText is not null)
            {
                throw new InvalidOperationException(
                    "UseFileName replaces the whole {Class}.{Method}_{parameters} part: do not combine it with UseMethodName or UseParameters.");
            }

            return FileNameSanitizer.Sanitize(settings.FileName);
        }

        var typeAndMethod = $"{ClassName(sourceFile)}.{settings.MethodName ?? methodName}";
        return FileNameSanitizer.Sanitize(typeAndMethod + ParameterSuffix(settings, parameterNames));
    }

    public static string VerifiedPath(string directory, string prefix, Target target) =>
        Path.Combine(directory, FileName(prefix, target, "verified"));

    public static string ReceivedPath(string directory, string prefix, Target target) =>
        Path.Combine(directory, FileName(prefix, target, "received"));

    /// <summary>
    /// The received file of a committed artifact: <c>facts.schema.json</c> gives <c>facts.schema.received.json</c>,
    /// <c>x.verified.txt</c> gives <c>x.received.txt</c>.
    /// </summary>
    public static string ReceivedPathOfArtifact(string verifiedPath)
    {
        var directory = Path.GetDirectoryName(verifiedPath) ?? "";
        var name = Path.GetFileName(verifiedPath);
        var verifiedMarker = name.LastIndexOf(".verified.", StringComparison.Ordinal);
        var receivedName = verifiedMarker >= 0
            ? string.Concat(name.AsSpan(0, verifiedMarker), ".received.", name.AsSpan(verifiedMarker + ".verified.".Length))
            : Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name);
        return Path.Combine(directory, receivedName);
    }

    private static string ParameterSuffix(SnapshotSettings settings, Func<int, IReadOnlyList<string>> parameterNames)
    {
        if (settings.ParametersText is not null)
        {
            return "_" + settings.ParametersText;
        }

        if (settings.ParameterValues is not { } values)
        {
            return "";
        }

        return ParameterText.Suffix(settings.ParameterNames ?? parameterNames(values.Count), values);
    }

    private static string FileName(string prefix, Target target, string kind)
    {
        var name = target.Name is null ? prefix : $"{prefix}#{FileNameSanitizer.Sanitize(target.Name)}";
        return $"{name}.{kind}.{FileNameSanitizer.Sanitize(target.Extension)}";
    }
}
