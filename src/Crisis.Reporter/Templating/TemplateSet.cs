namespace Crisis.Reporter.Templating;

/// <summary>A template file: a briefing (<c>NAME.scriban</c>) or a partial (<c>partials/NAME.scriban</c>).</summary>
public sealed record TemplateFile(string Name, string Path, bool IsPartial, bool IsUser)
{
    /// <summary>The extension of template files.</summary>
    public const string Extension = ".scriban";

    /// <summary>
    /// The largest template read: far above the shipped ones (the largest is about 10 KB) and a 690 KB generated one, low
    /// enough that a huge file is refused before it is read instead of filling memory.
    /// </summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private string? text;

    /// <summary>The file's text with line endings normalised to LF (read once); a located error if it is not text (<see cref="TemplateText"/>).</summary>
    public string Text => text ??= ReadText();

    private string ReadText()
    {
        try
        {
            // A device or a pipe (a partial linked to /dev/zero, a FIFO) would be read for ever, or block: refused unread.
            if (!Output.FileKind.IsRegularOrMissing(Path))
            {
                throw new TemplateException(Path, null, null, "is not a regular file (a device, a pipe or a socket): a template is a file of text");
            }

            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > MaxBytes)
            {
                throw TooLarge(stream.Length);
            }

            // Read at most one byte past the limit: a file that grows while read is refused too.
            var bytes = new byte[(int)Math.Min(stream.Length, MaxBytes) + 1];
            var length = 0;
            int read;
            while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
            {
                length += read;
            }

            if (length > MaxBytes)
            {
                throw TooLarge(length);
            }

            return TemplateText.Decode(Path, bytes.AsSpan(0, length)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (IOException ex)
        {
            throw new TemplateException(Path, null, null, "cannot be read: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new TemplateException(Path, null, null, "cannot be read: " + ex.Message, ex);
        }
    }

    private TemplateException TooLarge(long length) => new(Path, null, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"is larger than {MaxBytes:N0} bytes (4 MiB), the most a template may be ({length:N0} bytes seen): split it into partials"));
}

/// <summary>
/// The templates in use: the shipped ones, overridden or extended by the user's folder (<c>--templates DIR</c>):
/// a user file with a shipped file's name replaces it; any other name is added.
/// </summary>
public sealed class TemplateSet
{
    private TemplateSet(IReadOnlyList<TemplateFile> briefings, IReadOnlyList<TemplateFile> partials)
    {
        Briefings = briefings;
        Partials = partials;
    }

    /// <summary>Briefing templates, by name (ordinal).</summary>
    public IReadOnlyList<TemplateFile> Briefings { get; }

    /// <summary>Partials, by name (ordinal).</summary>
    public IReadOnlyList<TemplateFile> Partials { get; }

    /// <summary>The folder holding the shipped templates (copied beside the executable).</summary>
    public static string ShippedDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "Templates");

    /// <summary>Loads the shipped templates from <paramref name="shippedDir"/>, then the user's from <paramref name="userDir"/>.</summary>
    public static TemplateSet Load(string shippedDir, string? userDir)
    {
        if (!Directory.Exists(shippedDir))
        {
            throw new ReporterException(ExitCodes.Template, $"the shipped templates folder {shippedDir} is missing: reinstall or rebuild the reporter.");
        }

        if (userDir is not null && !Directory.Exists(userDir))
        {
            throw new ReporterException(ExitCodes.Usage, $"--templates {userDir}: no such folder.");
        }

        var briefings = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        var partials = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var (dir, isUser) in new[] { (shippedDir, false), (userDir, true) })
        {
            if (dir is null)
            {
                continue;
            }

            foreach (var f in Directory.EnumerateFiles(dir, "*" + TemplateFile.Extension, SearchOption.TopDirectoryOnly))
            {
                var name = System.IO.Path.GetFileNameWithoutExtension(f);
                briefings[name] = new TemplateFile(name, f, false, isUser);
            }

            var partialDir = System.IO.Path.Combine(dir, "partials");
            if (Directory.Exists(partialDir))
            {
                foreach (var f in Directory.EnumerateFiles(partialDir, "*" + TemplateFile.Extension, SearchOption.TopDirectoryOnly))
                {
                    var name = System.IO.Path.GetFileNameWithoutExtension(f);
                    partials[name] = new TemplateFile(name, f, true, isUser);
                }
            }
        }

        return new TemplateSet([.. briefings.Values], [.. partials.Values]);
    }

    /// <summary>The briefing template of that name, or null.</summary>
    public TemplateFile? Find(string name) => Briefings.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal));

    /// <summary>The partial of that name, or null.</summary>
    public TemplateFile? FindPartial(string name) => Partials.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
