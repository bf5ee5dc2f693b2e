using System.Runtime.InteropServices;

namespace Crisis.Reporter.Output;

/// <summary>
/// Whether a path names a regular file. .NET does not tell a device or a pipe (<c>/dev/null</c>, <c>/dev/stdout</c>) from
/// a regular file (both are "Normal", length 0, and /dev/null even seeks), and replacing one by renaming over it would
/// destroy it, so this asks the system by hand: <c>statx</c> on Linux (its layout is the same on every architecture).
/// </summary>
public static partial class FileKind
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint TypeField = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // stx_mode in struct statx
    private const int TypeMask = 0xF000; // S_IFMT
    private const int Regular = 0x8000; // S_IFREG

    /// <summary>
    /// True when <paramref name="path"/> (following symbolic links) is a regular file or does not exist; false for a
    /// device, a pipe or a socket. Elsewhere than Linux, only <c>/dev/</c> is taken to hold devices.
    /// </summary>
    public static bool IsRegularOrMissing(string path)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        if (!OperatingSystem.IsLinux())
        {
            return !Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal);
        }

        var buffer = new byte[256];
        if (Statx(CurrentDirectory, path, 0, TypeField, buffer) != 0)
        {
            return true; // the rename will report what is wrong with it
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) == Regular;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
