namespace Crisis.Snapshots;

/// <summary>
/// Accepting is deliberate and local: <c>SNAPSHOT_ACCEPT=1</c> (or <c>true</c>) turns a new or changed
/// snapshot into its verified file, unless <c>CI</c> is set, where nothing may be accepted silently.
/// </summary>
internal sealed record AcceptPolicy(bool Requested, bool OnCi)
{
    public const string AcceptVariable = "SNAPSHOT_ACCEPT";
    public const string CiVariable = "CI";
    public const string AcceptScript = "tests/accept-snapshots.sh";

    public bool Accepts => Requested && !OnCi;

    public static AcceptPolicy From(Func<string, string?> environment)
    {
        var accept = environment(AcceptVariable)?.Trim();
        var requested = string.Equals(accept, "1", StringComparison.Ordinal)
            || string.Equals(accept, "true", StringComparison.OrdinalIgnoreCase);
        return new AcceptPolicy(requested, OnCi: !string.IsNullOrEmpty(environment(CiVariable)));
    }

    public string Instructions => OnCi
        ? "Accepting is disabled on CI (the CI environment variable is set" +
          (Requested ? $"; {AcceptVariable} is ignored" : "") +
          "). Reproduce locally, review the received file, accept it and commit the verified file."
        : $"To accept, review the received file, then run {AcceptScript} (renames every *.received.* to " +
          $"*.verified.*) or rerun the tests with {AcceptVariable}=1. Read every changed verified file before committing it.";
}
