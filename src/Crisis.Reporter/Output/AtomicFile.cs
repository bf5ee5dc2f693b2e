using System.Runtime.InteropServices;
using System.Text;

namespace Crisis.Reporter.Output;

/// <summary>
/// Writes an output file all at once: a temporary file beside it, then a rename over it, so that a failure leaves the
/// previous file whole. An existing file keeps its permissions, a read-only one is refused (left untouched), a
/// symbolic link is followed to the file it names, and a device or pipe (<c>/dev/null</c>) is written through. SIGINT or
/// SIGTERM while a temporary file exists removes it before the process ends.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Temporary files being written: removed if the process is stopped by SIGINT or SIGTERM meanwhile.</summary>
    private static readonly HashSet<string> InFlight = new(StringComparer.Ordinal);

    /// <summary>
    /// Kept alive for the life of the process. The handler does not cancel the signal: after the temporary files are
    /// removed the process ends as it would have (exit 130 for SIGINT, 143 for SIGTERM).
    /// </summary>
    private static readonly PosixSignalRegistration[] Registrations = OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()
        ? []
        : [PosixSignalRegistration.Create(PosixSignal.SIGINT, RemoveInFlight), PosixSignalRegistration.Create(PosixSignal.SIGTERM, RemoveInFlight)];

    private static void RemoveInFlight(PosixSignalContext context)
    {
        lock (InFlight)
        {
            foreach (var temp in InFlight)
            {
                TryDelete(temp);
            }

            InFlight.Clear();
        }
    }

    /// <summary>
    /// For the signal tests only: how long to hold the temporary file before renaming it (CRISIS_BRIEF_HOLD_TEMP_MS), so
    /// that a signal can arrive while it exists.
    /// </summary>
    private static readonly int HoldTemp = int.TryParse(Environment.GetEnvironmentVariable("CRISIS_BRIEF_HOLD_TEMP_MS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) ? ms : 0;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically (UTF-8, no BOM).</summary>
    public static void Write(string path, string text)
    {
        string? temp = null;
        try
        {
            if (!FileKind.IsRegularOrMissing(path))
            {
                // A device or a pipe (/dev/null, /dev/stdout): nothing to replace, and renaming over it would destroy it.
                using var device = new FileStream(path, FileMode.Open, FileAccess.Write);
                device.Write(Utf8.GetBytes(text));
                return;
            }

            var target = Target(Path.GetFullPath(path));
            if (Directory.Exists(target))
            {
                throw new ReporterException(ExitCodes.Output, $"cannot write {path}: it is a folder; give a file name.");
            }

            UnixFileMode? mode = null;
            if (File.Exists(target))
            {
                // A read-only file (by its permissions, for this user) is refused even where the folder would allow the
                // rename, as rm asks before removing one: the user marked it so, or it is someone else's.
                if (File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly))
                {
                    throw new ReporterException(ExitCodes.Output, $"cannot write {path}: the file is read-only, so it is left as it is. Make it writable or choose another file.");
                }

                mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
            }

            temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            GC.KeepAlive(Registrations);
            lock (InFlight)
            {
                InFlight.Add(temp);
            }

            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (mode is { } createMode && !OperatingSystem.IsWindows())
            {
                // The replacement is created with the existing file's permissions (a private file never readable by others,
                // not even while it is written), then set exactly, as the umask may have narrowed them.
                options.UnixCreateMode = createMode;
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(Utf8.GetBytes(text));
            }

            if (mode is { } exact && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, exact);
            }

            if (HoldTemp > 0)
            {
                Thread.Sleep(HoldTemp);
            }

            lock (InFlight)
            {
                // Under the lock, so that a signal either removes the temporary file or finds it renamed, never half way.
                File.Move(temp, target, overwrite: true);
                InFlight.Remove(temp);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = ex.Message;
            if (temp is not null)
            {
                lock (InFlight)
                {
                    InFlight.Remove(temp);
                }

                TryDelete(temp);
                reason = reason.Replace(temp, Path.GetFullPath(path), StringComparison.Ordinal); // the user never named the temporary file
            }

            throw new ReporterException(ExitCodes.Output, $"cannot write {path}: {reason}", ex);
        }
    }

    /// <summary>The file a path names: a symbolic link's final target (replacing the link would cut it), or the path itself.</summary>
    private static string Target(string full)
    {
        var file = new FileInfo(full);
        return file.LinkTarget is null ? full : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
