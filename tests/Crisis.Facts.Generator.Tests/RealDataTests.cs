using Crisis.Facts.Generator.Tests.Support;

namespace Crisis.Facts.Generator.Tests;

/// <summary>The repository's own data/ compiles with no diagnostic at all, and the generated code compiles.</summary>
public class RealDataTests
{
    [Fact]
    public void The_real_data_folder_compiles_cleanly()
    {
        var data = Crisis.Snapshots.SolutionDirectory.Combine("data");
        var files = Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToArray();

        var (result, output) = GeneratorHarness.Run(files);

        Assert.True(files.Length >= 2, "the schema and at least one fact file");
        Assert.Equal(string.Empty, GeneratorHarness.DescribeAll(GeneratorHarness.Diagnostics(result)));
        Assert.Empty(GeneratorHarness.CompilationErrors(output));
    }
}
