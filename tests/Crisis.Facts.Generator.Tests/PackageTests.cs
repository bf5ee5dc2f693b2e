using System.Diagnostics;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// The generator as a NuGet package: `dotnet pack`, then a consumer project outside the solution (a temporary folder,
/// with a schema about birds) restores it from a local folder only, builds, runs the generated API, and gets a located
/// FACT error for a data mistake; a second consumer quotes a source whose text is in the folder its FactSourceTexts
/// names, and gets the quote checked (or, without the folder, the one warning). Slow (a pack and five builds), so it runs
/// once, as a single test.
/// </summary>
public class PackageTests
{
    private const string Schema = """
        namespace: Birding.Data
        cited: false

        vocabularies:
          habitat:
            description: Where a bird lives.
            values:
              woodland: Trees and hedges.
              wetland: Marshes, lakes and rivers.

        kinds:
          bird:
            description: A species.
            fields:
              name: { type: text, required: true, description: The common name. }
              habitat: { type: vocabulary, vocabulary: habitat, required: true }
          sighting:
            description: A bird seen somewhere.
            fields:
              bird: { type: reference, kind: bird, required: true }
              on: { type: partial-date, required: true }
              count: { type: integer, min: 1 }

        """;

    private const string FactFile = """
        birds:
          - id: robin
            name: European robin
            habitat: woodland
          - id: grey-heron
            name: Grey heron
            habitat: wetland
        sightings:
          - id: first-robin
            bird: robin
            on: 2024-03-02
            count: 2
          - id: heron-at-dawn
            bird: grey-heron
            on: ~2024-04

        """;

    private const string Program = """
        using Birding.Data;

        var catalog = Facts.Catalog;
        Console.WriteLine($"{catalog.Birds.Length} birds, {catalog.Sightings.Length} sightings");
        Console.WriteLine($"{Facts.Birds.Robin.Name} ({Facts.Birds.Robin.Habitat.ToKey()}: {Facts.Birds.Robin.Habitat.Describe()})");
        foreach (var sighting in catalog.Sightings)
        {
            BirdId bird = sighting.Bird;
            PartialDate on = sighting.On;
            Console.WriteLine($"{sighting.Id}: {catalog[bird].Name} on {on} ({on.Precision}), count {sighting.Count?.ToString() ?? "unknown"}, {sighting.DefinedAt}");
        }

        """;

    [Fact]
    public void The_package_works_in_a_project_outside_the_solution()
    {
        var root = Directory.CreateTempSubdirectory("fact-compiler-package-");
        try
        {
            var feed = Path.Combine(root.FullName, "feed");
            var project = Crisis.Snapshots.SolutionDirectory.Combine("generators", "Crisis.Facts.Generator", "Crisis.Facts.Generator.csproj");
            Dotnet(root.FullName, $"pack \"{project}\" -c Release -o \"{feed}\"", expectSuccess: true);
            var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var entries = archive.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("analyzers/dotnet/cs/Crisis.Facts.Generator.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
                Assert.Contains("README.md", entries);
                Assert.Contains("build/Crisis.Facts.Generator.targets", entries);
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
            }

            var consumer = Directory.CreateDirectory(Path.Combine(root.FullName, "consumer")).FullName;
            Directory.CreateDirectory(Path.Combine(consumer, "data"));
            // Only the local folder as a package source, and a packages folder of its own: nothing is downloaded, and
            // no earlier copy of the package in the machine's cache can stand in for the one just packed.
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="../feed" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Birding.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RestorePackagesPath>../packages</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Crisis.Facts.Generator" Version="1.0.0" PrivateAssets="all" />
                    <AdditionalFiles Include="data/**/*" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "data", "birds.schema.yaml"), Schema);
            File.WriteAllText(Path.Combine(consumer, "data", "facts.yaml"), FactFile);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);

            var build = Dotnet(consumer, "build", expectSuccess: true);
            Assert.DoesNotContain("CS8785", build, StringComparison.Ordinal);
            Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);

            var output = Dotnet(consumer, "bin/Debug/net10.0/Birding.dll", expectSuccess: true, msbuild: false);
            Assert.Equal(
                """
                2 birds, 2 sightings
                European robin (woodland: Trees and hedges.)
                first-robin: European robin on 2024-03-02 (Day), count 2, facts.yaml:9
                heron-at-dawn: Grey heron on ~2024-04 (Month), count unknown, facts.yaml:13

                """,
                output.Replace("\r\n", "\n", StringComparison.Ordinal));

            File.WriteAllText(Path.Combine(consumer, "data", "facts.yaml"), FactFile.Replace("    bird: robin\n", "    bird: robinn\n", StringComparison.Ordinal));
            var broken = Dotnet(consumer, "build", expectSuccess: false);
            Assert.Contains(Path.Combine("data", "facts.yaml") + "(10,11): error FACT009: No bird has the id 'robinn'. Did you mean 'robin'?", broken, StringComparison.Ordinal);
            Assert.DoesNotContain("error CS", broken, StringComparison.Ordinal);

            // A consumer that quotes its sources: the package's targets hand the texts of FactSourceTexts to the compiler.
            var quoted = Directory.CreateDirectory(Path.Combine(root.FullName, "quoted")).FullName;
            Directory.CreateDirectory(Path.Combine(quoted, "data"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "texts"));
            File.Copy(Path.Combine(consumer, "nuget.config"), Path.Combine(quoted, "nuget.config"));
            File.WriteAllText(Path.Combine(quoted, "Quoted.csproj"), File.ReadAllText(Path.Combine(consumer, "Birding.csproj"))
                .Replace("<OutputType>Exe</OutputType>", "<OutputType>Library</OutputType>\n    <FactSourceTexts>../texts</FactSourceTexts>", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(quoted, "data", "quoted.schema.yaml"), Samples.ProvenanceSample.Schema);
            File.WriteAllText(Path.Combine(quoted, "data", "sources.yaml"), Samples.ProvenanceSample.Sources());
            File.WriteAllText(Path.Combine(quoted, "data", "notes.yaml"), Samples.ProvenanceSample.Notes(("¶2 s.1", "Puis il est reparti.")));
            File.WriteAllText(Path.Combine(root.FullName, "texts", Samples.ProvenanceSample.TextName), Samples.ProvenanceSample.Text);

            var wrongLocator = Dotnet(quoted, "build", expectSuccess: false);
            Assert.Contains(Path.Combine("data", "notes.yaml") + "(5,37): error FACT022: The quote is not at ¶2 s.1 of 'journal' (journal.txt): it is found at ¶2 s.3.", wrongLocator, StringComparison.Ordinal);

            var noTexts = Dotnet(quoted, "build -p:FactSourceTexts=../no-such-folder", expectSuccess: true);
            Assert.Contains(Path.Combine("data", "sources.yaml") + "(3,11): warning FACT029: Quotes were not checked against their sources: "
                + Path.Combine(root.FullName, "no-such-folder") + Path.DirectorySeparatorChar + " is missing or empty.", noTexts, StringComparison.Ordinal);
            Assert.Contains("1 Warning(s)", noTexts, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string Dotnet(string directory, string arguments, bool expectSuccess, bool msbuild = true)
    {
        var start = new ProcessStartInfo("dotnet", msbuild ? arguments + " -nologo -v:q -p:TreatWarningsAsErrors=false" : arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host runs under MSBuild's environment; a nested build must find its own SDK and not the test's.
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var text = output.Result + error.Result;
        Assert.True(expectSuccess == (process.ExitCode == 0), $"dotnet {arguments} exited with {process.ExitCode}:\n{text}");
        return text;
    }
}
