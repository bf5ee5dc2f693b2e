namespace Crisis.Snapshots;

/// <summary>One text to check: the committed file it must equal and where to put it when it does not.</summary>
internal sealed record SnapshotFile(string VerifiedPath, string ReceivedPath, string Text);
