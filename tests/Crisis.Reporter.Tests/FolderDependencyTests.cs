using Crisis.Snapshots;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Crisis.Reporter.Tests;

/// <summary>
/// The reporter's folders depend on each other one way (issue 15, "the reporter in rooms"): each folder is a namespace,
/// and what a file uses is read with Roslyn's semantic model (a using directive is not needed to use the enclosing
/// namespaces, so reading usings alone would miss dependencies). A cycle between folders fails, naming a file on each side.
/// </summary>
public sealed class FolderDependencyTests
{
    private const string Root = "Crisis.Reporter";

    /// <summary>Every dependency between two of the reporter's namespaces, with a file that makes it.</summary>
    private static readonly Lazy<Dictionary<(string From, string To), string>> Edges = new(Read);

    private static Dictionary<(string From, string To), string> Read()
    {
        var folder = SolutionDirectory.Combine("src", "Crisis.Reporter");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(SolutionDirectory.Combine("src", "Crisis.Shared"), "*.cs"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), path: f)).ToList();
        // The reporter's own assembly is left out: its sources are what is compiled here.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).Equals("crisis-brief.dll", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("reporter-folders", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var edges = new Dictionary<(string, string), string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var own = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            if (own is null || !own.StartsWith(Root, StringComparison.Ordinal))
            {
                continue; // Program.cs: the entry point, above every folder
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol;
                var used = symbol switch
                {
                    INamespaceSymbol => null, // a namespace named in a using or a qualified name: its types are what count
                    ITypeSymbol type => type.ContainingNamespace?.ToDisplayString(),
                    _ => symbol?.ContainingType?.ContainingNamespace?.ToDisplayString(),
                };
                if (used is not null && used != own && used.StartsWith(Root, StringComparison.Ordinal))
                {
                    edges.TryAdd((own, used), Path.GetRelativePath(folder, tree.FilePath));
                }
            }
        }

        return edges;
    }

    [Fact]
    public void The_reporters_folders_depend_on_each_other_without_a_cycle()
    {
        var edges = Edges.Value;
        var graph = edges.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var cycles = Cycles(graph);

        Assert.True(cycles.Count == 0, "Folders that depend on each other:\n" + string.Join("\n", cycles.Select(cycle =>
            string.Join(", ", cycle) + ":\n  " + string.Join("\n  ", edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal)
                .Select(e => $"{e.Key.From} uses {e.Key.To} in {e.Value}")))));
    }

    [Fact]
    public void The_dependencies_are_read_from_the_code()
    {
        // The check above can fail: it sees what every briefing uses of the shared folder, and what commands use.
        var edges = Edges.Value;
        Assert.Contains(("Crisis.Reporter.Briefings.Situation", "Crisis.Reporter.Briefings.Shared"), edges.Keys);
        Assert.Contains(("Crisis.Reporter.Commands.Diff", "Crisis.Reporter.Commands.Common"), edges.Keys);
        Assert.Contains(("Crisis.Reporter.Commands", "Crisis.Reporter.Commands.Render"), edges.Keys);
        Assert.Equal(["Crisis.Reporter.Commands"], Cycles(new() { ["Crisis.Reporter.Commands"] = ["Crisis.Reporter.Commands.Render"], ["Crisis.Reporter.Commands.Render"] = ["Crisis.Reporter.Commands"] }).Single().Take(1));
    }

    /// <summary>The cycles of a directed graph: its strongly connected components of more than one node (Tarjan), each in a stable order.</summary>
    private static List<List<string>> Cycles(Dictionary<string, List<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    result.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;
    }
}
