using Crisis.Reporter.Commands;

namespace Crisis.Reporter.Tests;

/// <summary>
/// Text as text on the reporter's side: a template that is not UTF-8 text is a located error (exit code 4) and writes
/// nothing; any template the reporter accepts reaches the briefing as written.
/// </summary>
public sealed class TemplateTextTests : IDisposable
{
    private const string NotText = ": templates are UTF-8 text without NUL, control characters (but tab and line breaks) or byte-order marks inside\n";

    private readonly string templates = Directory.CreateTempSubdirectory("crisis-brief-text-").FullName;

    public void Dispose() => Directory.Delete(templates, recursive: true);

    private (int Code, string Out, string Err) Render(byte[] template)
    {
        File.WriteAllBytes(Path.Combine(templates, "mine.scriban"), template);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = new CliApp(() => TestData.Catalog).Run(["render", "mine", "--templates", templates], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(part => part is string text ? System.Text.Encoding.UTF8.GetBytes(text) : (byte[])part)];

    public static TheoryData<string, byte[], string> NotTextTemplates() => new()
    {
        { "invalid UTF-8 (the issue's name: Joe \\xff\\xfe Biden)", Bytes("# {{ title }}\nname: Joe ", new byte[] { 0xFF, 0xFE }, " Biden\n"), "2:11: the template holds bytes that are not UTF-8 (0xFF at byte offset 24): save the template as UTF-8\n" },
        { "a UTF-8 sequence cut at the end", Bytes("ok\n\u2014", new byte[] { 0xE2, 0x80 }), "2:2: the template holds bytes that are not UTF-8 (0xE2 at byte offset 6): save the template as UTF-8\n" },
        { "an encoded surrogate (CESU-8)", Bytes("ok ", new byte[] { 0xED, 0xA0, 0x80 }), "1:4: the template holds bytes that are not UTF-8 (0xED at byte offset 3): save the template as UTF-8\n" },
        { "a NUL", Bytes("ok\r\nab\0c\0"), "2:3: the template holds a NUL character (U+0000) (1 more after it)" + NotText },
        { "a NUL inside a code block", Bytes("{{ title\0 }}"), "1:9: the template holds a NUL character (U+0000)" + NotText },
        { "a byte-order mark inside", Bytes("\uFEFF# {{ title }}\nx\uFEFFy\n"), "2:2: the template holds a byte-order mark (U+FEFF) inside the text" + NotText },
        { "a control character", Bytes("a\u001Bb"), "1:2: the template holds the control character U+001B" + NotText },
        { "a C1 control character", Bytes("a\u0090b"), "1:2: the template holds the control character U+0090" + NotText },
        { "a noncharacter", Bytes("a\uFFFFb"), "1:2: the template holds the noncharacter U+FFFF" + NotText },
    };

    [Theory]
    [MemberData(nameof(NotTextTemplates))]
    public void ATemplateThatIsNotTextIsALocatedErrorAndRendersNothing(string what, byte[] template, string expected)
    {
        var (code, output, error) = Render(template);

        Assert.True(ExitCodes.Template == code, what);
        Assert.Equal("", output);
        Assert.Equal($"error: template {Path.Combine(templates, "mine.scriban")}:{expected}", error);
    }

    [Theory]
    [InlineData("accents and dashes: Élysée — « guillemets »")]
    [InlineData("Cyrillic, CJK, emoji: Україна 乌克兰 🇺🇦 👍🏽")]
    [InlineData("a tab\there, a no-break\u00A0space, a zero-width\u200Bspace, a right-to-left mark\u200F")]
    [InlineData("U+FFFD written by the author: \uFFFD")]
    [InlineData("  leading and trailing spaces  ")]
    public void AnyTextTheReporterAcceptsReachesTheBriefingAsWritten(string line)
    {
        var (code, output, error) = Render(Bytes(line, "\n{{ title }}\n"));

        Assert.Equal((ExitCodes.Ok, ""), (code, error));
        Assert.StartsWith(line + "\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOnlyNormalisationsAreALeadingByteOrderMarkAndLineEndings()
    {
        var (code, output, _) = Render(Bytes("\uFEFFone\r\ntwo\rthree\n"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("one\ntwo\nthree\n", output);
    }
}
