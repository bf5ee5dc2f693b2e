using System.Collections.Generic;
using System.Linq;
using Crisis.Facts.Generator.Common;
using Crisis.Facts.Generator.Schema;

namespace Crisis.Facts.Generator.Emit;

/// <summary>
/// What the roles of the schema become: one interface per role some kind uses (<c>IDateFact</c>, <c>IPartiesFact</c>,
/// …), implemented explicitly by each record whose fields carry the role; and, in the catalog, the role read through
/// inheritance (a response's date is its own, else its claim's: <c>DateOf</c>, <c>PartiesOf</c>, <c>TopicsOf</c>,
/// <c>PlacesOf</c>). Consumers read any kind of fact through these, never through a list of kinds.
/// </summary>
internal static class RoleEmitter
{
    private const string Immutable = "global::System.Collections.Immutable";

    /// <summary>The interface a role becomes: <c>relayed-by</c> → <c>IRelayedByFact</c> with the member <c>RelayedBy</c>.</summary>
    public static string Interface(FieldRole role) => "I" + Member(role) + "Fact";

    public static string Member(FieldRole role) => Naming.Pascal(Roles.Name(role));

    /// <summary>The C# type of a role's member: every field with the role agrees (FACT113), so the first says it.</summary>
    public static string MemberType(SchemaModel schema, FieldRole role, TypeNames types)
    {
        var exemplar = Roles.Exemplar(schema, role)!;
        return role switch
        {
            FieldRole.Date or FieldRole.RelayedBy => types.Element(exemplar) + "?",
            FieldRole.Label or FieldRole.Inherits => role == FieldRole.Label ? "string" : "string?",
            _ => TypeNames.ImmutableArray(types.Element(exemplar)),
        };
    }

    /// <summary>Roles.g.cs: the interfaces of the roles the schema uses.</summary>
    public static string Interfaces(SchemaModel schema, TypeNames types)
    {
        var writer = SourceWriter.ForNamespace(schema.Namespace);
        foreach (var role in Roles.Used(schema))
        {
            writer.Summary(Describe(role)).Line(SourceWriter.GeneratedCodeAttribute)
                .Open($"public interface {Interface(role)} : global::{schema.Namespace}.IFact")
                .Summary(DescribeMember(role))
                .Line($"{MemberType(schema, role, types)} {Member(role)} {{ get; }}")
                .Close().Line();
        }

        return writer.ToString();
    }

    private static string Describe(FieldRole role) => role switch
    {
        FieldRole.Date => "A fact with a date of its own: the field the schema gives the role 'date'.",
        FieldRole.Parties => "A fact with parties: who acts, says or gives it (the fields with the role 'parties').",
        FieldRole.Counterparts => "A fact aimed at someone: whom it is demanded of, imposed on or given to (the fields with the role 'counterparts').",
        FieldRole.Places => "A fact about places (the fields with the role 'places').",
        FieldRole.Topics => "A fact with subject tags (the fields with the role 'topics').",
        FieldRole.Label => "A fact with a reader label: the field that names it to a reader (the role 'label').",
        FieldRole.RelayedBy => "A fact whose words may reach the source through someone else (the field with the role 'relayed-by').",
        _ => "A fact that answers another and inherits from it what it lacks: its date, its parties, its topics (the role 'inherits').",
    };

    private static string DescribeMember(FieldRole role) => role switch
    {
        FieldRole.Date => "The fact's own date, or null when it has none (see FactCatalog.DateOf for the date through inheritance).",
        FieldRole.Label => "The text that names the fact (a bilingual text's English, else its original); the id when it has none.",
        FieldRole.RelayedBy => "Who relayed the words, and how; null when they are the parties' own.",
        FieldRole.Inherits => "The id of the fact this one inherits from, or null.",
        _ => "The values of every field with the role, in schema order (empty when there are none).",
    };

    /// <summary>The explicit implementations, inside a kind's record.</summary>
    public static void Implementations(SourceWriter writer, SchemaModel schema, KindModel kind, TypeNames types)
    {
        foreach (var role in Roles.Used(schema))
        {
            var fields = kind.FieldsWith(role);
            if (fields.Length == 0)
            {
                continue;
            }

            var head = $"{MemberType(schema, role, types)} global::{schema.Namespace}.{Interface(role)}.{Member(role)}";
            var first = fields[0];
            var member = Naming.Pascal(first.Name);
            switch (role)
            {
                case FieldRole.Date:
                case FieldRole.RelayedBy:
                    writer.Line($"{head} => {member};").Line();
                    break;
                case FieldRole.Inherits:
                    writer.Line(first.IsRequired ? $"{head} => {member}.Value;" : $"{head} => {member}?.Value;").Line();
                    break;
                case FieldRole.Label:
                    writer.Line($"{head} => {Label(first, member)};").Line();
                    break;
                default:
                    Collection(writer, head, fields, types);
                    break;
            }
        }
    }

    private static string Label(FieldModel field, string member) => field.Type == FieldType.BilingualText
        ? $"{member} is {{ }} __label ? __label.English ?? __label.Original : Id.Value"
        : $"{member} ?? Id.Value";

    /// <summary>The values of every field with a collection role, in schema order; a list left default counts as empty.</summary>
    private static void Collection(SourceWriter writer, string head, IReadOnlyList<FieldModel> fields, TypeNames types)
    {
        var element = types.Element(fields[0]);
        if (fields.Count == 1 && fields[0].IsList)
        {
            var member = Naming.Pascal(fields[0].Name);
            writer.Line($"{head} => {member}.IsDefault ? {Immutable}.ImmutableArray<{element}>.Empty : {member};").Line();
            return;
        }

        writer.Open(head).Open("get").Line($"var __values = {Immutable}.ImmutableArray.CreateBuilder<{element}>();");
        foreach (var field in fields)
        {
            var member = Naming.Pascal(field.Name);
            if (field.IsList)
            {
                writer.Open($"if (!{member}.IsDefault)").Line($"__values.AddRange({member});").Close();
            }
            else if (field.IsRequired)
            {
                writer.Line($"__values.Add({member});");
            }
            else
            {
                writer.Open($"if ({member} is {{ }} __{member})").Line($"__values.Add(__{member});").Close();
            }
        }

        writer.Line("return __values.ToImmutable();").Close().Close().Line();
    }

    /// <summary>The catalog's members that read roles through inheritance.</summary>
    public static void CatalogMembers(SourceWriter writer, SchemaModel schema, TypeNames types)
    {
        var used = Roles.Used(schema);
        var inherits = used.Contains(FieldRole.Inherits);
        var ns = $"global::{schema.Namespace}.";
        if (inherits)
        {
            writer.Summary("The fact this one inherits from (its field with the role 'inherits'), or null.")
                .Line($"public IFact? InheritedFrom(IFact fact) => fact is {ns}{Interface(FieldRole.Inherits)} inheriting && inheriting.{Member(FieldRole.Inherits)} is {{ }} id ? Find(id) : null;").Line();
        }

        var gathered = new[] { FieldRole.Parties, FieldRole.Topics, FieldRole.Places }.Where(used.Contains).ToList();
        if (!used.Contains(FieldRole.Date) && gathered.Count == 0)
        {
            return;
        }

        // The chain of a fact and what it inherits from, bounded by the number of facts, so data that loops cannot hang (counted
        // only once the chain goes past the fact itself: counting needs every kind, which a fact that inherits nothing does not).
        writer.Summary("The fact, then the facts it inherits from, nearest first.")
            .Open("private global::System.Collections.Generic.IEnumerable<IFact> __Lineage(IFact fact)")
            .Line("var current = fact;")
            .Open("for (var step = 0; current is not null && (step == 0 || step <= __ById.Count); step++)")
            .Line("yield return current;")
            .Line(inherits ? "current = InheritedFrom(current);" : "current = null;")
            .Close()
            .Close().Line();

        if (used.Contains(FieldRole.Date))
        {
            var type = MemberType(schema, FieldRole.Date, types);
            writer.Summary("The fact's date: its own (the field with the role 'date'), else that of the fact it inherits from; null when none has one.")
                .Open($"public {type} DateOf(IFact fact)")
                .Open("foreach (var current in __Lineage(fact))")
                .Open($"if (current is {ns}{Interface(FieldRole.Date)} dated && dated.{Member(FieldRole.Date)} is {{ }} date)")
                .Line("return date;")
                .Close().Close()
                .Line("return null;")
                .Close().Line();
            var exemplar = Roles.Exemplar(schema, FieldRole.Date)!;
            var dateField = exemplar.Type == FieldType.Block ? schema.FindBlock(exemplar.Target!) is { } block ? schema.DateFieldOf(block) : null : null;
            var when = dateField is null ? "DateOf(fact)" : $"DateOf(fact)?.{Naming.Pascal(dateField.Name)}";
            writer.Summary("The partial date of <see cref=\"DateOf\"/>: when the fact is dated, as precisely as it is known.", isXml: true)
                .Line($"public {types.Qualified("PartialDate")}? WhenOf(IFact fact) => {when};").Line();
        }

        if (gathered.Count == 0)
        {
            return;
        }

        foreach (var role in gathered)
        {
            var type = MemberType(schema, role, types);
            writer.Summary($"The fact's {Roles.Name(role)} (the fields with the role '{Roles.Name(role)}'), then those of the facts it inherits from, each once.")
                .Line($"public {type} {Member(role)}Of(IFact fact) => __Gather(fact, static f => f is {ns}{Interface(role)} holder ? holder.{Member(role)} : default);").Line();
        }

        writer.Open($"private {Immutable}.ImmutableArray<T> __Gather<T>(IFact fact, global::System.Func<IFact, {Immutable}.ImmutableArray<T>> own)")
            .Line($"var values = {Immutable}.ImmutableArray.CreateBuilder<T>();")
            .Open("foreach (var current in __Lineage(fact))")
            .Line("var these = own(current);")
            .Open("if (these.IsDefault)").Line("continue;").Close()
            .Open("foreach (var value in these)")
            .Open("if (!values.Contains(value))").Line("values.Add(value);").Close()
            .Close().Close()
            .Line("return values.ToImmutable();")
            .Close().Line();
    }
}
