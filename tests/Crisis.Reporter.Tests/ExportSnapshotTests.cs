using System.Collections.Immutable;
using System.Reflection;
using Crisis.Model;
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

    [Fact]
    public void EveryIdAndVocabularyTypeOfTheFactsHasAConverter()
    {
        // Without one, System.Text.Json would write an id as {"value": ...} and a vocabulary value as a number.
        var converted = ExportJson.Converters.Select(c => c.Type).ToHashSet();
        var needed = new HashSet<Type>();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(typeof(FactCatalog).GetProperties().Select(p => p.PropertyType));
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(FactCatalog).Assembly && !type.IsGenericType)
            {
                continue;
            }

            if (type.IsGenericType)
            {
                type.GetGenericArguments().ToList().ForEach(pending.Push);
                continue;
            }

            if (type.IsEnum || type.IsValueType)
            {
                needed.Add(type);
                continue;
            }

            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);
            }
        }

        Assert.NotEmpty(needed);
        Assert.Empty(needed.Where(t => !converted.Contains(t)).Select(t => t.Name));
    }
}
