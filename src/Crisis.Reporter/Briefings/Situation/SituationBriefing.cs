using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Text;
using static Crisis.Reporter.Briefings.Shared.FactOrder;
using static Crisis.Reporter.Briefings.Shared.Wording;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>
/// The situation briefing: one page read in two minutes, in the order analysts read: key judgments, what changed in
/// the last week, where sources disagree, forces, what to watch, gaps and caveats, sources. Each fact is cited once,
/// by its strongest citation. Its template is <c>situation.scriban</c> beside this file.
/// </summary>
public sealed class SituationBriefing() : Briefing<SituationModel>(
    "situation",
    "one page in the order analysts read: key judgments, what changed, where sources disagree, forces, what to watch, gaps and caveats, sources",
    "Situation briefing: the Russia–Ukraine crisis")
{
    /// <summary>The days before the as-of date (inclusive) that "what changed" covers.</summary>
    public const int WindowDays = 7;

    /// <summary>How many supporting and opposing facts a judgment shows: the heaviest of each (by weight, then the analysts' order).</summary>
    public const int EvidenceFor = 1;

    /// <inheritdoc cref="EvidenceFor"/>
    public const int EvidenceAgainst = 1;

    /// <summary>How many answers to a disputed claim are shown (the latest).</summary>
    public const int AnswersShown = 1;

    /// <summary>The one-page situation briefing.</summary>
    protected override SituationModel Build(BriefingContext context)
    {
        context.OneNotePerFact = true;
        var sel = context.Selection;
        // The page's as-of date, as its header gives it; the week of "what changed" ends there.
        var asOf = context.Chronology.AsOf(sel.Evidence)?.End ?? DateOnly.MinValue;
        // A window that ends earlier (--to) ends the week too: "what changed" is the last week the reader asked for.
        if (sel.Filter.To is { } to && to < asOf)
        {
            asOf = to;
        }

        var windowStart = asOf.AddDays(1 - WindowDays);
        // Sections are built in the order the page shows them, so that notes number down the page.
        var judgments = Judgments(context);
        var courses = Courses(context);
        var (changes, minor) = Changes(context, windowStart, asOf);
        var figures = FigureDisagreements(context);
        var claims = ClaimDisagreements(context, windowStart);
        var forces = Forces(context);
        return new SituationModel
        {
            Judgments = judgments,
            Courses = courses,
            Window = DateDisplay.Range(new PartialDate(windowStart.Year, windowStart.Month, windowStart.Day), new PartialDate(asOf.Year, asOf.Month, asOf.Day)),
            Changes = changes,
            MinorChanges = minor,
            FigureDisagreements = figures,
            ClaimDisagreements = claims,
            Forces = forces.Rows,
            ForcesHeader = forces.Header,
            Watch = Watch(context, judgments),
            Caveats = Caveats(context),
        };
    }

    /// <summary>The analysts' judgments that rest on at least one selected fact, in the order they are written.</summary>
    private static List<JudgmentView> Judgments(BriefingContext context)
    {
        var selected = context.Selection.Evidence.ToHashSet();
        var result = new List<JudgmentView>();
        foreach (var j in context.Catalog.Judgments.OrderBy(j => j.DefinedOrder).ThenBy(j => j.Id.Value, StringComparer.Ordinal))
        {
            var support = Evidence.FactsOf(context, j.SupportedBy);
            if (!support.Any(selected.Contains))
            {
                continue;
            }

            var against = Evidence.FactsOf(context, j.CutAgainst);
            result.Add(new JudgmentView
            {
                Number = result.Count + 1,
                Text = j.Text,
                Likelihood = j.Likelihood is { } l ? l.Label() : null,
                Confidence = j.Confidence.Label(),
                Reasoning = j.Reasoning is { } r ? context.Notes.ReaderText(r) : null,
                For = support.Take(EvidenceFor).Select(f => Evidence.ViewOf(context, f)).ToList(),
                MoreFor = Math.Max(0, support.Count - EvidenceFor),
                Against = against.Take(EvidenceAgainst).Select(f => Evidence.ViewOf(context, f)).ToList(),
                MoreAgainst = Math.Max(0, against.Count - EvidenceAgainst),
            });
        }

        return result;
    }

    /// <summary>
    /// The analysts' courses of action that rest on at least one selected fact, most likely before most dangerous,
    /// each citing its heaviest supporting fact (the list says why; the reasoning is in the data and the export).
    /// </summary>
    private static List<CourseView> Courses(BriefingContext context)
    {
        var selected = context.Selection.Evidence.ToHashSet();
        return [.. context.Catalog.CoursesOfAction
            .OrderBy(c => c.DefinedOrder).ThenBy(c => c.Type).ThenBy(c => c.Id.Value, StringComparer.Ordinal)
            .Select(c => (Course: c, Support: Evidence.FactsOf(context, c.SupportedBy)))
            .Where(x => x.Support.Any(selected.Contains))
            .OrderBy(x => x.Course.Type)
            .Select(x => new CourseView(
                Capitalise(x.Course.Type.Label()),
                context.Catalog[x.Course.Actor].Name,
                context.Notes.ReaderText(x.Course.Text),
                x.Course.Confidence.Label(),
                context.Cite(x.Support.First(selected.Contains))))];
    }

    /// <summary>Events that took place in the window, day by day, the most salient first within a day; minor events are counted, not shown.</summary>
    private static (List<EventGroup> Groups, int Minor) Changes(BriefingContext context, DateOnly from, DateOnly to)
    {
        var inWindow = context.Selection.Of<Event>()
            .Where(e => e.Date is { } d && d.On.Start >= from && d.On.Start <= to && !context.Views.IsAhead(e))
            .ToList();
        var groups = inWindow.Where(e => e.Salience != Salience.Minor)
            .GroupBy(e => e.Date!.On.Start)
            .OrderBy(g => g.Key)
            .Select(g => new EventGroup(
                DateDisplay.Format(g.Key),
                g.OrderBy(e => e.Salience).ThenBy(e => e.Date!.On.IsApproximate).ThenBy(e => e.Id.Value, StringComparer.Ordinal).Select(context.Views.EventOf).ToList()))
            .ToList();
        return (groups, inWindow.Count(e => e.Salience == Salience.Minor));
    }

    /// <summary>
    /// Figures for the same thing on the same date that differ: a real disagreement. Figures that rise from one date
    /// to the next are a trend, a planned figure is not a count, and figures in different units or of different scope
    /// ("including separatist forces") count different things, so none of these is listed here.
    /// </summary>
    private static List<EstimateGroup> FigureDisagreements(BriefingContext context) =>
        context.Selection.Of<Estimate>()
            .Where(e => e.Qualifier != Qualifier.Planned && e.Rank != Rank.Deprecated)
            .GroupBy(e => (e.Quantity, Date: DateDisplay.Format(e.AsOf.On.Start), e.Unit, Scope: Scope(e)))
            .Where(g => g.Any(a => g.Any(b => Disjoint(Bounds(a), Bounds(b)))))
            .OrderBy(g => g.Min(e => e.AsOf.On)).ThenBy(g => g.Key.Quantity)
            .Select(g => new EstimateGroup(Legends.Trim(g.Key.Quantity.Describe()), g.Key.Date, ByDate(g, e => e.AsOf).Select(context.Views.EstimateOf).ToList()))
            .ToList();

    /// <summary>
    /// The values a figure allows: "more than 100,000" is 100,000 or more; a figure in words allows what its words
    /// say when they name an order of magnitude ("tens of thousands": 10,000 to 99,999), else anything.
    /// </summary>
    private static (decimal Low, decimal High) Bounds(Estimate e) => e.Value is not { } v
        ? WordBounds(e.StatedAs)
        : e.Qualifier switch
        {
            Qualifier.MoreThan => (v, decimal.MaxValue),
            Qualifier.UpTo => (0, v),
            Qualifier.About => (v * 0.9m, v * 1.1m),
            Qualifier.Range => (v, e.Upper ?? decimal.MaxValue),
            _ => (v, v),
        };

    private static (decimal Low, decimal High) WordBounds(string? words) => words switch
    {
        "tens of thousands" => (10_000, 99_999),
        "hundreds of thousands" => (100_000, 999_999),
        "thousands" => (1_000, 9_999),
        _ => (0, decimal.MaxValue),
    };

    private static bool Disjoint((decimal Low, decimal High) a, (decimal Low, decimal High) b) => a.High < b.Low || b.High < a.Low;

    /// <summary>
    /// Claims denied or disputed by another party, in words (a response) or by a fact the sources set against them
    /// (answered-by), when the claim or an answer falls in the window; beside each, its latest answer in words, else
    /// the first fact that answers it.
    /// </summary>
    private static List<ClaimView> ClaimDisagreements(BriefingContext context, DateOnly from)
    {
        var sel = context.Selection;
        var answers = sel.Of<Response>().Where(r => r.Stance is Stance.Denies or Stance.Disputes).ToLookup(r => r.Claim);
        List<(IFact Fact, Stance Stance)> Against(Claim c) => [.. context.Views.AnswersOf(c).Where(a => a.Stance is Stance.Denies or Stance.Disputes)];
        return sel.Of<Claim>()
            .Where(c => answers[c.Id].Any() || Against(c).Count > 0)
            .Where(c => new[] { c.Date?.On }.Concat(answers[c.Id].Select(r => r.Date?.On)).Concat(Against(c).Select(a => context.Chronology.WhenOf(a.Fact)))
                .Any(d => d is { } x && x.Start >= from))
            .OrderBy(c => c.Date is null ? 1 : 0).ThenBy(c => c.Date?.On).ThenBy(c => c.Id.Value, StringComparer.Ordinal)
            .Select(c =>
            {
                var view = context.Views.ClaimOf(c, withResponses: false);
                var responses = answers[c.Id].OrderBy(r => r.Date is null ? 1 : 0).ThenByDescending(r => r.Date?.On).ThenBy(r => r.Id.Value, StringComparer.Ordinal)
                    .Take(AnswersShown).Select(context.Views.ResponseOf).ToList();
                return view with
                {
                    Responses = responses,
                    AnsweredBy = responses.Count > 0 ? [] : [.. Against(c).Take(AnswersShown).Select(a => context.Views.AnswerOf(a.Fact, a.Stance))],
                };
            })
            .ToList();
    }

    private static readonly MeasuredQuantity[] ForceQuantities =
    [
        MeasuredQuantity.TroopsNearUkraine, MeasuredQuantity.TroopsDeployed, MeasuredQuantity.TroopsOnAlert,
    ];

    /// <summary>
    /// Every figure of forces, one table: Russian forces first, then Western, each by date; what is counted is named
    /// on its first row only, and the unit most rows share once in the header (a figure counted in another unit, such
    /// as people rather than soldiers, gives its own).
    /// </summary>
    private static (List<ForceRow> Rows, string Header) Forces(BriefingContext context)
    {
        var estimates = context.Selection.Of<Estimate>()
            .Where(e => ForceQuantities.Contains(e.Quantity) && e.Rank != Rank.Deprecated)
            .OrderBy(e => Array.IndexOf(ForceQuantities, e.Quantity)).ThenBy(e => e.AsOf.On).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
            .ToList();
        var units = estimates.GroupBy(e => e.Unit, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var unit = units.FirstOrDefault();
        var rows = estimates
            .GroupBy(e => e.Quantity)
            .SelectMany(g => g.Select((e, n) => new ForceRow(n == 0 ? Legends.Trim(g.Key.Describe()) : "", Figure(e, withUnit: e.Unit != unit), context.Views.EstimateOf(e))))
            .ToList();
        return (rows, unit is null ? "Figure" : units.Count == 1 ? Capitalise(unit) : $"{Capitalise(unit)}, unless stated");
    }

    /// <summary>The analysts' watch items, then events still ahead that no watch item covers, by date.</summary>
    private static List<WatchView> Watch(BriefingContext context, List<JudgmentView> judgments)
    {
        var shown = judgments.ToDictionary(j => j.Text, j => j.Number);
        var result = new List<(PartialDate Due, WatchView View)>();
        var covered = new HashSet<IFact>();
        foreach (var w in context.Catalog.WatchItems)
        {
            var evidence = Evidence.FactsOf(context, w.Evidence);
            covered.UnionWith(evidence);
            var bears = w.BearsOn.Select(id => context.Catalog[id].Text).Where(shown.ContainsKey).Select(t => shown[t]).Order().ToList();
            result.Add((w.Due.On, new WatchView(
                DateDisplay.Format(w.Due),
                w.Title,
                context.Notes.ReaderText(w.Why),
                context.Notes.ReaderText(w.WouldChange),
                bears.Count switch
                {
                    0 => null,
                    1 => $"judgment {bears[0]}",
                    _ => $"judgments {string.Join(", ", bears.SkipLast(1))} and {bears[^1]}",
                },
                evidence.Count == 0 ? [] : context.Cite(evidence[0]))));
        }

        foreach (var e in context.Selection.Of<Event>().Where(e => context.Chronology.IsAfterNewestSource(e.Date?.On) && !covered.Contains(e)))
        {
            // Only dated events are after the newest source: every one has its date.
            var view = context.Views.EventOf(e);
            result.Add((e.Date!.On, new WatchView(view.Date, $"{e.Title} ({view.Ahead})", null, null, null, view.Refs)));
        }

        return [.. result.OrderBy(x => x.Due.Start).ThenBy(x => x.View.Title, StringComparer.Ordinal).Select(x => x.View)];
    }

    /// <summary>What the reader should bear in mind about the sourcing, in plain words, from the facts themselves.</summary>
    private static List<string> Caveats(BriefingContext context)
    {
        var sel = context.Selection;
        var sources = context.Catalog.Sources;
        var result = new List<string>();
        if (sources.Length == 0)
        {
            return result;
        }

        var languages = sources.Select(s => s.Language.Label()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var translated = sources.Count(s => s.Original is not null);
        var all = sel.Evidence.Select(f => (Fact: f, Date: context.Chronology.DateOf(f), Citations: f is ICitedFact c ? c.Citations : [])).ToList();
        var those = sources.Length switch { 1 => "The source is a news article", 2 => "Both sources are news articles", _ => $"All {sources.Length} sources are news articles" };
        var translations = translated == sources.Length && sources.Length > 1 ? "all translations" : translated == 1 ? "1 of them a translation" : $"{translated} of them translations";
        result.Add($"{those} in {string.Join(" and ", languages)}"
            + (translated > 0 ? $", {translations} of other outlets' reporting: every official's words, Russian, Ukrainian or Western, come second-hand." : "."));
        var dated = all.Count(x => x.Date is not null);
        var inferred = all.Count(x => x.Date?.Basis == DateBasis.Inferred);
        if (dated > 0 && inferred > 0)
        {
            result.Add($"{OfAll(inferred, dated, "date")} {(inferred == 1 ? "is" : "are")} worked out (from a weekday, say), not written in the articles; \"~\" marks an approximate one.");
        }

        var (sentences, damaged, conflicting) = CitedSentences.Count(all.SelectMany(x => x.Citations));
        var conflicts = conflicting == 0 ? "" : $", and {conflicting} {(conflicting == 1 ? "conflicts" : "conflict")} with other facts as {(conflicting == 1 ? "it stands" : "they stand")}";
        if (damaged > 0)
        {
            result.Add($"{OfAll(damaged, sentences, "cited sentence")} {(damaged == 1 ? "is" : "are")} garbled or truncated where a fact rests on {(damaged == 1 ? "it" : "them")}{conflicts}; the notes say how each was read.");
        }
        else if (conflicting > 0)
        {
            result.Add($"{OfAll(conflicting, sentences, "cited sentence")} {(conflicting == 1 ? "conflicts" : "conflict")} with other facts as {(conflicting == 1 ? "it stands" : "they stand")}; the notes say how each was read.");
        }

        var single = all.Count(x => x.Citations.Select(c => c.Source).Distinct().Count() == 1);
        if (single > 0)
        {
            result.Add($"{OfAll(single, all.Count, "fact")} {(single == 1 ? "rests" : "rest")} on a single article.");
        }

        return result;
    }

    /// <summary>"3 of 5 facts", "All 5 facts", "1 of 5 facts".</summary>
    private static string OfAll(int part, int whole, string noun) =>
        part == whole && whole > 1 ? $"All {whole} {noun}s" : $"{part} of {Plural(whole, noun)}";
}

/// <summary>The one-page situation briefing, in the order analysts read.</summary>
public sealed class SituationModel : DocumentModel
{
    public required IReadOnlyList<JudgmentView> Judgments { get; init; }

    /// <summary>The analysts' most likely and most dangerous courses of action.</summary>
    public required IReadOnlyList<CourseView> Courses { get; init; }

    /// <summary>The days "what changed" covers ("7 Feb 2022 – 13 Feb 2022").</summary>
    public required string Window { get; init; }
    public required IReadOnlyList<EventGroup> Changes { get; init; }
    public required int MinorChanges { get; init; }
    public required IReadOnlyList<EstimateGroup> FigureDisagreements { get; init; }
    public required IReadOnlyList<ClaimView> ClaimDisagreements { get; init; }
    public required IReadOnlyList<ForceRow> Forces { get; init; }

    /// <summary>The header of the figures' column: their unit (\"Soldiers\") when they share one, else \"Figure\".</summary>
    public required string ForcesHeader { get; init; }
    public required IReadOnlyList<WatchView> Watch { get; init; }
    public required IReadOnlyList<string> Caveats { get; init; }
}

/// <summary>A row of the forces table: what is counted (only on the first row of its kind), the figure as the table shows it, and the estimate.</summary>
public sealed record ForceRow(string What, string Figure, EstimateView Estimate) : Crisis.Reporter.Templating.ITemplateView;
