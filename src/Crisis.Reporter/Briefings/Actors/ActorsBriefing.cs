using System.Collections.Immutable;
using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Briefings.Shared.Paging;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Actors;

/// <summary>
/// The actors briefing: who wants what (Russia's demands against the parties that answered them, each stance dated and
/// cited), then the parties and the named people, the most involved first, each with their weightiest facts
/// and a link to their own page (<c>actors/NAME.md</c>, all their facts, the weightiest first, in parts past
/// <see cref="ReadingBudget.ActorFactsPerPage"/>), and the minor actors one line each; the caps are
/// <see cref="ReadingBudget"/>'s. Actors are what the
/// schema's actor type says: a person, or a party (a state, an alliance, an organisation, a group); an anonymous
/// official or a government body speaks for the party it belongs to and is counted with it; a news outlet, a source's
/// own voice or unnamed sources of no government are attributions, never actors. Its templates are
/// <c>actors.scriban</c> and <c>actors-actor.scriban</c> beside this file.
/// </summary>
public sealed partial class ActorsBriefing() : Briefing<ActorsModel>(
    "actors",
    "who wants what, then the parties and named people by involvement, each with their weightiest facts",
    "Actors in the Russia–Ukraine crisis")
{
    /// <summary>The template of an actor's page.</summary>
    public const string ActorTemplate = "actors-actor";

    /// <inheritdoc />
    public override IReadOnlyList<string> PageTemplates => [ActorTemplate];

    /// <summary>The index, then each section actor's pages: all their facts, the weightiest first, split past a page's worth.</summary>
    public override IReadOnlyList<BriefingPage> Pages(FactSelection selection)
    {
        var pages = new List<BriefingPage> { new(BriefingPage.IndexPath(Name), Name, Model(selection)) };
        var involvement = Involved(new BriefingContext(selection));
        foreach (var (id, facts) in involvement.Sections)
        {
            var actor = selection.Catalog[id];
            var name = ReaderName(actor.Name);
            var stem = Anchors.Slug(name);
            var parts = PageParts.Of(Weightiest(facts, involvement, new BriefingContext(selection), id).ToList(), ReadingBudget.ActorFactsPerPage);
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var index = i;
                var subtitle = PageParts.Title(name, i, parts.Count);
                var model = SubPage(selection, subtitle, context => new ActorPageModel
                {
                    Name = name,
                    Anchor = stem,
                    Who = actor.Role,
                    Facts = facts.Count,
                    NoOwnWords = NoOwnWords(context, name, facts, id),
                    Part = PageParts.Label(index, parts.Count),
                    Items = [.. part.Select(f => ItemOf(context, f, id))],
                    Previous = PageParts.Previous(Name, stem, index),
                    Next = PageParts.Next(Name, stem, index, parts.Count),
                });
                pages.Add(new BriefingPage(BriefingPage.SubPath(Name, PageParts.Stem(stem, i)), ActorTemplate, model));
            }
        }

        return pages;
    }

    /// <summary>The matrix, then the sections (in the template's order, so notes number in reading order).</summary>
    protected override ActorsModel Build(BriefingContext context)
    {
        var cat = context.Catalog;
        var matrix = Matrix(context);
        var inMatrix = MatrixFacts(context);
        var involvement = Involved(context);
        var sections = involvement.Sections.Select(x =>
        {
            var a = cat[x.Key];
            var name = ReaderName(a.Name);
            var items = Picks(NotRepeatingTheMatrix(Weightiest(x.Value, involvement, context, x.Key).ToList(), inMatrix, context, x.Key), ReadingBudget.ActorItemsPerSection);
            return new ActorSection(
                name,
                Anchors.Slug(name),
                BriefingPage.SubPath(Name, Anchors.Slug(name)),
                a.Role,
                x.Value.Count,
                NoOwnWords(context, name, x.Value, x.Key),
                [.. ByDate(items.Where(f => IsOwnWords(context, f, x.Key)), FactViewBuilder.OwnDate)
                    .Concat(ByDate(items.Where(f => !IsOwnWords(context, f, x.Key)), FactViewBuilder.OwnDate))
                    .Select(f => ItemOf(context, f, x.Key))],
                x.Value.Count - items.Count);
        }).ToList();
        var shown = involvement.Minor.Take(ReadingBudget.MinorActorsShown).ToList();
        var minor = SameFactRows(shown
            .Select(x => (x.Key, x.Value.Count, Fact: Picks(Weightiest(x.Value, involvement, context, x.Key), 1).FirstOrDefault()))
            .ToList())
            .Select(row => new MinorActor(
                Wording.List([.. row.Select(r => ReaderName(cat[r.Key].Name))]),
                Wording.List([.. row.Select(r => cat[r.Key].Role ?? cat[r.Key].Type.Label()).Distinct(StringComparer.Ordinal)]),
                row.Select(r => r.Count).Distinct().Count() == 1 ? row[0].Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Join(", ", row.Select(r => r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                row[0].Fact is { } fact ? ItemOf(context, fact, row[0].Key) : null))
            .ToList();
        return new ActorsModel { WhoWantsWhat = matrix, Sections = sections, Minor = minor, MinorLeftOut = involvement.Minor.Count - shown.Count, MinorLeftOutAtMost = shown.Count > 0 ? shown[^1].Value.Count : 0 };
    }

    /// <summary>
    /// The other actors' rows, one per weightiest fact: actors whose one weightiest fact is the same share a row, at the
    /// place of the first ("Estonia, Latvia and Lithuania", not three rows repeating the US approval of their arms
    /// transfers). An actor with no fact to show keeps its own row.
    /// </summary>
    private static List<List<(ActorId Key, int Count, IFact? Fact)>> SameFactRows(List<(ActorId Key, int Count, IFact? Fact)> actors)
    {
        var rows = new List<List<(ActorId Key, int Count, IFact? Fact)>>();
        var byFact = new Dictionary<IFact, List<(ActorId Key, int Count, IFact? Fact)>>();
        foreach (var actor in actors)
        {
            if (actor.Fact is { } fact && byFact.TryGetValue(fact, out var row))
            {
                row.Add(actor);
                continue;
            }

            rows.Add(row = [actor]);
            if (actor.Fact is { } first)
            {
                byFact[first] = row;
            }
        }

        return rows;
    }

    /// <summary>
    /// Each actor's selected facts, the most involved actor first: those with a section (and a page), then the others.
    /// Each selected fact counts once for each actor on the page that is party to it (directly, or through an anonymous
    /// official or a body of theirs).
    /// </summary>
    private static ActorFacts Involved(BriefingContext context)
    {
        var sel = context.Selection;
        var cat = context.Catalog;
        var facts = new Dictionary<ActorId, List<IFact>>();
        foreach (var fact in sel.Evidence)
        {
            foreach (var holder in Involvement.PartiesTo(fact).Select(a => HolderOf(context, a)).OfType<ActorId>().Distinct())
            {
                if (!facts.TryGetValue(holder, out var list))
                {
                    facts[holder] = list = [];
                }

                list.Add(fact);
            }
        }

        var filter = sel.Filter.Actors.Count > 0
            ? sel.Filter.Actors.Select(a => HolderOf(context, new ActorId(a))).OfType<ActorId>().ToHashSet()
            : null;
        var ranked = facts.Where(x => filter is null || filter.Contains(x.Key))
            .OrderByDescending(x => x.Value.Count).ThenBy(x => cat[x.Key].Name, StringComparer.Ordinal).ThenBy(x => x.Key.Value, StringComparer.Ordinal)
            .ToList();
        // A party the analysts name in a caveat (a fact a judgment cuts against) weighs more than its count of facts:
        // Germany, whose gas dependence is judgment 4's "Against", gets a section with three facts, not only a row.
        var caveated = cat.Judgments.SelectMany(j => j.CutAgainst.IsDefault ? [] : j.CutAgainst).Select(w => cat[w.Fact])
            .SelectMany(f => Involvement.PartiesTo(f)).Select(a => HolderOf(context, a)).OfType<ActorId>().ToHashSet();
        var named = ranked.Where(x => caveated.Contains(x.Key)).Take(ReadingBudget.ActorSections).ToList();
        var counted = ranked.Where(x => !caveated.Contains(x.Key) && x.Value.Count >= ReadingBudget.ActorFactsForASection).Take(ReadingBudget.ActorSections - named.Count);
        var chosen = named.Concat(counted).Select(x => x.Key).ToHashSet();
        var major = ranked.Where(x => chosen.Contains(x.Key)).ToList();
        return new ActorFacts(major, [.. ranked.Where(x => !major.Contains(x))], AnalystsWeights(context), QuestionedClaims(context));
    }

    /// <summary>
    /// The actors with a section and the others, each with their facts; the analysts' weight of each fact and the claims
    /// they set under a question, worked out once for every actor's ranking (<see cref="Weightiest"/>).
    /// </summary>
    private sealed record ActorFacts(
        IReadOnlyList<KeyValuePair<ActorId, List<IFact>>> Sections,
        IReadOnlyList<KeyValuePair<ActorId, List<IFact>>> Minor,
        Dictionary<IFact, int> Weights,
        HashSet<ClaimId> Questioned);

    /// <summary>
    /// The actor whose section or line a party's fact counts for: a person or a party itself; an anonymous official or a
    /// government body, the party it speaks for (the US officials and the State Department: the United States); none for
    /// an attribution with no party (a news outlet, a source's own voice, "Western officials familiar with the matter").
    /// </summary>
    private static ActorId? HolderOf(BriefingContext context, ActorId id)
    {
        var actor = context.Catalog[id];
        if (actor.Type is ActorType.Person || IsParty(actor.Type))
        {
            return id;
        }

        var party = context.Views.PartyOf(id);
        return party != id && IsParty(context.Catalog[party].Type) ? party : null;
    }

    /// <summary>A state, an alliance, an organisation or a group: a party to the crisis.</summary>
    private static bool IsParty(ActorType type) => type is ActorType.State or ActorType.Alliance or ActorType.Organisation or ActorType.Group;

    /// <summary>
    /// How heavily the analysts weigh each fact: the heaviest weight any judgment, course of action or watch item gives
    /// it (strong 3, moderate 2, weak 1).
    /// </summary>
    private static Dictionary<IFact, int> AnalystsWeights(BriefingContext context)
    {
        var cat = context.Catalog;
        var items = cat.Judgments.SelectMany(j => j.SupportedBy.AddRange(j.CutAgainst.IsDefault ? [] : j.CutAgainst))
            .Concat(cat.CoursesOfAction.SelectMany(c => c.SupportedBy.AddRange(c.CutAgainst.IsDefault ? [] : c.CutAgainst)))
            .Concat(cat.WatchItems.SelectMany(w => w.Evidence));
        var weights = new Dictionary<IFact, int>();
        foreach (var item in items)
        {
            var fact = cat[item.Fact];
            var value = item.Weight switch { Weight.Strong => 3, Weight.Moderate => 2, Weight.Weak => 1, _ => 0 };
            weights[fact] = Math.Max(weights.GetValueOrDefault(fact), value);
        }

        return weights;
    }

    /// <summary>
    /// An actor's facts, the weightiest first: the actor's own words (its demands and answers to them, then what it
    /// claims, denies, answers, assesses or says) before what is done to it or around it, each by the analysts' weight
    /// (France's "no sign that Putin would go on the offensive", which a judgment weighs, before the caution the same
    /// official added), then an event's salience, then the newest; words no reader can use (every citation graded 6)
    /// last, never first on an actor's page. Then, for the few a section shows, <see cref="Picks"/>.
    /// </summary>
    private static IEnumerable<IFact> Weightiest(List<IFact> facts, ActorFacts involvement, BriefingContext context, ActorId holder) =>
        facts.OrderBy(IsUnrecoverable)
            .ThenBy(f => OwnTier(context, f, holder))
            .ThenByDescending(f => involvement.Weights.GetValueOrDefault(f))
            .ThenBy(f => f is Claim c && involvement.Questioned.Contains(c.Id) ? 0 : 1)
            .ThenBy(f => f is Event e ? (int)e.Salience : int.MaxValue)
            .ThenByDescending(f => FactViewBuilder.OwnDate(f)?.On)
            .ThenBy(f => f.Key, StringComparer.Ordinal);

    /// <summary>
    /// The claims the analysts set under one of their questions (a proposition: "Does Russia intend to invade
    /// Ukraine?"): an actor's answer to a question the briefing asks says more about it than other words the analysts
    /// weigh the same, so Russia's denial of invasion plans comes before the Kremlin's "pragmatic and balanced".
    /// </summary>
    private static HashSet<ClaimId> QuestionedClaims(BriefingContext context) =>
        [.. context.Catalog.Propositions.SelectMany(p => p.Claims.Select(m => m.Claim))];

    /// <summary>
    /// The few facts a section or a row shows: the weightiest, leaving out words no reader can use (every citation
    /// graded 6: a truncation lost them, as Ushakov's sentence on the media) and a fact cut from a sentence a fact
    /// already picked cites, or citing the sentence a picked fact is cut from (the Élysée official's caution told twice;
    /// the two demands of S1 ¶18 s.1). A fact is cut from its first citation's sentence; sharing only a later one (S2's
    /// summary sentence of all the demands) does not make two facts one.
    /// </summary>
    private static List<IFact> Picks(IEnumerable<IFact> weightiest, int count)
    {
        var picked = new List<IFact>();
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in weightiest)
        {
            if (IsUnrecoverable(fact))
            {
                continue;
            }

            var cited = fact is ICitedFact c && !c.Citations.IsDefaultOrEmpty ? c.Citations : [];

            var own = cited.Select(x => x.Source.Value + " " + x.Locator).ToList();
            if (own.Count > 0 && (sentences.Contains(own[0]) || own.Any(firsts.Contains)))
            {
                continue;
            }

            sentences.UnionWith(own);
            if (own.Count > 0)
            {
                firsts.Add(own[0]);
            }

            picked.Add(fact);
            if (picked.Count == count)
            {
                break;
            }
        }

        return picked;
    }

    /// <summary>True when every citation of a fact is graded 6: a truncation or garbling lost the words (Ushakov's sentence on the media).</summary>
    private static bool IsUnrecoverable(IFact fact) =>
        fact is ICitedFact c && !c.Citations.IsDefaultOrEmpty && c.Citations.All(x => x.Credibility == 6);

    /// <summary>
    /// How much a fact is the actor's own: 0 for what it (or one of its officials or bodies) demands or answers to a
    /// demand, the core of its position; 1 for its other words (claims, denials, answers, assessments, statements),
    /// which the analysts' weight then orders; 2 for words it shares with another party (Russia's and Belarus's joint
    /// "purely defensive", which is Belarus's as much: Russia's own denial of invasion plans says more of Russia); 3
    /// for what is done to it or around it (an event, a figure, a measure).
    /// </summary>
    private static int OwnTier(BriefingContext context, IFact fact, ActorId holder) =>
        !IsOwnWords(context, fact, holder) ? 3 : fact is Demand or Position ? 0 : IsShared(context, fact, holder) ? 2 : 1;

    /// <summary>True when words are given to another party besides the actor (a joint statement: "Russia and Belarus said …").</summary>
    private static bool IsShared(BriefingContext context, IFact fact, ActorId holder) =>
        Speakers(fact) is { IsDefaultOrEmpty: false } speakers && speakers.Any(s => HolderOf(context, s) is { } other && other != holder);

    /// <summary>
    /// A party's facts for its section on the index, without the demands and answers the who-wants-what matrix above
    /// already gives (Russia's three demands), when the party has other words of its own to show; all of them when not.
    /// </summary>
    private static List<IFact> NotRepeatingTheMatrix(List<IFact> weightiest, IReadOnlySet<IFact> inMatrix, BriefingContext context, ActorId holder)
    {
        var rest = weightiest.Where(f => !inMatrix.Contains(f)).ToList();
        return rest.Any(f => IsOwnWords(context, f, holder) && !IsUnrecoverable(f)) ? rest : weightiest;
    }

    /// <summary>The facts the who-wants-what matrix shows: every selected demand, and the answer it gives for each party's stance.</summary>
    private static HashSet<IFact> MatrixFacts(BriefingContext context)
    {
        var shown = new HashSet<IFact>(context.Selection.Of<Demand>());
        foreach (var demand in context.Selection.Of<Demand>())
        {
            shown.UnionWith(DemandAnswers.ByParty(context, demand).SelectMany(g => g.GroupBy(p => p.Stance).Select(s => s.First())));
        }

        return shown;
    }

    /// <summary>
    /// The sentence a section or page opens with when none of the actor's facts is its own words (Scholz: Biden's Nord
    /// Stream warning after meeting him, Macron's call with him, his scheduled visits), so that others' acts do not
    /// pose as the actor's weightiest words; null when some are.
    /// </summary>
    private static string? NoOwnWords(BriefingContext context, string name, IEnumerable<IFact> facts, ActorId holder) =>
        facts.Any(f => IsOwnWords(context, f, holder)) ? null : $"No statement of {name}'s own is reported; these facts involve {name}.";

    /// <summary>True when the fact is the actor's own words: a demand, claim, answer, statement or assessment it (or one of its officials or bodies) makes.</summary>
    private static bool IsOwnWords(BriefingContext context, IFact fact, ActorId holder) =>
        Speakers(fact) is { IsDefaultOrEmpty: false } speakers && speakers.Any(s => HolderOf(context, s) == holder);

    /// <summary>Whose words a fact gives: who demands, answers, claims, says or assesses; none for an event, a figure or a measure.</summary>
    private static ImmutableArray<ActorId> Speakers(IFact fact) => fact switch
    {
        Demand d => [d.By],
        Position p => [p.Holder],
        Claim c => c.Claimants,
        Response r => r.Responders,
        Statement s => s.Speakers,
        Assessment a => a.Assessors,
        _ => [],
    };

    /// <summary>
    /// A fact as a line of an actor's section: words with their speaker (none when the section's actor is the only one);
    /// a figure as a sentence (<see cref="FactViewBuilder.EstimateSentence"/>: "A Japanese Foreign Ministry official put
    /// the number of Japanese citizens in Ukraine at about 150."), not "speaker: figure"; an event or a measure as the first
    /// sentence of its summary ("Macron also spoke on Saturday with German Chancellor Scholz, …"), not its headline.
    /// </summary>
    private static ActorItem ItemOf(BriefingContext context, IFact fact, ActorId holder)
    {
        var views = context.Views;
        string Words(ImmutableArray<ActorId> ids, string text, ImmutableArray<Citation> citations, ReportedBy? relayed = null) =>
            relayed is null && ids.Length == 1 && ids[0] == holder ? context.Notes.ReaderText(text) : views.Spoken(ids, text, citations, relayed);
        var text = fact switch
        {
            Statement s => Words(s.Speakers, s.Summary, s.Citations, s.ReportedBy),
            Assessment a => Words(a.Assessors, a.Text, a.Citations, a.ReportedBy),
            Claim c => Words(c.Claimants, c.Text, c.Citations, c.ReportedBy),
            Response r => Words(r.Responders, r.Text, r.Citations, r.ReportedBy),
            Demand d => Words([d.By], d.Text, d.Citations),
            Position p => Words([p.Holder], p.Text, p.Citations),
            Estimate e => views.EstimateSentence(e),
            Event e => context.Notes.ReaderText(FirstSentence(e.Summary)),
            Measure { Summary: { Length: > 0 } summary } => context.Notes.ReaderText(FirstSentence(summary)),
            _ => views.LabelOf(fact),
        };
        return new ActorItem(views.WhenText(fact), text, context.Cite(fact));
    }

    /// <summary>
    /// An event's summary up to its first full stop: what happened, as a sentence, where its title is a headline
    /// ("Macron speaks with Scholz"); the summary's later sentences (the curators' asides: who the article leaves
    /// unnamed, what the timeline gives) are the timeline's.
    /// </summary>
    private static string FirstSentence(string summary)
    {
        var text = summary.Trim();
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..(end.Index + 1)] : text;
    }

    /// <summary>A full stop that ends a sentence: followed by a space and a capital or an opening quote.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?](?=\s+[A-Z""“])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    /// <summary>
    /// Who wants what: a row per selected demand, a column per party that makes or answers one or holds a position on
    /// one (the demanding parties first, then those that answered in the order of their first answer, then those with
    /// only a position that is no answer), each cell the party's
    /// stances on the demand in the order taken, each with the date and notes of its first; a stance with a short text
    /// says it ("Position, not an answer: opposes Georgia's and Ukraine's joining …"); the answers as
    /// <see cref="DemandAnswers"/> selects them.
    /// </summary>
    private static WhoWantsWhat? Matrix(BriefingContext context)
    {
        var views = context.Views;
        var demands = ByDate(context.Selection.Of<Demand>(), d => d.Date).ToList();
        if (demands.Count == 0)
        {
            return null;
        }

        var answers = demands.ToDictionary(d => d, d => DemandAnswers.ByParty(context, d).ToList());
        var demanders = demands.Select(d => views.PartyOf(d.By)).Distinct().ToList();
        // Parties that answered before those that only hold a position on a demand's subject (Germany, Ukraine).
        var parties = demanders
            .Concat(demands.SelectMany(d => answers[d].Where(g => g.Any(p => DemandAnswers.IsAnswer(p.Stance))).Select(g => g.Key)))
            .Concat(demands.SelectMany(d => answers[d].Select(g => g.Key)))
            .Distinct().ToList();
        var rows = demands.Select(d => new DemandRow(MainClause(d.Text), [.. parties.Select(party =>
        {
            if (party == views.PartyOf(d.By))
            {
                return new StanceCell([new StanceMark("Demands", d.By == party ? null : ReaderName(context.Catalog[d.By].Name), FactViewBuilder.DateText(d.Date), context.Cite(d))]);
            }

            var theirs = answers[d].FirstOrDefault(g => g.Key == party);
            return new StanceCell(theirs is null
                ? []
                : [.. theirs.GroupBy(p => p.Stance).Select(g => g.First()).Select(p => new StanceMark(
                    p.ShortText is { } inShort ? $"{Capitalise(p.Stance.Label())}: {Uncapitalise(inShort)}" : Capitalise(p.Stance.Label()),
                    p.Holder == party ? null : ReaderName(context.Catalog[p.Holder].Name),
                    FactViewBuilder.OwnDateText(p),
                    context.Cite(p)))]);
        })])).ToList();
        var heading = demanders.Count == 1 ? $"{ReaderName(context.Catalog[demanders[0]].Name)}'s demand" : "Demand";
        return new WhoWantsWhat(heading, [.. parties.Select(p => ReaderName(context.Catalog[p].Name))], rows);
    }
}

/// <summary>Who wants what, then the actors with a section by involvement, then the minor actors one line each.</summary>
public sealed class ActorsModel : DocumentModel
{
    /// <summary>The matrix of demands and stances; null when no demand is selected.</summary>
    public WhoWantsWhat? WhoWantsWhat { get; init; }

    /// <summary>The parties and people with a section, the most involved first.</summary>
    public required IReadOnlyList<ActorSection> Sections { get; init; }

    /// <summary>The other actors, one line each, the most involved first, up to <see cref="ReadingBudget.MinorActorsShown"/>.</summary>
    public required IReadOnlyList<MinorActor> Minor { get; init; }

    /// <summary>How many other actors the table leaves out (each in no more facts than its last line's).</summary>
    public int MinorLeftOut { get; init; }

    /// <summary>The most facts any actor the table leaves out is in: the last shown actor's count.</summary>
    public int MinorLeftOutAtMost { get; init; }
}

/// <summary>One page of an actor's: who they are, and their facts, the weightiest first.</summary>
public sealed class ActorPageModel : DocumentModel
{
    public required string Name { get; init; }

    /// <summary>The actor's section on the index ("joe-biden").</summary>
    public required string Anchor { get; init; }
    public string? Who { get; init; }

    /// <summary>How many selected facts the actor is in, on all their pages.</summary>
    public int Facts { get; init; }

    /// <summary>The sentence that says none of the actor's facts is their own words; null when some are.</summary>
    public string? NoOwnWords { get; init; }

    /// <summary>"part 2 of 3", or null when the actor's facts fit one page.</summary>
    public string? Part { get; init; }
    public required IReadOnlyList<ActorItem> Items { get; init; }
    public PageLink? Previous { get; init; }
    public PageLink? Next { get; init; }
}
