using Crisis.Fuzz;

namespace Crisis.Facts.Generator.Tests;

/// <summary>
/// Replays the fuzzers' minimized corpus and every finding kept as a regression (tests/Crisis.Fuzz/corpus and
/// regressions) through the same targets AFL++ ran: each input must run without breaking a promise of docs/reliability.md.
/// </summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Crisis.Snapshots.SolutionDirectory.Combine("tests", "Crisis.Fuzz");
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            foreach (var target in FuzzTargets.Names)
            {
                var directory = Path.Combine(root, folder, target);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(directory).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_fuzz_input_keeps_every_promise(string target, string input)
    {
        var path = Crisis.Snapshots.SolutionDirectory.Combine("tests", "Crisis.Fuzz", input);

        FuzzTargets.Run(target, File.ReadAllBytes(path));
    }

    [Fact]
    public void The_corpus_holds_inputs_for_every_target()
    {
        var inputs = Inputs().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(FuzzTargets.Names.Order(StringComparer.Ordinal), inputs.Order(StringComparer.Ordinal));
    }
}
