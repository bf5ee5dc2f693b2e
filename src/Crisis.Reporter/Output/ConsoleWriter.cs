using System.Text;

namespace Crisis.Reporter.Output;

/// <summary>
/// Standard output or standard error as the command line writes them. Their failures are the user's situation, not
/// a bug: standard output that cannot be written (a full disk, a closed or broken pipe) is an output error (exit code
/// 5) with one plain line; standard error that cannot be written is ignored, as there is nowhere left to report
/// anything and the exit code still says what happened.
/// </summary>
public sealed class ConsoleWriter : TextWriter
{
    private readonly TextWriter inner;
    private readonly string name;
    private readonly bool failuresAreErrors;
    private bool broken;

    private ConsoleWriter(Stream stream, string name, bool failuresAreErrors, bool autoFlush)
    {
        inner = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n", AutoFlush = autoFlush };
        this.name = name;
        this.failuresAreErrors = failuresAreErrors;
        NewLine = "\n";
    }

    /// <summary>Standard output (UTF-8, LF, buffered): a failure to write it is an output error.</summary>
    public static ConsoleWriter StandardOutput() => new(Streams.Value.Output, "standard output", failuresAreErrors: true, autoFlush: false);

    /// <summary>Standard error (UTF-8, LF, written at once): a failure to write it is ignored.</summary>
    public static ConsoleWriter StandardError() => new(Streams.Value.Error, "standard error", failuresAreErrors: false, autoFlush: true);

    /// <summary>
    /// Both streams, each checked to be open before either is opened: opening one duplicates its descriptor onto the
    /// lowest free number, which is the other's when that one is closed (<c>2&gt;&amp;-</c>, <c>&gt;&amp;-</c>); opened
    /// blindly, error messages went into the output, or the briefing onto stderr, and the native build aborted.
    /// </summary>
    private static readonly Lazy<(Stream Output, Stream Error)> Streams = new(() =>
    {
        var outputOpen = IsOpen(1);
        var errorOpen = IsOpen(2);
        return (outputOpen ? Console.OpenStandardOutput() : new ClosedStream(), errorOpen ? Console.OpenStandardError() : new ClosedStream());
    });

    private static bool IsOpen(int descriptor)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            _ = File.GetUnixFileMode(new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: false)); // fstat: fails only if closed
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>A standard stream that could not be opened: every write fails as a closed descriptor does.</summary>
    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Bad file descriptor");
    }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc />
    public override void Flush() => Guard(inner.Flush);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // What could not be written is dropped rather than retried on disposal, where nothing would report it.
        if (disposing && !broken)
        {
            Guard(inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        if (broken)
        {
            // One failure is reported once: later writes (the error message itself, the final flush) are dropped.
            return;
        }

        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            broken = true;
            if (failuresAreErrors)
            {
                throw new ReporterException(ExitCodes.Output, $"cannot write to {name}: {Reason(ex)}.", ex);
            }
        }
    }

    /// <summary>The operating system's words: a closed descriptor surfaces as "access denied" around "Bad file descriptor".</summary>
    private static string Reason(Exception ex)
    {
        var reason = (ex.InnerException is IOException inner ? inner : ex).Message.TrimEnd('.');
        return reason.Contains("Bad file descriptor", StringComparison.OrdinalIgnoreCase) ? $"it is closed ({reason})" : reason;
    }
}
