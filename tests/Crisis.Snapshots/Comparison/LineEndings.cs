namespace Crisis.Snapshots;

/// <summary>Snapshots are LF only: a CR anywhere means a platform difference that would make them flaky.</summary>
internal static class LineEndings
{
    public static void RejectCarriageReturnInOutput(string text, string what)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"{what} contains a carriage return (\\r). Our output must use LF line endings only: " +
                "produce '\\n' (not Environment.NewLine) in the code under test.");
        }
    }

    public static void RejectCarriageReturnInVerified(ReadOnlySpan<byte> verified, string path)
    {
        if (verified.Contains((byte)'\r'))
        {
            throw new InvalidDataException(
                $"{path} contains a carriage return (\\r): verified files must be LF only. Git probably converted it: " +
                "make sure .gitattributes has '*.verified.* text eol=lf' (and 'text eol=lf' for other compared artifacts), " +
                "then run 'git add --renormalize .' and check the file out again.");
        }
    }
}
