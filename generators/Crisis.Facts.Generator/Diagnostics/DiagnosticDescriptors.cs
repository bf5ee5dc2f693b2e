using System.Linq;
using Microsoft.CodeAnalysis;

namespace Crisis.Facts.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the fact compiler reports. Ids are stable (FACT0xx: fact files (FACT021–029: quotes against their sources' texts), FACT1xx: the schema,
/// FACT9xx: the compiler itself) and listed in AnalyzerReleases.Unshipped.md and the README. FACT040–049 are never the
/// compiler's: they are left to the consuming project's own checks (this repository's crisis-brief check uses 040–042).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string FactsCategory = "FactFiles";
    private const string SchemaCategory = "FactSchema";
    private const string ProvenanceCategory = "FactProvenance";

    public static readonly DiagnosticDescriptor YamlSyntax = Error("FACT001", "YAML syntax error",
        "YAML syntax error: {0}", FactsCategory);

    public static readonly DiagnosticDescriptor UnknownKind = Error("FACT002", "Unknown kind of fact",
        "'{0}' is not a kind of fact.{1} The kinds are: {2}.", FactsCategory);

    public static readonly DiagnosticDescriptor UnknownField = Error("FACT003", "Unknown field",
        "{0} has no field '{1}'.{2} Its fields are: {3}.", FactsCategory);

    public static readonly DiagnosticDescriptor MissingRequiredField = Error("FACT004", "Missing required field",
        "{0} is missing the required field '{1}' ({2})", FactsCategory);

    public static readonly DiagnosticDescriptor WrongType = Error("FACT005", "Value of the wrong type",
        "'{0}' must be {1}, but {2}", FactsCategory);

    public static readonly DiagnosticDescriptor InvalidDate = Error("FACT006", "Invalid or impossible date",
        "'{0}' is not a valid date for '{1}': {2}. Write " + Common.PartialDateFormat.Forms + ".", FactsCategory);

    public static readonly DiagnosticDescriptor NotInVocabulary = Error("FACT007", "Value outside its vocabulary",
        "'{0}' is not allowed in '{1}'.{2} Allowed values ({3}): {4}.", FactsCategory);

    public static readonly DiagnosticDescriptor DuplicateId = Error("FACT008", "Duplicate id",
        "The id '{0}' is already used by {1} at {2}; ids must be unique across all facts", FactsCategory);

    public static readonly DiagnosticDescriptor UnresolvedReference = Error("FACT009", "Reference to an unknown id",
        "No {1} has the id '{0}'.{2}", FactsCategory);

    public static readonly DiagnosticDescriptor WrongReferenceKind = Error("FACT010", "Reference to a fact of the wrong kind",
        "'{0}' is {1}, but '{2}' must name {3}", FactsCategory);

    public static readonly DiagnosticDescriptor MissingCitation = Error("FACT011", "Fact without a source citation",
        "The {0} '{1}' cites no source: add 'citations' with at least one citation naming its source", FactsCategory);

    public static readonly DiagnosticDescriptor UnknownSource = Error("FACT012", "Citation of an unknown source",
        "The citation names the source '{0}', which does not exist.{1} Sources: {2}.", FactsCategory);

    public static readonly DiagnosticDescriptor InvalidId = Error("FACT013", "Invalid id",
        "'{0}' is not a valid id: {1}use lower-case kebab-case such as 'first-fact' (letters a-z, digits, single hyphens)", FactsCategory);

    public static readonly DiagnosticDescriptor AnchorsNotSupported = Error("FACT014", "YAML anchors, aliases and tags are not supported",
        "YAML {0} are not supported in fact files: write the value out in full", FactsCategory);

    public static readonly DiagnosticDescriptor TooLarge = Error("FACT015", "File too large or too deeply nested",
        "{0}", FactsCategory);

    public static readonly DiagnosticDescriptor UncitedSource = Warning("FACT016", "Source cited by no fact",
        "The source '{0}' is not cited by any fact", FactsCategory);

    public static readonly DiagnosticDescriptor OutOfRange = Error("FACT017", "Number out of range",
        "'{0}' is out of range for '{1}': it must be {2}", FactsCategory);

    public static readonly DiagnosticDescriptor DuplicateKey = Error("FACT018", "Duplicate key",
        "The key '{0}' appears twice in this mapping (first at line {1}); keep one{2}", FactsCategory);

    public static readonly DiagnosticDescriptor NoSchema = Error("FACT019", "No schema",
        "No schema file (*.schema.yaml) is among the AdditionalFiles, so fact files cannot be checked", FactsCategory);

    public static readonly DiagnosticDescriptor NotText = Error("FACT020", "Not text",
        "The file holds {0}{1}: fact and schema files are UTF-8 text without NUL, control characters (but tab and line breaks) or byte-order marks inside", FactsCategory);

    public static readonly DiagnosticDescriptor LocatorNotation = Error("FACT021", "Locator not in the notation",
        "'{0}' is not a locator: write " + Crisis.Shared.Locator.Forms + ".{1}", ProvenanceCategory);

    public static readonly DiagnosticDescriptor QuoteElsewhere = Error("FACT022", "Quote not at its locator",
        "The quote is not at {0} of '{1}' ({2}): it is found at {3}.{4}", ProvenanceCategory);

    public static readonly DiagnosticDescriptor QuoteNotInText = Error("FACT023", "Quote not in its source's text",
        "The quote is not in the text of '{0}' ({1}).{2} A quote is the source's words verbatim: copy them from the text.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor LocatorTooWide = Error("FACT024", "Locator wider than its quote",
        "The quote needs only {0} of '{1}', not {2}: write \"{0}\"", ProvenanceCategory);

    public static readonly DiagnosticDescriptor SourceTextMissing = Error("FACT025", "Source text missing",
        "No text for the source '{0}': '{1}' is not among the texts in {2}, which holds the other sources' texts.{3} Its quotes are not checked until it is there.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor SourceTextChanged = Error("FACT026", "Source text changed since it was pinned",
        "The text of '{0}' ({1}) is not the one its {2} pins: it now hashes to {3}. Its quotes are not checked while the pin differs. If the new text is the one to cite, its locators must be checked again: set '{2}: {3}' and rebuild, and every quote of '{0}' is checked against the new text. Otherwise put back the pinned text.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor MalformedPin = Error("FACT027", "Malformed pin",
        "'{0}' is not a SHA-256: write the 64 hexadecimal digits of the text's hash{1}", ProvenanceCategory);

    public static readonly DiagnosticDescriptor SourceTextNotPinned = Warning("FACT028", "Source text not pinned",
        "The source '{0}' does not pin its text: add '{1}: {2}' (the hash of {3} as it is now), so that a change to the text is an error instead of silently shifted locators", ProvenanceCategory);

    public static readonly DiagnosticDescriptor QuotesNotChecked = Warning("FACT029", "Quotes not checked: no source text",
        "Quotes were not checked against their sources: {0}. Put the sources' texts (the files their '{1}' fields name, such as '{2}') in the folder the MSBuild property {3} names, or set it to the folder that holds them (in the project, or dotnet build -p:{3}=DIR).", ProvenanceCategory);

    public static readonly DiagnosticDescriptor IdOwnedByCSharp = Error("FACT030", "An id whose C# name every object has",
        "The id '{0}' would be the C# name '{1}', which every C# object already has ({2} would hide it): choose another id", FactsCategory);

    public static readonly DiagnosticDescriptor SelfReference = Error("FACT031", "A fact that names itself",
        "The {0} '{1}' names itself in '{2}': a fact cannot be its own {2}", FactsCategory);

    public static readonly DiagnosticDescriptor ReferenceCycle = Error("FACT032", "A chain of references that comes back to its start",
        "The {0} '{1}' has {2}: a chain of '{3}' cannot come back to where it started", FactsCategory);

    public static readonly DiagnosticDescriptor FileNotRead = Error("FACT033", "A file the compiler does not read",
        "'{0}' is beside the fact files but the fact compiler does not read it: only .yaml and .yml files hold facts and schemas. Rename it if it holds facts, or move it out of the folder (or out of the project's AdditionalFiles)", FactsCategory);

    public static readonly DiagnosticDescriptor SchemaContradiction = Error("FACT105", "A contradiction inside the schema",
        "Schema contradiction: {0}", SchemaCategory);

    public static readonly DiagnosticDescriptor SchemaStructure = Error("FACT100", "Invalid schema",
        "Schema error: {0}", SchemaCategory);

    public static readonly DiagnosticDescriptor UnknownFieldType = Error("FACT101", "Unknown field type",
        "'{0}' is not a field type.{1} Field types: {2}.", SchemaCategory);

    public static readonly DiagnosticDescriptor UndeclaredName = Error("FACT102", "Reference to an undeclared name in the schema",
        "No {0} named '{1}' is declared.{2} Declared: {3}.", SchemaCategory);

    public static readonly DiagnosticDescriptor DuplicateDeclaration = Error("FACT103", "Duplicate declaration in the schema",
        "'{0}' is declared twice (first at {1}) or its C# name '{2}' clashes with another name", SchemaCategory);

    public static readonly DiagnosticDescriptor InvalidName = Error("FACT104", "Invalid or reserved name in the schema",
        "'{0}' cannot be used as a name here: {1}", SchemaCategory);

    public static readonly DiagnosticDescriptor UnknownRole = Error("FACT110", "Unknown role",
        "'{0}' is not a role.{1} Roles: {2}.", SchemaCategory);

    public static readonly DiagnosticDescriptor RoleDoesNotFit = Error("FACT111", "A role on a field it does not fit",
        "The field '{0}' cannot have the role '{1}': {2}", SchemaCategory);

    public static readonly DiagnosticDescriptor RoleTwice = Error("FACT112", "A role declared twice in one kind",
        "'{0}' already has a field with the role '{1}' ('{2}', at {3}); a fact has one {1}", SchemaCategory);

    public static readonly DiagnosticDescriptor RolesDisagree = Error("FACT113", "Fields with one role that disagree",
        "The role '{0}' on '{1}' {2}, but on '{3}' (at {4}) {5}: every field with this role must {6}", SchemaCategory);

    public static readonly DiagnosticDescriptor UnknownLayer = Error("FACT114", "Unknown layer",
        "'{0}' is not a layer.{1} Layers: {2}.", SchemaCategory);

    public static readonly DiagnosticDescriptor EmptyLayer = Error("FACT115", "A reference to a layer no kind is in",
        "No kind is in the layer '{0}', so the field '{1}' could name no fact. Put a kind in it with 'layer: {0}', or refer to a kind", SchemaCategory);

    public static readonly DiagnosticDescriptor InternalError = Error("FACT900", "The fact compiler failed",
        "The fact compiler failed on '{0}' ({1}: {2}); the other files were still compiled. Please report this.", "FactCompiler");

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>Every descriptor above by its id (read from the fields themselves, so a new descriptor needs no other line).</summary>
    private static readonly System.Collections.Generic.Dictionary<string, DiagnosticDescriptor> All =
        typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToDictionary(descriptor => descriptor.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor? ById(string id) => All.TryGetValue(id, out var descriptor) ? descriptor : null;
}
