namespace Crisis.Snapshots;

/// <summary>
/// A snapshot is new or differs from its verified file. A dedicated type so that test runners show the
/// whole message (paths, diff, how to accept) and callers can tell it from a bug in the test itself.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
