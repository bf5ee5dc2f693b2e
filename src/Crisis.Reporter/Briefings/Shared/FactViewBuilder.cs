using System.Collections.Immutable;
using System.Globalization;
using Crisis.Model;
using Crisis.Reporter.Selection;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Shared;

/// <summary>
/// The views of facts the briefings share, display-ready (dates by precision, names resolved, notes numbered in the
/// document's registry). The kinds the briefings show in their own way have their own view (an event, a claim, …);
/// a fact of any other kind is a <see cref="FactLine"/>: its date, its reader label and its notes.
/// </summary>
public sealed partial class FactViewBuilder(BriefingContext context)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private FactSelection sel => context.Selection;

    private FactCatalog cat => context.Catalog;

    private NoteRegistry notes => context.Notes;

    private IReadOnlyList<string> Cite(ImmutableArray<Citation> citations) => context.Cite(citations);

    private IReadOnlyList<string> Cite(IFact fact) => context.Cite(fact);

    /// <summary>
    /// The date a fact itself gives, which views show: never one it inherits (a response without a date of its own is
    /// "undated" on the page, though filters and counts place it at its claim's date, <see cref="Chronology.DateOf"/>).
    /// </summary>
    public static Dating? OwnDate(IFact fact) => (fact as IDateFact)?.Date;

    /// <summary>
    /// When a fact's sources first report it: the earliest publication date among the sources it cites, with the sources
    /// published then; null when none has a date. What a page shows for a fact with no date of its own.
    /// </summary>
    public (Dating Date, IReadOnlyList<SourceId> In)? FirstReport(IFact fact) =>
        fact is ICitedFact cited && ReportedDate.Of(cat, cited) is { } first
            ? (first, [.. cited.Citations.Select(c => c.Source).Distinct().Where(s => cat[s].Published?.On.Start == first.On.Start)])
            : null;

    /// <summary>A fact's own date, else the date its sources first report it: where a list places it in time.</summary>
    public Dating? WhenOf(IFact fact) => OwnDate(fact) ?? FirstReport(fact)?.Date;

    /// <summary>
    /// A fact's date as a list line shows it, one rule for every page: its own date ("21 Jan 2022"); with none, when its
    /// sources first report it ("reported \~2 Feb 2022 (S3)"), so a reader can place it; "undated" only when no source
    /// has a date.
    /// </summary>
    public string WhenText(IFact fact) =>
        OwnDate(fact) is not null ? OwnDateText(fact)
        : FirstReport(fact) is { } report ? $"{ReportedDate.Text(report.Date)} ({string.Join(", ", report.In.Select(notes.LabelOf).Order(StringComparer.Ordinal))})"
        : DateText(null);

    /// <summary>True when an event had not happened when the sources were written: scheduled or planned, or dated after the newest source.</summary>
    public bool IsAhead(Event e) => AheadWord(e) is not null;

    /// <summary>True when an event is dated after the newest source: still ahead on the as-of date.</summary>
    public bool IsAfterNewestSource(Event e) => context.Chronology.IsAfterNewestSource(e.Date?.On);

    /// <summary>
    /// How an event that had not happened is shown: "scheduled", "planned" (its status) or "expected" (dated after the
    /// newest source); null when it took place. A scheduled or planned event dated before the newest source is "reported
    /// as scheduled": no source says it took place, and the page must not tell a reader it is still to come.
    /// </summary>
    public string? AheadWord(Event e) => e.Status is { } status && status != EventStatus.TookPlace
        ? (e.Date is not null && !context.Chronology.IsAfterNewestSource(e.Date.On) ? $"reported as {status.Label()}" : status.Label())
        : context.Chronology.IsAfterNewestSource(e.Date?.On) ? "expected" : null;

    /// <summary>
    /// How every view shows a fact's own date: "21 Jan 2022", "~12 Feb 2022", "undated"; "3 Dec 2021†" when the
    /// articles do not give it and it was taken from the public record. One function, so that a fact shows one date,
    /// mark and all, on every page (the test of dates across briefings checks it). A page that shows a fact cites it,
    /// and citing one with such a date gives the page the mark's legend (<see cref="BriefingContext.Cite(IFact)"/>).
    /// </summary>
    public static string DateText(Dating? date) => DateDisplay.Format(date) + (IsPublicRecord(date) ? PublicRecordMark : "");

    /// <summary>
    /// A fact's own date as every view shows it: <see cref="DateText"/>, read as the start of a state for a position
    /// that is no answer (Germany's opposition to Ukraine's joining NATO is held "since 2008", not on one day of it).
    /// </summary>
    public static string OwnDateText(IFact fact) =>
        (fact is Position { Stance: PositionStance.NotAnAnswer, Date: not null } ? "since " : "") + DateText(OwnDate(fact));

    /// <summary>The mark of a date the articles do not give, taken from the public record.</summary>
    public const string PublicRecordMark = "†";

    /// <summary>
    /// When an event runs from its date to its end, one rule for every page: one span when both ends are exact days of
    /// one year known the same way ("10–20 Feb 2022", "30 Nov – 2 Dec 2021†", the mark once for both), else each end in
    /// full ("~10 Feb 2022 to 20 Feb 2022": "~10–20" would blur which end is approximate); the date alone
    /// (<see cref="DateText"/>) when it has no end.
    /// </summary>
    public static string RunText(Dating start, Dating? end) =>
        end is null ? DateText(start)
        : start.Latest is null && end.Latest is null && start.On.Precision == DatePrecision.Day && end.On.Precision == DatePrecision.Day
            && start.On.Year == end.On.Year && !start.On.IsApproximate && !end.On.IsApproximate && IsPublicRecord(start) == IsPublicRecord(end)
            ? DateDisplay.Range(start.On, end.On) + (IsPublicRecord(start) ? PublicRecordMark : "")
            : $"{DateText(start)} to {DateText(end)}";

    /// <summary>True when a date was not given by the articles but taken from the public record: it shows <see cref="PublicRecordMark"/>.</summary>
    public static bool IsPublicRecord(Dating? date) => date?.Basis == DateBasis.PublicRecord;

    public EventView EventOf(Event e) => new()
    {
        Id = e.Id.Value,
        Date = DateText(e.Date),
        IsDated = e.Date is not null,
        DateBasis = e.Date is { } d ? d.Basis.Label() : "—",
        End = e.End is { } end ? DateText(end) : null,
        When = e.Date is { } start ? RunText(start, e.End) : DateText(e.Date),
        Title = e.Title,
        Ahead = AheadWord(e),
        Type = e.Type.Label(),
        Participants = Names(e.Participants),
        Places = e.Places.IsDefaultOrEmpty ? null : List([.. e.Places.Select(p => cat[p].Name).Distinct(StringComparer.Ordinal)]),
        Topics = e.Topics.IsDefaultOrEmpty ? null : string.Join(", ", e.Topics.Select(t => t.ToKey())),
        Summary = notes.ReaderText(e.Summary),
        Notes = e.Notes,
        Refs = Cite(e),
    };

    public StatementView StatementOf(Statement s) => new()
    {
        Id = s.Id.Value,
        Speaker = Attribution(s.Speakers, s.ReportedBy, s.Citations),
        Date = DateText(s.Date),
        Summary = notes.ReaderText(s.Summary),
        Quote = QuoteOf(s.Quote),
        Event = s.Event is { } ev ? cat[ev].Title : null,
        Notes = s.Notes,
        Refs = Cite(s),
    };

    public EstimateView EstimateOf(Estimate e) => new()
    {
        Id = e.Id.Value,
        Subject = e.Subject,
        Figure = Figure(e),
        Estimator = Attribution(e.Estimators, e.ReportedBy, e.Citations),
        AsOf = DateText(e.AsOf),
        AsOfBasis = e.AsOf.Basis.Label(),
        Place = e.Place is { } p ? cat[p].Name : null,
        Rank = e.Rank?.Label(),
        IsDeprecated = e.Rank == Rank.Deprecated,
        Notes = e.Notes,
        Refs = Cite(e),
    };

    /// <summary>A claim; with its answers (its selected responses and the facts that answer it) when <paramref name="withResponses"/>.</summary>
    public ClaimView ClaimOf(Claim c, bool withResponses)
    {
        var refs = Cite(c);
        var responses = withResponses
            ? ByDate(sel.Of<Response>().Where(r => r.Claim == c.Id), r => r.Date).Select(ResponseOf).ToList()
            : [];
        return new ClaimView
        {
            Id = c.Id.Value,
            Claimant = Attribution(c.Claimants, c.ReportedBy, c.Citations),
            Claims = Agree("claims", ArePlural(c.Claimants)),
            NamesClaimant = TextNames(c.Claimants, c.Text),
            Date = DateText(c.Date),
            Text = c.Text,
            Quote = QuoteOf(c.Quote),
            Status = c.Status.Label(),
            StatusMeaning = Legends.Trim(c.Status.Describe()),
            Notes = c.Notes,
            Refs = refs,
            Responses = responses,
            AnsweredBy = withResponses ? [.. AnswersOf(c).Select(a => AnswerOf(a.Fact, a.Stance))] : [],
        };
    }

    /// <summary>The selected facts that answer a claim without words said in answer (its answered-by), in the curators' order.</summary>
    public IEnumerable<(IFact Fact, Stance Stance)> AnswersOf(Claim c) => c.AnsweredBy.IsDefaultOrEmpty
        ? []
        : c.AnsweredBy.Select(a => (Fact: cat[a.Fact], a.Stance)).Where(a => sel.Shows(a.Fact));

    /// <summary>A fact as the answer to a claim: its one-line label, its stance, its own date and its notes.</summary>
    public FactAnswerView AnswerOf(IFact fact, Stance stance) =>
        new(LabelOf(fact).TrimEnd('.'), stance.Label(), OwnDateText(fact), Cite(fact));

    public ResponseView ResponseOf(Response r) => new()
    {
        Id = r.Id.Value,
        Responder = Attribution(r.Responders, r.ReportedBy, r.Citations),
        Stance = Agree(r.Stance.Label(), ArePlural(r.Responders)),
        StanceKey = r.Stance.ToKey(),
        Date = DateText(r.Date),
        Text = r.Text,
        ClaimText = cat[r.Claim].Text,
        Quote = QuoteOf(r.Quote),
        Notes = r.Notes,
        Refs = Cite(r),
    };

    public DemandView DemandOf(Demand d, bool withPositions)
    {
        var refs = Cite(d);
        var positions = withPositions
            ? ByDate(sel.Of<Position>().Where(p => p.Demand == d.Id), p => p.Date).Select(PositionOf).ToList()
            : [];
        return new DemandView
        {
            Id = d.Id.Value,
            By = Parties([d.By], d.Citations),
            Of = Names(d.Of),
            Date = DateText(d.Date),
            Text = d.Text,
            Quote = QuoteOf(d.Quote),
            Notes = d.Notes,
            Refs = refs,
            Positions = positions,
        };
    }

    public PositionView PositionOf(Position p) => new()
    {
        Id = p.Id.Value,
        Holder = Parties([p.Holder], p.Citations),
        Stance = Agree(p.Stance.Label(), ArePlural([p.Holder])),
        StanceKey = p.Stance.ToKey(),
        Date = OwnDateText(p),
        Text = p.Text,
        DemandText = cat[p.Demand].Text,
        Notes = p.Notes,
        Refs = Cite(p),
    };

    public MeasureView MeasureOf(Measure m)
    {
        var size = new List<string>();
        if (m.Amount is { } amount)
        {
            size.Add(Quantity(amount, m.Currency));
        }

        if (m.Troops is { } troops)
        {
            size.Add($"{troops.ToString("#,0", Inv)} troops");
        }

        // Whom a measure is aimed at and where it goes, each once: aid "to Ukraine" whose destination is Ukraine is one Ukraine.
        var aimed = Named(m.Target).Select(a => ReaderName(a.Name))
            .Concat(m.Destinations.IsDefaultOrEmpty ? [] : m.Destinations.Select(p => cat[p].Name))
            .Distinct(StringComparer.Ordinal).ToList();
        return new MeasureView
        {
            Id = m.Id.Value,
            Type = m.Type.Label(),
            Stage = m.Stage.Label(),
            Title = m.Title,
            By = Parties(m.By, m.Citations),
            Target = aimed.Count == 0 ? null : List(aimed),
            Size = size.Count == 0 ? null : string.Join(", ", size),
            Date = DateText(m.Date),
            Condition = m.Condition,
            Summary = m.Summary is { } summary ? notes.ReaderText(summary) : null,
            Refs = Cite(m),
        };
    }

    public AssessmentView AssessmentOf(Assessment a) => new()
    {
        Id = a.Id.Value,
        Assessor = Attribution(a.Assessors, a.ReportedBy, a.Citations, withRoles: true),
        Date = DateText(a.Date),
        Text = a.Text,
        StatedLikelihood = a.StatedLikelihood,
        Quote = QuoteOf(a.Quote),
        Notes = a.Notes,
        Refs = Cite(a),
    };

    /// <summary>A fact of a kind no template shows in its own way, as a dated line: its own date, its label, its notes.</summary>
    public FactLine FactLineOf(IFact fact) =>
        new(fact.Kind, fact.Key, OwnDateText(fact), LabelOf(fact), Cite(fact));

    /// <summary>
    /// A one-line label for any fact (the sources briefing's lists): words are led by their speaker and what they do
    /// ("Russia demands: NATO must …") unless the text names the speaker itself ("Russia denies …", not "Russia claims:
    /// Russia denies …"); a figure is a sentence, as on every page (<see cref="EstimateSentence"/>); an answer keeps its
    /// stance ("Rejects: Blinken said …"); words someone relayed say who, as every page says it (<see cref="Relayed"/>);
    /// any other fact is its parties, then its reader label ("Russia: …"). On a source's own page
    /// (<paramref name="onPageOf"/>) words no one is named for are that source's own voice and need no
    /// "Unattributed (S3):" before them: the page is the source's, and quotes its sentence under the line.
    /// </summary>
    public string LabelOf(IFact fact, SourceId? onPageOf = null) => notes.ReaderText(fact switch
    {
        Event e => e.Title,
        Statement s => Relayed(Led(s.Speakers, s.Citations, null, s.Summary, onPageOf: onPageOf), s.ReportedBy),
        Estimate e => EstimateWords(e),
        Claim c => Relayed(Led(c.Claimants, c.Citations, "claims", c.Text, onPageOf: onPageOf), c.ReportedBy),
        Response r => Relayed(Led(r.Responders, r.Citations, r.Stance.Label(), r.Text, keepVerb: true, onPageOf), r.ReportedBy),
        Demand d => Led([d.By], d.Citations, "demands", d.Text, onPageOf: onPageOf),
        Position p => Led([p.Holder], p.Citations, p.Stance.Label(), p.Text, keepVerb: true, onPageOf),
        Measure m => m.Title,
        Assessment a => Relayed(Led(a.Assessors, a.Citations, null, a.Text, onPageOf: onPageOf), a.ReportedBy),
        Actor a => a.Name,
        Place p => p.Name,
        IPartiesFact { Parties.Length: > 0 } acted => $"{Capitalise(Parties(acted.Parties, fact is ICitedFact cited ? cited.Citations : []))}: {(fact as ILabelFact)?.Label ?? fact.Key}",
        ILabelFact labelled => labelled.Label,
        _ => fact.Key,
    });

    /// <summary>
    /// True for an actor that stands for a source's own voice rather than for anyone the source names: a news voice
    /// (type media) that no words of any source name (no alias). Reader text never shows it as an actor: what it
    /// "says" is unattributed, in the voice of the sources that carry it ("unattributed (S4)"), and it has no dossier.
    /// </summary>
    public static bool IsOwnVoice(Actor actor) => actor.Type == ActorType.Media && actor.Aliases.IsDefaultOrEmpty;

    /// <summary>The actors a fact names as its parties, without those that stand for a source's own voice.</summary>
    public IReadOnlyList<Actor> Named(ImmutableArray<ActorId> ids) =>
        ids.IsDefaultOrEmpty ? [] : [.. ids.Select(i => cat[i]).Where(a => !IsOwnVoice(a))];

    /// <summary>
    /// The parties to one act, as reader text names them (<see cref="Wording.ReaderName"/>, with their roles where
    /// asked): "Russia and Belarus"; with no party the source names, "unattributed" and the sources that carry the words
    /// ("unattributed (S4)").
    /// </summary>
    public string Parties(ImmutableArray<ActorId> ids, bool withRoles = false) => Parties(ids, [], withRoles);

    /// <inheritdoc cref="Parties(ImmutableArray{ActorId}, bool)"/>
    public string Parties(ImmutableArray<ActorId> ids, ImmutableArray<Citation> citations, bool withRoles = false)
    {
        var named = Named(ids);
        return named.Count == 0
            ? Wording.UnattributedIn(SourceLabels(citations))
            : Wording.Parties([.. named.Select(a => withRoles && a.Role is { } role ? $"{Wording.ReaderName(a.Name)} ({role})" : Wording.ReaderName(a.Name))]);
    }

    /// <summary>
    /// The party an actor speaks or acts for: the actor itself when it is a state, an alliance, an organisation or a
    /// group; otherwise the party its affiliation leads to (Blinken and the State Department: the United States).
    /// </summary>
    public ActorId PartyOf(ActorId id)
    {
        var seen = new HashSet<ActorId>();
        var actor = cat[id];
        while (actor.Type is not (ActorType.State or ActorType.Alliance or ActorType.Organisation or ActorType.Group) && actor.Affiliation is { } up && seen.Add(actor.Id))
        {
            actor = cat[up];
        }

        return actor.Id;
    }

    /// <summary>
    /// True when a text names every one of its parties, so a line need not name them again ("Lavrov insisted …" names
    /// Sergey Lavrov; "The Kremlin said …" the Kremlin): a party's reader name without a leading "The", or a person's
    /// surname. False when a party is left unnamed ("Moscow points to …" for Russia) or there is none.
    /// </summary>
    public bool TextNames(ImmutableArray<ActorId> ids, string text) =>
        Named(ids) is { Count: > 0 } named && named.All(a => Mentions(a, text));

    /// <summary>
    /// True when a text mentions an actor: its reader name without a leading "The", the other name it gives in one word
    /// ("US Department of Defense (Pentagon)": "The Pentagon …"; "French presidency (Élysée) official": "The Élysée
    /// official added …"), a name the curators' texts give it (`names-in-text`: "Moscow denied …" for Russia), or a
    /// person's surname ("Lavrov insisted …"); for an unnamed official, a sentence that gives the words to an official
    /// ("The official said …", "A senior State Department official said …"): the sentence says who speaks in other words.
    /// </summary>
    private static bool Mentions(Actor a, string text)
    {
        if (a.Type == ActorType.Official && OfficialSaid().IsMatch(text))
        {
            return true;
        }

        var name = ReaderName(a.Name);
        var other = OtherName(name)?.Other;
        return text.Contains(Bare(name), StringComparison.Ordinal)
            || (other is not null && text.Contains(other, StringComparison.Ordinal))
            || (!a.NamesInText.IsDefaultOrEmpty && a.NamesInText.Any(n => text.Contains(n, StringComparison.Ordinal)))
            || (a.Type == ActorType.Person && text.Contains(name.Split(' ')[^1], StringComparison.Ordinal));
    }

    /// <summary>
    /// The other, one-word name a reader name gives in brackets ("US Department of Defense (Pentagon)": "Pentagon";
    /// "French presidency (Élysée) official": "Élysée", then " official" after it), or null when it gives none.
    /// </summary>
    private static (string Other, string After)? OtherName(string name)
    {
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        var close = open > 0 ? name.IndexOf(')', open) : -1;
        return close > open + 2 && !name.AsSpan(open + 2, close - open - 2).Contains(' ') ? (name[(open + 2)..close], name[(close + 1)..]) : null;
    }

    /// <summary>
    /// Words led by their speaker, and by what the speaker does with them when given ("Russia demands: NATO must …"),
    /// unless the text names a speaker itself: "Russia: Moscow denied …" and "Russia claims: Russia denies …" say the
    /// speaker twice. An answer's stance is more than its verb ("qualifies", "offers talks, not agreement"), so with
    /// <paramref name="keepVerb"/> it stays where the speaker is dropped: "Qualifies: The Élysée official added …".
    /// </summary>
    private string Led(ImmutableArray<ActorId> ids, ImmutableArray<Citation> citations, string? verb, string text, bool keepVerb = false, SourceId? onPageOf = null) =>
        Named(ids).Any(a => Mentions(a, text)) || IsOwnVoiceOn(onPageOf, ids, citations) ? (keepVerb && verb is not null ? $"{Capitalise(verb)}: {text}" : text)
        : verb is null ? $"{Capitalise(Parties(ids, citations))}: {text}"
        : $"{Capitalise(Parties(ids, citations))} {Agree(verb, ArePlural(ids))}: {text}";

    /// <summary>True when words no one is named for are shown on the page of a source that carries them: its own voice.</summary>
    private bool IsOwnVoiceOn(SourceId? page, ImmutableArray<ActorId> ids, ImmutableArray<Citation> citations) =>
        page is { } source && Named(ids).Count == 0 && !citations.IsDefaultOrEmpty && citations.Any(c => c.Source == source);

    /// <summary>
    /// A figure as a sentence, built from its fields, the one wording of every estimate read as a line of prose (the
    /// actors pages, the sources pages, the independence list): who gave it, what it counts, the figure: "A Japanese
    /// Foreign Ministry official put the number of Japanese citizens in Ukraine at about 150.", "The United States and the
    /// United Kingdom put the number of Russian troops massed near Ukraine at about 130,000." (a subject's own ",
    /// according to …" is who gave it, said once), "US intelligence, reported by The Washington Post, put the number of
    /// Russian troops Russia planned to deploy … at 175,000." (a planned figure whose subject says so is not "(planned)"
    /// twice). A count (soldiers, people, ships, countries) is "the number of …" at a bare number; anything else keeps
    /// its unit ("the length of the Biden–Putin call … at about 1 hour"). A sum of money is not "put at" but amounts to
    /// it: "According to the United States, the additional US security assistance … amounted to $200 million." A subject
    /// that already names who gave the figure (<see cref="Mentions"/>: "Russian troops the US and its allies accuse
    /// Moscow of massing …") does not name them again: "The number of … was put at 100,000." A figure no source is named
    /// for says so, in the voice of the articles that carry it: "S3 puts the number of … at more than 100,000, naming no source."
    /// </summary>
    public string EstimateSentence(Estimate e) => notes.ReaderText(EstimateWords(e));

    private string EstimateWords(Estimate e)
    {
        var named = Named(e.Estimators);
        var subject = AccordingTo().Replace(e.Subject, "");
        var count = e.Unit is "soldiers" or "people" or "ships" or "countries";
        var money = Wording.IsMoney(e.Unit);
        var figure = Figure(e, withUnit: !count);
        if (e.Qualifier == Qualifier.Planned && subject.Contains("plan", StringComparison.OrdinalIgnoreCase))
        {
            figure = figure.Replace(" (planned)", "", StringComparison.Ordinal);
        }

        var what = (count ? "the number of " : "the ") + SentenceCase(subject);
        if (named.Count == 0)
        {
            // The articles that carry it speak for it, by label ("S3 puts …"): "the articles" would read as several
            // agreeing, which a figure from one article is not.
            var carriers = SourceLabels(e.Citations);
            var voice = carriers.Count == 0 ? "the articles" : Wording.List(carriers);
            var plural = carriers.Count != 1;
            return money
                ? $"According to {voice}, which {(plural ? "name" : "names")} no source, {what} amounted to {figure}."
                : $"{Capitalise(voice)} {(plural ? "put" : "puts")} {what} at {figure}, naming no source.";
        }

        if (named.Any(a => Mentions(a, subject)))
        {
            return money ? $"{Capitalise(what)} amounted to {figure}." : $"{Capitalise(what)} was put at {figure}.";
        }

        var who = named.Count == 1 && named[0].Type == ActorType.Official ? Relayer(named[0].Id) : Wording.List([.. named.Select(SentenceName)]);
        if (e.ReportedBy is { } relay)
        {
            who = $"{who}, {Wording.ReportedBy(Relayer(relay.By), relay.How)},";
        }

        return money ? $"According to {who.TrimEnd(',')}, {what} amounted to {figure}." : $"{Capitalise(who)} put {what} at {figure}.";
    }

    /// <summary>
    /// A party as a sentence names it: a body by the short name it is known by ("the Pentagon" for "US Department of
    /// Defense (Pentagon)"), with "the" where English gives the name one ("the United States", "the United Kingdom",
    /// "the US military"; English has no rule for it, hence the endings of the names in the data); else its reader name.
    /// </summary>
    private static string SentenceName(Actor actor)
    {
        var name = ReaderName(actor.Name);
        if (actor.Type == ActorType.GovernmentBody && OtherName(name) is { } known)
        {
            return "the " + known.Other;
        }

        return name.EndsWith(" States", StringComparison.Ordinal) || name.EndsWith(" Kingdom", StringComparison.Ordinal)
            || name.EndsWith(" military", StringComparison.Ordinal)
            ? "the " + name : name;
    }

    /// <summary>
    /// A subject inside a sentence: its first word in lower case ("people Russia has already moved …"), unless it is a
    /// name or an adjective of one, which English capitalises ("Russian troops", "US troops", "Japanese citizens"):
    /// an acronym, or a word with a demonym's ending (-an, -ese, -ish, -ch), the only capitals the subjects open with.
    /// </summary>
    private static string SentenceCase(string subject)
    {
        var first = subject.Split(' ')[0];
        var proper = first.Length > 1 && char.IsUpper(first[1])
            || first.EndsWith("an", StringComparison.Ordinal) || first.EndsWith("ese", StringComparison.Ordinal)
            || first.EndsWith("ish", StringComparison.Ordinal) || first.EndsWith("ch", StringComparison.Ordinal);
        return proper ? subject : Uncapitalise(subject);
    }

    /// <summary>A subject's own tail naming who gave the figure (", according to the United States and the United Kingdom").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@", according to [^,;()]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AccordingTo();

    /// <summary>
    /// Who relayed words, as a sentence names them: a person or a body by name ("Yuri Ushakov", "the Kremlin"), one
    /// unnamed official with an article and its rank in lower case ("a senior US State Department official", "a French
    /// presidency (Élysée) official").
    /// </summary>
    private string Relayer(ActorId id)
    {
        var actor = cat[id];
        var name = ReaderName(actor.Name);
        if (actor.Type != ActorType.Official || Wording.IsPlural([(actor.Name, actor.Type)]))
        {
            // Inside a sentence a body's article is lower case ("(reported by the White House in a readout)"); a
            // newspaper's is part of its title ("The Washington Post").
            return actor.Type != ActorType.Media && name.StartsWith("The ", StringComparison.Ordinal) ? "the " + name[4..] : name;
        }

        // An official named with the other, shorter name of their body ("French presidency (Élysée) official") is
        // that name in running text ("an Élysée official"): a relay is named inside a sentence that may be in brackets.
        if (OtherName(name) is { } known)
        {
            name = known.Other + known.After;
        }

        var first = name.Split(' ')[0];
        var written = Wording.IsRank(first) ? Uncapitalise(name) : name;
        return $"{(written[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'A' or 'E' or 'I' or 'O' or 'U' or 'É' ? "an" : "a")} {written}";
    }

    /// <summary>
    /// Words as a reader takes them in, with their speaker: the text alone when it names its parties ("Blinken said
    /// NATO …"), else led by them ("Russia: Moscow points to …"); who relayed them, when someone did and the text does
    /// not say, after it ("Putin told Macron …. (Reported by …)"): the text stays whole, as every page gives it.
    /// </summary>
    public string Spoken(ImmutableArray<ActorId> ids, string text, ImmutableArray<Citation> citations, ReportedBy? reportedBy = null)
    {
        // A text that names one of its parties is a sentence with its subject ("The United States and its allies accuse …").
        return notes.ReaderText(Relayed(Led(ids, citations, null, text), reportedBy));
    }

    /// <summary>
    /// Words with who relayed them, when someone did and the sentence does not say so itself (<see cref="NamesRelay"/>:
    /// "According to Ushakov, Putin told Biden …"), at the front of the sentence (<see cref="Wording.RelayedWords"/>):
    /// "An Élysée official told reporters that Putin told Macron he had no offensive intention." One rule for every
    /// page's words.
    /// </summary>
    private string Relayed(string words, ReportedBy? reportedBy)
    {
        if (reportedBy is null || NamesRelay(reportedBy.By, words))
        {
            return words;
        }

        return Wording.RelayedWords(Relayer(reportedBy.By), reportedBy.How, words);
    }

    /// <summary>
    /// True when a sentence already says who relayed its words, so no "(reported by …)" follows it: it opens "According
    /// to …" ("According to a senior State Department official, Lavrov indicated …"), or it names the relay
    /// (<see cref="Mentions"/>: "Ushakov said …", "The official said …").
    /// </summary>
    private bool NamesRelay(ActorId by, string text) =>
        text.StartsWith("According to ", StringComparison.Ordinal) || Mentions(cat[by], text);

    /// <summary>Words given to an official in the sentence itself: "the official said", "US officials added".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bofficials? (said|added|told|indicated)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OfficialSaid();

    /// <summary>True when a verb after these parties takes the plural (<see cref="Wording.IsPlural"/>).</summary>
    public bool ArePlural(ImmutableArray<ActorId> ids) => Wording.IsPlural([.. Named(ids).Select(a => (a.Name, a.Type))]);

    /// <summary>The labels of the sources a fact cites ("S1", "S4"), each once, in label order.</summary>
    public IReadOnlyList<string> SourceLabels(ImmutableArray<Citation> citations) =>
        citations.IsDefaultOrEmpty ? [] : [.. citations.Select(c => c.Source).Distinct().Select(notes.LabelOf).OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal)];

    /// <summary>The parties, and who relayed their words when they reached the source through someone else.</summary>
    public string Attribution(ImmutableArray<ActorId> ids, ReportedBy? reportedBy, ImmutableArray<Citation> citations, bool withRoles = false) =>
        reportedBy is null ? Parties(ids, citations, withRoles) : $"{Parties(ids, citations, withRoles)}, {Wording.ReportedBy(Relayer(reportedBy.By), reportedBy.How)}";

    /// <summary>Actors named in running text, each once ("Germany, Poland and Romania"), or null for none.</summary>
    public string? Names(ImmutableArray<ActorId> ids) =>
        Named(ids) is { Count: > 0 } named ? Wording.List([.. named.Select(a => Wording.ReaderName(a.Name)).Distinct(StringComparer.Ordinal)]) : null;

    public SourceView SourceOf(Source s, IReadOnlyList<SourceFact> facts)
    {
        var label = notes.LabelOf(s.Id);
        var (title, titleNote) = SplitTitle(s.Title.English ?? s.Title.Original);
        // "S2: …" and not "S2 · …": a dropped "·" leaves two hyphens in the anchor, which renderers collapse differently.
        var heading = $"{label}: {title}";
        return new SourceView
        {
            Label = label,
            Id = s.Id.Value,
            File = s.File,
            Title = s.Title.Original,
            TitleEnglish = s.Title.English,
            HeadingTitle = title,
            TitleNote = titleNote,
            Heading = heading,
            Anchor = Anchors.Slug(heading),
            Outlet = s.Outlet ?? "outlet not stated",
            Original = s.Original,
            Credits = s.Credits.IsDefaultOrEmpty ? "none" : string.Join("; ", s.Credits),
            Language = s.Language.Label(),
            Published = s.Published is { } p ? DateText(p) : "date not known",
            Grade = s.Reliability.Label(),
            GradeMeaning = Legends.Trim(s.Reliability.Describe()),
            GradeReason = s.ReliabilityReason,
            QualityNotes = s.QualityNotes.IsDefault ? [] : s.QualityNotes,
            Facts = facts,
        };
    }

    /// <summary>A name without its leading article ("The Kremlin": "Kremlin"), to find it inside a sentence.</summary>
    private static string Bare(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>
    /// A headline and the curators' note the data appends to it in parentheses ("… border. (opening sentence; the text
    /// has no headline)"): a parenthesis after the headline's own full stop is a note on it, not part of it.
    /// </summary>
    private static (string Title, string? Note) SplitTitle(string title)
    {
        var open = title.LastIndexOf(" (", StringComparison.Ordinal);
        return title.EndsWith(')') && open > 0 && title[open - 1] is '.' or '!' or '?'
            ? (title[..open], title[(open + 2)..^1])
            : (title, null);
    }

    public static QuoteView? QuoteOf(BilingualText? q) => q is null ? null : new QuoteView(q.Original, q.Language, q.English);
}
