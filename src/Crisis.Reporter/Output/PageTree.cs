using System.Security.Cryptography;
using System.Text;

namespace Crisis.Reporter.Output;

/// <summary>
/// Writes a rendered tree of pages into a folder and keeps a manifest there (<see cref="ManifestName"/>): each file it
/// wrote with the SHA-256 of its bytes. A later write removes the files the manifest lists that the new tree does not
/// hold, and never touches a file it did not write: before anything is written it refuses (exit 5, nothing changed) a
/// folder where a page would overwrite a file the manifest does not list, or where a file the manifest lists no longer
/// has the bytes it was written with (someone edited it: overwriting or removing it would lose the edit).
/// Written by hand: no library at hand keeps a manifest of generated files.
/// </summary>
public static class PageTree
{
    /// <summary>The manifest's file name in the folder.</summary>
    public const string ManifestName = ".crisis-brief-manifest";

    private const string Header = "# crisis-brief render --all: the files it wrote here, with the SHA-256 of their bytes. The next render removes those it no longer writes; do not edit.";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What a write did: the pages written and the stale pages removed (paths relative to the folder, '/'-separated).</summary>
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Removed);

    /// <summary>Writes <paramref name="pages"/> (relative '/'-separated paths and their text) into <paramref name="dir"/>, as described above.</summary>
    public static Result Write(string dir, IReadOnlyList<(string Path, string Text)> pages)
    {
        var manifestPath = Path.Combine(dir, ManifestName);
        var previous = ReadManifest(manifestPath);
        var next = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in pages)
        {
            next[path] = Hash(Utf8.GetBytes(text));
        }

        // Check everything first: a refusal leaves the folder as it was.
        var problems = new List<string>();
        foreach (var path in next.Keys.Concat(previous.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var full = FullPath(dir, path);
            if (!File.Exists(full))
            {
                continue;
            }

            if (!previous.TryGetValue(path, out var written))
            {
                problems.Add($"{full} exists and was not written by crisis-brief (it is not in {manifestPath}): rendering would overwrite it");
            }
            else if (Hash(File.ReadAllBytes(full)) != written)
            {
                problems.Add($"{full} was changed after crisis-brief wrote it: rendering would {(next.ContainsKey(path) ? "overwrite" : "remove")} the change");
            }
        }

        if (problems.Count > 0)
        {
            // One line, as every error is: the files, then what to do.
            throw new ReporterException(ExitCodes.Output, $"nothing written to {dir}: {string.Join("; ", problems)}. Move {(problems.Count == 1 ? "this file" : "these files")} out of the folder (or delete {(problems.Count == 1 ? "it" : "them")}), or render into another folder.");
        }

        foreach (var (path, text) in pages)
        {
            var full = FullPath(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.Write(full, text);
        }

        var removed = previous.Keys.Where(p => !next.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in removed)
        {
            var full = FullPath(dir, path);
            File.Delete(full);
            // A folder the tree no longer uses goes with its last page, and only when nothing else is in it.
            var folder = Path.GetDirectoryName(full)!;
            if (!Path.GetFullPath(folder).Equals(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        AtomicFile.Write(manifestPath, Header + "\n" + string.Concat(next.Select(e => $"{e.Value}  {e.Key}\n")));
        return new Result([.. next.Keys], removed);
    }

    /// <summary>The manifest's entries (path → hash), or none when there is no manifest; a damaged manifest is an error.</summary>
    private static Dictionary<string, string> ReadManifest(string manifestPath)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(manifestPath))
        {
            return result;
        }

        var n = 0;
        foreach (var line in File.ReadAllLines(manifestPath))
        {
            n++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split("  ", 2);
            if (parts.Length != 2 || parts[0].Length != 64 || !parts[0].All(char.IsAsciiHexDigitLower) || !IsTreePath(parts[1]))
            {
                throw new ReporterException(ExitCodes.Output, $"{manifestPath}:{n}: not a line crisis-brief writes (SHA-256, two spaces, a relative path inside the folder); nothing written. Delete the manifest only if every page it lists can be overwritten.");
            }

            result[parts[1]] = parts[0];
        }

        return result;
    }

    /// <summary>A relative '/'-separated path that stays inside the folder (no "..", not rooted).</summary>
    private static bool IsTreePath(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal) && !Path.IsPathRooted(path)
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    private static string FullPath(string dir, string path) => Path.Combine(dir, path.Replace('/', Path.DirectorySeparatorChar));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
