namespace Crisis.Reporter.Briefings.Actors;

/// <summary>
/// How much of the actors page a reader is asked to read: the one place its caps are set (issue 22's reading budget
/// is to take these over). A section shows an actor's weightiest facts and counts the rest ("and 12 more"), which the
/// claims and timeline pages give in full.
/// </summary>
public static class ActorsBudget
{
    /// <summary>The most facts a section shows: its weightiest, by the analysts' weights, then salience.</summary>
    public const int ItemsPerSection = 4;

    /// <summary>The most actors given a section of their own, the most involved first; the others are one line each in a table.</summary>
    public const int Sections = 16;

    /// <summary>The fewest facts an actor needs for a section of their own: an actor in fewer is a line in the table.</summary>
    public const int FactsForASection = 4;
}
