using Crisis.Model;
using Crisis.Reporter.Briefings.Shared;

namespace Crisis.Reporter.Briefings.Situation;

/// <summary>
/// The sentences a page's facts cite, counted as sentences (a sentence cited by three facts is one; "¶3 s.20–21" is
/// two), and how many of them a fact reads through damage: its item rests on a repair of a garble (credibility 3) or
/// on words a truncation lost (6), or it conflicts, as the words stand, with other facts (4 or 5). What a sentence
/// states whole in a clause of its own is graded as clean words are (README, "Grades"), so such a sentence counts as
/// damaged only where some fact rests on its damage.
/// </summary>
internal static class CitedSentences
{
    /// <summary>The cited sentences, those read through a repair or a loss, and those that conflict with other facts.</summary>
    public static (int Sentences, int Damaged, int Conflicting) Count(IEnumerable<Citation> citations)
    {
        var grades = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var c in citations)
        {
            foreach (var sentence in SentenceKeys.Of(c))
            {
                if (!grades.TryGetValue(sentence, out var list))
                {
                    grades[sentence] = list = [];
                }

                list.Add(c.Credibility);
            }
        }

        return (
            grades.Count,
            grades.Values.Count(g => g.Any(c => c is 3 or 6)),
            grades.Values.Count(g => g.Any(c => c is 4 or 5)));
    }
}
