namespace Crisis.Snapshots;

/// <summary>
/// One output of a test. With a <see cref="Name"/> it is stored as
/// <c>{Class}.{Method}#{Name}.verified.{Extension}</c>, without one as <c>{Class}.{Method}.verified.{Extension}</c>.
/// </summary>
public sealed record Target(string Extension, string Data, string? Name = null);
