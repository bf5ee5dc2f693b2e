using System.Collections.Immutable;
using Crisis.Model;

namespace Crisis.Reporter.Tests;

/// <summary>
/// TEST DATA, NOT FACTS. A small, fixed, made-up catalog that exercises every section of every briefing:
/// every date precision (day, month, year, approximate, undated), every measure stage that matters, claims
/// with and without responses, demands and positions, estimates that disagree (planned, deprecated, order of
/// magnitude), assessments with and without an ICD 203 term, and hostile text (a "|", a line break, a "[^1]",
/// "*", "&lt;b&gt;", a leading "1.") that must not break tables, lists or footnotes.
/// The ids look like the real fact base's so the templates see realistic values; every text says it is a test.
/// </summary>
public static class TestData
{
    private static Citation Cite(string source, string locator, int credibility = 2, string? quote = null, string? translation = null, string? note = null) =>
        new() { Source = new SourceId(source), Locator = locator, Credibility = credibility, Quote = quote, Translation = translation, Note = note };

    private static Dating On(int year, int? month = null, int? day = null, bool approx = false, DateBasis basis = DateBasis.Stated, PartialDate? latest = null) =>
        new() { On = new PartialDate(year, month, day, approx), Latest = latest, Basis = basis };

    private static ImmutableArray<T> A<T>(params T[] items) => [.. items];

    /// <summary>The test catalog (built once).</summary>
    public static FactCatalog Catalog { get; } = Build();

    private static FactCatalog Build() => new(
        sources:
        [
            new Source
            {
                Id = new("src-test-a"), File = "test_article_a.txt", Language = Language.Fr,
                Title = new BilingualText("Article de test A", "fr", "Test article A"),
                Outlet = "Test Outlet", Original = "Made up for the reporter's tests",
                Credits = A("TEST / AGENCY"), Published = On(2022, 2, 12),
                Reliability = Reliability.C, ReliabilityReason = "Test data: a made-up article.",
                QualityNotes = A("Test data: machine translation.", "Test data: a truncated sentence."),
            },
            new Source
            {
                Id = new("src-test-b"), File = "test_article_b.txt", Language = Language.Fr,
                Title = new BilingualText("Article de test B", "fr"),
                Reliability = Reliability.F, ReliabilityReason = "Test data: reliability cannot be judged.",
            },
        ],
        actors:
        [
            new Actor { Id = new("act-test-state-east"), Name = "Eastland (test)", Type = ActorType.State, Citations = A(Cite("src-test-a", "§1")) },
            new Actor { Id = new("act-test-state-west"), Name = "Westland (test)", Type = ActorType.State, Aliases = A("Ouestland"), Citations = A(Cite("src-test-a", "§1")) },
            new Actor
            {
                Id = new("act-test-minister"), Name = "Test Minister", Type = ActorType.Person, Role = "Foreign minister of Eastland (test)",
                Affiliation = new("act-test-state-east"), Description = "A made-up minister | with a pipe\nand a line break.",
                Citations = A(Cite("src-test-a", "§2")),
            },
            new Actor { Id = new("act-test-alliance"), Name = "Test Alliance", Type = ActorType.Alliance, Citations = A(Cite("src-test-b", "§1")) },
        ],
        places:
        [
            new Place { Id = new("plc-test-border"), Name = "Test border area", Type = PlaceType.BorderArea, Citations = A(Cite("src-test-a", "§1")) },
        ],
        events:
        [
            new Event
            {
                Id = new("ev-test-talks"), Salience = Salience.Key, Title = "Test talks | in two parts", Type = EventType.Meeting, Date = On(2022, 1, 21),
                Participants = A(new ActorId("act-test-minister"), new ActorId("act-test-state-west")), Places = A(new PlaceId("plc-test-border")),
                Topics = A(Topic.Diplomatic), Summary = "Test data: talks held.\nA second line [^1] that must not become a footnote.",
                Citations = A(Cite("src-test-a", "§3", 2, "Les pourparlers de test", "The test talks")),
            },
            new Event
            {
                Id = new("ev-test-buildup"), Salience = Salience.Key, Title = "Test build-up: forces gather", Type = EventType.BuildUp, Date = On(2021, 11),
                Participants = A(new ActorId("act-test-state-east")), Topics = A(Topic.Military), Summary = "1. Test data: forces gathered *near* the border.",
                Citations = A(Cite("src-test-a", "§4"), Cite("src-test-b", "§2", 4)),
            },
            new Event
            {
                Id = new("ev-test-exercise"), Salience = Salience.Major, Title = "Test exercise", Type = EventType.Exercise, Date = On(2022, 2, 10, approx: true, basis: DateBasis.Inferred),
                End = On(2022, 2, 20, basis: DateBasis.Inferred), Participants = A(new ActorId("act-test-state-east")), Topics = A(Topic.Military),
                Summary = "Test data: an exercise due to end after the last dated fact.", Notes = "Test data: the end date was garbled.",
                Citations = A(Cite("src-test-a", "§5", 3, note: "Test data: repaired from \"le 1er février. 20.\"")),
            },
            new Event
            {
                Id = new("ev-test-sanctions-talk"), Salience = Salience.Major, Title = "Test sanctions threatened", Type = EventType.SanctionThreat, Date = On(2022, 2, 12, basis: DateBasis.PublicRecord),
                Participants = A(new ActorId("act-test-state-west")), Topics = A(Topic.Economic), Summary = "Test data: <b>sanctions</b> threatened.",
                Citations = A(Cite("src-test-b", "§3")),
            },
            new Event
            {
                Id = new("ev-test-history"), Salience = Salience.Minor, Title = "Test enlargement", Type = EventType.Enlargement, Date = On(2004),
                Participants = A(new ActorId("act-test-alliance")), Topics = A(Topic.NatoEnlargement), Summary = "Test data: a year-only date.",
                Citations = A(Cite("src-test-b", "§4")),
            },
            new Event
            {
                Id = new("ev-test-undated"), Salience = Salience.Minor, Title = "Test undated event", Type = EventType.Announcement,
                Participants = A(new ActorId("act-test-state-east")), Summary = "Test data: no date in the sources.",
                Citations = A(Cite("src-test-b", "§5")),
            },
        ],
        statements:
        [
            new Statement
            {
                Id = new("st-test-minister"), Speakers = A(new ActorId("act-test-minister")), Date = On(2022, 1, 21), Event = new("ev-test-talks"),
                ReportedBy = new ReportedBy { By = new("act-test-state-west"), How = Relay.ToldReporters },
                Summary = "Test data: the minister said the talks were useful.", Topics = A(Topic.Diplomatic),
                Quote = new BilingualText("Les pourparlers de test étaient utiles", "fr", "The test talks were useful"),
                Citations = A(Cite("src-test-a", "§3", 2, "Les pourparlers de test", "The test talks")),
            },
        ],
        estimates:
        [
            new Estimate
            {
                Id = new("est-test-troops-1"), Quantity = MeasuredQuantity.TroopsNearUkraine, Subject = "Test troops near the border", Value = 100000, Unit = "soldiers",
                Qualifier = Qualifier.MoreThan, Estimators = [new("act-test-state-west")], AsOf = On(2021, 12, 3, approx: true, basis: DateBasis.Inferred),
                Place = new("plc-test-border"), Rank = Rank.Normal, Topics = A(Topic.Military), Citations = A(Cite("src-test-a", "§6")),
            },
            new Estimate
            {
                Id = new("est-test-troops-2"), Quantity = MeasuredQuantity.TroopsNearUkraine, Subject = "Test troops near the border", Value = 130000, Unit = "soldiers",
                Qualifier = Qualifier.About, Estimators = [new("act-test-state-west")], AsOf = On(2022, 2, 12), Rank = Rank.Preferred,
                Topics = A(Topic.Military), Citations = A(Cite("src-test-a", "§7")),
            },
            new Estimate
            {
                Id = new("est-test-troops-wider"), Quantity = MeasuredQuantity.TroopsNearUkraine, Subject = "Test troops and others near the border", Value = 150000, Unit = "soldiers",
                Includes = "test separatist forces", Qualifier = Qualifier.MoreThan, Estimators = [new("act-test-state-west")], AsOf = On(2022, 2, 12), Topics = A(Topic.Military),
                Citations = A(Cite("src-test-a", "§17")),
            },
            new Estimate
            {
                Id = new("est-test-troops-planned"), Quantity = MeasuredQuantity.TroopsNearUkraine, Subject = "Test planned troops", Value = 175000, Unit = "soldiers",
                Qualifier = Qualifier.Planned, Estimators = [new("act-test-state-west")], AsOf = On(2021, 12, 3), Topics = A(Topic.Military),
                Notes = "Test data: a planned figure.", Citations = A(Cite("src-test-b", "§6")),
            },
            new Estimate
            {
                Id = new("est-test-troops-old"), Quantity = MeasuredQuantity.TroopsNearUkraine, Subject = "Test superseded figure", StatedAs = "tens of thousands", Unit = "soldiers",
                Qualifier = Qualifier.InWords, Estimators = [new("act-test-minister")], AsOf = On(2022, 1), Rank = Rank.Deprecated,
                Notes = "Test data: superseded.", Citations = A(Cite("src-test-b", "§7", 5)),
            },
            new Estimate
            {
                Id = new("est-test-ships"), Quantity = MeasuredQuantity.ExerciseShips, Subject = "Test ships", Value = 6, Upper = 8, Unit = "ships",
                Qualifier = Qualifier.Range, Estimators = [new("act-test-state-east")], AsOf = On(2022, 2, 10), Citations = A(Cite("src-test-a", "§8")),
            },
        ],
        claims:
        [
            new Claim
            {
                Id = new("cl-test-no-attack"), Claimants = [new("act-test-minister"), new("act-test-state-east")], Date = On(2022, 1, 21), Text = "Test data: Eastland plans no attack.",
                Quote = new BilingualText("Nous n'attaquerons pas (test)", "fr", "We will not attack (test)"), Status = ClaimStatus.Disputed,
                Topics = A(Topic.Military, Topic.Information), Citations = A(Cite("src-test-a", "§9")),
            },
            new Claim
            {
                Id = new("cl-test-submarine"), Claimants = [new("act-test-state-east")], Date = On(2022, 2, 12), Text = "Test data: a submarine was intercepted.",
                Status = ClaimStatus.Denied, Topics = A(Topic.Military), Notes = "Test data: a curator's note | with a pipe.",
                Citations = A(Cite("src-test-b", "§8")),
            },
            new Claim
            {
                Id = new("cl-test-open"), Claimants = [new("act-test-state-east")], Text = "Test data: an undated, unanswered claim.",
                Status = ClaimStatus.Unverified, Citations = A(Cite("src-test-b", "§9")),
            },
            new Claim
            {
                Id = new("cl-test-garrison"), Claimants = [new("act-test-state-east")], Date = On(2022, 2, 11, basis: DateBasis.Inferred, latest: new PartialDate(2022, 2, 12)),
                Text = "Test data: Eastland's units are returning to garrison.", Status = ClaimStatus.Disputed, Topics = A(Topic.Military),
                AnsweredBy = A(new FactAnswer { Fact = new FactId("est-test-troops-wider"), Stance = Stance.Disputes }),
                Citations = A(Cite("src-test-a", "§16")),
            },
        ],
        responses:
        [
            new Response
            {
                Id = new("rs-test-any-time"), Claim = new("cl-test-no-attack"), Responders = [new("act-test-state-west")], Stance = Stance.Disputes,
                Date = On(2022, 1, 21, approx: true), Text = "Test data: an attack could come at any time.", Citations = A(Cite("src-test-a", "§10")),
            },
            new Response
            {
                Id = new("rs-test-denial"), Claim = new("cl-test-submarine"), Responders = [new("act-test-state-west")], Stance = Stance.Denies,
                Date = On(2022, 2, 12), Text = "Test data: no submarine was there.",
                Quote = new BilingualText("Il n'y avait pas de sous-marin (test)", "fr", "There was no submarine (test)"), Citations = A(Cite("src-test-b", "§8")),
            },
        ],
        demands:
        [
            new Demand
            {
                Id = new("dm-test-withdraw"), By = new("act-test-state-east"), Of = A(new ActorId("act-test-alliance")), Date = On(2021, 12, 17),
                Text = "Test data: the alliance should withdraw.", Topics = A(Topic.NatoEnlargement), Citations = A(Cite("src-test-a", "§11")),
            },
        ],
        positions:
        [
            new Position
            {
                Id = new("pos-test-reject"), Demand = new("dm-test-withdraw"), Holder = new("act-test-alliance"), Stance = PositionStance.Rejects,
                Date = On(2022, 1, 26), Text = "Test data: the alliance refuses.", Citations = A(Cite("src-test-a", "§12")),
            },
            new Position
            {
                Id = new("pos-test-open"), Demand = new("dm-test-withdraw"), Holder = new("act-test-state-west"), Stance = PositionStance.Open,
                Text = "Test data: Westland offers talks.", Citations = A(Cite("src-test-b", "§10")),
            },
        ],
        measures:
        [
            new Measure
            {
                Id = new("ms-test-sanctions"), Type = MeasureType.Sanction, Stage = MeasureStage.Threatened, Title = "Test sanctions on Eastland's banks",
                By = A(new ActorId("act-test-state-west")), Target = A(new ActorId("act-test-state-east")), Date = On(2022, 2, 12),
                Condition = "Eastland attacks (test data)", Topics = A(Topic.Economic), Citations = A(Cite("src-test-b", "§3")),
            },
            new Measure
            {
                Id = new("ms-test-aid"), Type = MeasureType.Aid, Stage = MeasureStage.Delivered, Title = "Test aid package", By = A(new ActorId("act-test-state-west")),
                Amount = 200000000, Currency = "USD", Date = On(2022, 1), Summary = "Test data: aid delivered.", Citations = A(Cite("src-test-a", "§13")),
            },
            new Measure
            {
                Id = new("ms-test-deploy"), Type = MeasureType.Deployment, Stage = MeasureStage.Announced, Title = "Test deployment", By = A(new ActorId("act-test-state-west")),
                Destinations = A(new PlaceId("plc-test-border")), Troops = 3000, Date = On(2022, 2, 2), Citations = A(Cite("src-test-a", "§14")),
            },
        ],
        assessments:
        [
            new Assessment
            {
                Id = new("as-test-likely"), Assessors = [new("act-test-state-west")], Date = On(2022, 2, 11), Text = "Test data: an attack is likely.",
                StatedLikelihood = "could come at any time", Likelihood = Likelihood.Likely, Topics = A(Topic.Military), Citations = A(Cite("src-test-a", "§15")),
            },
            new Assessment
            {
                Id = new("as-test-unscaled"), Date = On(2022, 2, 1), Text = "Test data: talks may succeed.",
                StatedLikelihood = "we remain hopeful", Citations = A(Cite("src-test-b", "§11")),
            },
        ],
        judgments:
        [
            new Judgment
            {
                // Listed light first on purpose: briefings choose by weight, then by the list's order.
                Id = new("kj-test-force"), Text = "Test data: Eastland has massed a force able to attack Westland.", Confidence = Confidence.Moderate,
                AsOf = On(2022, 2, 12, basis: DateBasis.Inferred),
                SupportedBy = A(Weighed("ev-test-buildup", Weight.Weak), Weighed("est-test-troops-2", Weight.Moderate), Weighed("est-test-troops-wider", Weight.Strong)),
                CutAgainst = A(Weighed("cl-test-no-attack", Weight.Weak), Weighed("cl-test-garrison", Weight.Moderate)),
                Reasoning = "Test data: the figures agree. Confidence is moderate because the test sources are made up.", Topics = A(Topic.Military),
            },
        ],
        coursesOfAction:
        [
            new CourseOfAction
            {
                Id = new("coa-test-likely"), Actor = new("act-test-state-east"), Type = CourseType.MostLikely, Text = "Test data: Eastland keeps its forces at the border.",
                Confidence = Confidence.Low, AsOf = On(2022, 2, 12, basis: DateBasis.Inferred),
                SupportedBy = A(Weighed("ev-test-buildup", Weight.Moderate), Weighed("est-test-troops-2", Weight.Moderate), Weighed("cl-test-submarine", Weight.Weak)),
                Reasoning = "Test data. Confidence is low.", Indicators = A(new WatchItemId("watch-test-exercise-end")),
            },
            new CourseOfAction
            {
                Id = new("coa-test-dangerous"), Actor = new("act-test-state-east"), Type = CourseType.MostDangerous, Text = "Test data: Eastland attacks Westland.",
                Confidence = Confidence.Moderate, AsOf = On(2022, 2, 12, basis: DateBasis.Inferred),
                SupportedBy = A(Weighed("est-test-troops-wider", Weight.Strong), Weighed("as-test-likely", Weight.Moderate)),
                Reasoning = "Test data. Confidence is moderate.", Indicators = A(new WatchItemId("watch-test-exercise-end")),
            },
        ],
        watchItems:
        [
            new WatchItem
            {
                Id = new("watch-test-exercise-end"), Title = "Test data: end of the exercise", Due = On(2022, 2, 20, basis: DateBasis.Inferred),
                Why = "Test data: the forces were to go home.", WouldChange = "Test data: forces that stay would make an attack likelier; forces that leave would not.",
                Evidence = A(Weighed("ev-test-exercise", Weight.Strong)), BearsOn = A(new JudgmentId("kj-test-force")), Topics = A(Topic.Military),
            },
        ],
        propositions:
        [
            // Two claims of one side, and a figure the analysts hold to bear on the question from the other; the submarine
            // and the undated claim are in no proposition, so the page lists them at the end.
            new Proposition
            {
                Id = new("prop-test-attack"), Question = "Test data: does Eastland plan an attack?",
                Claims = A(new PropositionClaim { Claim = new("cl-test-no-attack"), Side = Side.Denies }, new PropositionClaim { Claim = new("cl-test-garrison"), Side = Side.Denies }),
                Facts = A(new PropositionFact { Fact = new FactId("est-test-troops-wider"), Side = Side.Affirms }),
                Topics = A(Topic.Military),
            },
        ]);

    private static EvidenceItem Weighed(string fact, Weight weight) => new() { Fact = new FactId(fact), Weight = weight };
}
