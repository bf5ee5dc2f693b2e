using Crisis.Reporter.Briefings;
using Crisis.Reporter.Briefings.Shared;
using Crisis.Reporter.Export;
using Crisis.Reporter.Selection;
using static Crisis.Snapshots.Verifier;

namespace Crisis.Reporter.Tests;

/// <summary>The exports of the fixed test data are reviewed snapshots too (field names, order, date forms).</summary>
public sealed class ExportSnapshotTests
{
    [Fact]
    public async Task JsonOfTheTestData() =>
        await Verify(JsonExport.Json(TestData.Catalog, BriefingFilter.None), "json");

    [Fact]
    public async Task TimelineJsOfTheTestData() =>
        await Verify(JsonExport.TimelineJs(TestData.Catalog, BriefingFilter.None), "json");
}
