using System.Runtime.CompilerServices;

namespace Crisis.Snapshots;

/// <summary>
/// The result of <c>Verifier.Verify</c>: settings are chained on it, and the check runs when it is awaited
/// (or converted to a <see cref="Task"/>), exactly as with Verify's SettingsTask.
/// </summary>
public sealed class SettingsTask
{
    private readonly Action<SnapshotSettings> check;
    private readonly SnapshotSettings settings = new();
    private Task? started;

    internal SettingsTask(Action<SnapshotSettings> check) => this.check = check;

    /// <summary>
    /// Appends <c>_{name}={value}</c> per value to the file name. Names are those of the calling test
    /// method's parameters, in order (a prefix of them when fewer values are given).
    /// </summary>
    public SettingsTask UseParameters(params object?[]? values) =>
        Configure(s => s.ParameterValues = values ?? [null]);

    /// <summary>
    /// Like <see cref="UseParameters(object?[])"/> with explicit names, for tests whose method cannot be
    /// found by reflection (not in Verify: prefer the other overload).
    /// </summary>
    public SettingsTask UseParameters(params (string Name, object? Value)[] parameters) =>
        Configure(s =>
        {
            s.ParameterNames = [.. parameters.Select(p => p.Name)];
            s.ParameterValues = [.. parameters.Select(p => p.Value)];
        });

    /// <summary>Appends <c>_{text}</c> to the file name instead of <c>name=value</c> pairs.</summary>
    public SettingsTask UseTextForParameters(string text) => Configure(s => s.ParametersText = text);

    public SettingsTask UseMethodName(string name) => Configure(s => s.MethodName = name);

    /// <summary>Replaces <c>{Class}.{Method}</c> (and, as in Verify, the parameter part) of the file name.</summary>
    public SettingsTask UseFileName(string fileNameWithoutExtensions) =>
        Configure(s => s.FileName = fileNameWithoutExtensions);

    /// <summary>A folder relative to the test source file's folder (an absolute path is used as it is).</summary>
    public SettingsTask UseDirectory(string relativeDirectory) => Configure(s => s.Directory = relativeDirectory);

    /// <summary>Runs after the built-in path scrubbing, in the order added.</summary>
    public SettingsTask AddScrubber(Func<string, string> scrubber) => Configure(s => s.Scrubbers.Add(scrubber));

    /// <summary>Removes every line containing one of the fragments (ordinal, ignoring case, as Verify does).</summary>
    public SettingsTask ScrubLinesContaining(params string[] fragments)
    {
        if (fragments.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("An empty fragment would remove every line.", nameof(fragments));
        }

        return AddScrubber(text => LineScrubber.RemoveLinesContaining(text, fragments));
    }

    /// <summary>Runs the check once; later calls return the same task.</summary>
    public Task ToTask() => started ??= Start();

    public TaskAwaiter GetAwaiter() => ToTask().GetAwaiter();

    /// <summary>Lets a test written as <c>Task Test() => Verify(...)</c> compile, as with Verify.</summary>
    public static implicit operator Task(SettingsTask task) => task.ToTask();

    private SettingsTask Configure(Action<SnapshotSettings> change)
    {
        if (started is not null)
        {
            throw new InvalidOperationException("The snapshot was already checked: configure it before awaiting it.");
        }

        change(settings);
        return this;
    }

    private Task Start()
    {
        // Checked synchronously (small files); failures travel in the task, as awaiting callers expect.
        try
        {
            check(settings);
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }
}
