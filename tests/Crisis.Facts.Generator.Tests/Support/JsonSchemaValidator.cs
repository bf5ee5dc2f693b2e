using System.Diagnostics;
using System.Text.Json;

namespace Crisis.Facts.Generator.Tests.Support;

/// <summary>
/// Runs tests/json-schema/validate.mjs: YAML 1.2 and ajv, as the YAML language server reads fact files in an editor.
/// Without Node.js the tests that use it are skipped with a message, except under CI (CI is set), where they fail.
/// </summary>
public static class JsonSchemaValidator
{
    public static string Folder => Crisis.Snapshots.SolutionDirectory.Combine("tests", "json-schema");

    /// <summary>The validator's errors for each file ("path: message"), in the order the files were given.</summary>
    public static IReadOnlyList<(string File, IReadOnlyList<string> Errors)> Validate(string schemaPath, IEnumerable<string> files)
    {
        var node = FindOnPath("node");
        if (node is null)
        {
            const string Message = "Node.js is not installed, so the JSON Schema cannot be checked with ajv (apt-get install nodejs npm, then tests/json-schema/install.sh).";
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, "CI must run the JSON Schema agreement test: " + Message);
            Assert.Skip(Message);
        }

        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "ajv")), "The npm packages of the JSON Schema test are missing: run tests/json-schema/install.sh.");
        var start = new ProcessStartInfo(node, new[] { Path.Combine(Folder, "validate.mjs"), schemaPath }.Concat(files))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"validate.mjs failed ({process.ExitCode}): {error.Result}");
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(result => (result.GetProperty("file").GetString()!, (IReadOnlyList<string>)result.GetProperty("errors").EnumerateArray()
                .Select(e => $"{e.GetProperty("path").GetString()}: {e.GetProperty("message").GetString()}").ToList()))
            .ToList();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
