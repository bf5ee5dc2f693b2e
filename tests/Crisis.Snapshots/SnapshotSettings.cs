namespace Crisis.Snapshots;

/// <summary>What a test chose through <see cref="SettingsTask"/>; read once when the snapshot is checked.</summary>
internal sealed class SnapshotSettings
{
    /// <summary>Values given to <c>UseParameters</c>; their names come from the test method.</summary>
    public IReadOnlyList<object?>? ParameterValues { get; set; }

    /// <summary>Names given together with the values, when the test method cannot be found by reflection.</summary>
    public IReadOnlyList<string>? ParameterNames { get; set; }

    /// <summary>Text used verbatim instead of <c>name=value</c> pairs.</summary>
    public string? ParametersText { get; set; }

    public string? MethodName { get; set; }

    public string? FileName { get; set; }

    public string? Directory { get; set; }

    public List<Func<string, string>> Scrubbers { get; } = [];
}
