using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Crisis.Facts.Generator.Common;

/// <summary>How schema and fact names (kebab-case) become C# names.</summary>
internal static class Naming
{
    /// <summary>A fact id, unanchored: shared by the checks here and the JSON Schema (which anchors it with ^ and $).</summary>
    public const string FactIdBody = "[a-z0-9]+(-[a-z0-9]+)*";

    // .NET's '$' also matches before a final "\n", so every check anchors with \z: "nato\n" is not "nato".
    private static readonly Regex FactId = Whole(FactIdBody);
    private static readonly Regex SchemaName = Whole("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static readonly Regex VocabularyValue = Whole("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static readonly Regex NamespaceSegment = Whole("[A-Za-z_][A-Za-z0-9_]*");

    /// <summary>A regex that must match the whole text, ASCII only.</summary>
    public static Regex Whole(string body) => new(WholePattern(body), RegexOptions.CultureInvariant);

    /// <summary>The pattern of <see cref="Whole"/>, for generated code that must match exactly the same texts.</summary>
    public static string WholePattern(string body) => "^(?:" + body + ")\\z";

    public static bool IsValidVocabularyValue(string value) => VocabularyValue.IsMatch(value);

    /// <summary>A C# namespace: dotted identifiers, none of them a keyword.</summary>
    public static bool IsValidNamespace(string name) =>
        name.Split('.').All(segment => NamespaceSegment.IsMatch(segment) &&
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(segment) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None);

    /// <summary>"an event", "a source": the indefinite article for a kind name in messages.</summary>
    public static string WithArticle(string noun) =>
        ("aeiou".IndexOf(noun.Length > 0 ? noun[0] : 'x') >= 0 ? "an " : "a ") + noun;

    public static bool IsValidFactId(string id) => FactId.IsMatch(id);

    public static bool IsValidSchemaName(string name) => SchemaName.IsMatch(name);

    /// <summary>
    /// "as-of" → "AsOf". A segment starting with a digit keeps an underscore before it ("a-1" → "A_1",
    /// "2014-crimea" → "_2014Crimea"), so that distinct ids never map to one name.
    /// </summary>
    public static string Pascal(string kebab)
    {
        var builder = new StringBuilder(kebab.Length + 2);
        foreach (var segment in kebab.Split('-'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(segment[0]))
            {
                builder.Append('_').Append(segment);
            }
            else
            {
                builder.Append(char.ToUpperInvariant(segment[0])).Append(segment, 1, segment.Length - 1);
            }
        }

        return builder.ToString();
    }
}
