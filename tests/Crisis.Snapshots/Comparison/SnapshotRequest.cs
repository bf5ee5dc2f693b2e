namespace Crisis.Snapshots;

/// <summary>
/// Everything a <c>Verify</c> call knows about its caller. <c>ParameterNames</c> gives the names of the test
/// method's first N parameters; it is asked only when UseParameters got values without names.
/// </summary>
internal sealed record SnapshotRequest(
    string SourceFile,
    string MethodName,
    IReadOnlyList<Target> Targets,
    SnapshotSettings Settings,
    Func<int, IReadOnlyList<string>> ParameterNames);
