using System.Text;

namespace Crisis.Snapshots;

/// <summary>What a failing snapshot tells the reader: which files, what changed.</summary>
internal static class FailureMessages
{
    private const int PreviewLines = 20;

    public static string New(SnapshotFile file)
    {
        // The empty piece after a final newline is not a line of its own.
        var lines = file.Text.EndsWith('\n') ? file.Text[..^1].Split('\n') : file.Text.Split('\n');
        var preview = string.Join('\n', lines.Take(PreviewLines).Select(line => "  " + line));
        var more = lines.Length > PreviewLines ? $"\n  ... ({lines.Length - PreviewLines} more lines)" : "";
        // accept-snapshots.sh can only guess the name of a new artifact that is not a *.verified.* file.
        var howToName = file.VerifiedPath.Contains(".verified.", StringComparison.Ordinal)
            ? ""
            : $"This is a committed artifact: accept it with SNAPSHOT_ACCEPT=1 or by moving the received file to {file.VerifiedPath}.\n";
        return $"New snapshot: {file.VerifiedPath} does not exist yet.\n" +
               $"Received (written): {file.ReceivedPath}\n" +
               howToName +
               $"Content:\n{preview}{more}";
    }

    public static string Mismatch(SnapshotFile file, byte[] verifiedBytes)
    {
        var message = new StringBuilder()
            .Append("Snapshot mismatch.\n")
            .Append("Verified: ").Append(file.VerifiedPath).Append('\n')
            .Append("Received (written): ").Append(file.ReceivedPath).Append('\n');

        if (verifiedBytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            message.Append("The verified file starts with a UTF-8 byte order mark; snapshots are UTF-8 without BOM.\n");
        }

        var verifiedText = Encoding.UTF8.GetString(verifiedBytes);
        return message.Append("Diff (- verified, + received):\n")
            .Append(LineDiff.Format(verifiedText, file.Text))
            .ToString().TrimEnd('\n');
    }
}
