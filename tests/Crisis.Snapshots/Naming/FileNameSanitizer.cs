namespace Crisis.Snapshots;

/// <summary>
/// Replaces characters that some file system refuses with <c>-</c>, as Verify does. The Windows set is
/// used on every OS so that a snapshot written on Linux can be checked out on Windows. Spaces are kept.
/// </summary>
internal static class FileNameSanitizer
{
    private static readonly HashSet<char> Invalid =
    [
        .. Path.GetInvalidFileNameChars(),
        '/', '\\', ':', '*', '?', '"', '<', '>', '|',
    ];

    public static string Sanitize(string name)
    {
        var characters = name.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (Invalid.Contains(characters[i]) || char.IsControl(characters[i]))
            {
                characters[i] = '-';
            }
        }

        return new string(characters);
    }
}
