using System.Text;

namespace Crisis.Snapshots;

/// <summary>
/// Compares texts with their verified files and writes received files. The environment and the temp
/// folder are parameters so that tests can exercise accepting and CI without touching the real process.
/// </summary>
internal sealed class SnapshotEngine(Func<string, string?> environment, string tempPath)
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public void Verify(SnapshotRequest request)
    {
        RejectInvalidTargets(request.Targets);
        RequireSourceFolder(request.SourceFile);

        var directory = SnapshotNamer.Directory(request.SourceFile, request.Settings);
        var prefix = SnapshotNamer.Prefix(request.SourceFile, request.MethodName, request.Settings, request.ParameterNames);
        var scrubber = PathScrubber.ForSourceFile(request.SourceFile, tempPath);
        var files = request.Targets.Select(target => new SnapshotFile(
            SnapshotNamer.VerifiedPath(directory, prefix, target),
            SnapshotNamer.ReceivedPath(directory, prefix, target),
            Scrub(target, scrubber, request.Settings))).ToList();

        var duplicate = files.GroupBy(f => f.VerifiedPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two targets would share the file {duplicate.Key}: give them distinct names.", nameof(request));
        }

        Compare(files);
    }

    /// <summary>
    /// Compares a committed artifact that does not sit beside the test. Its text is compared as given,
    /// not scrubbed: the artifact is real data that tools read, so it must be exactly what we produce.
    /// </summary>
    public void VerifyFile(string verifiedPath, string actual)
    {
        LineEndings.RejectCarriageReturnInOutput(actual, $"The text compared with {verifiedPath}");
        Compare([new SnapshotFile(verifiedPath, SnapshotNamer.ReceivedPathOfArtifact(verifiedPath), actual)]);
    }

    private static void RejectInvalidTargets(IReadOnlyList<Target> targets)
    {
        if (targets.Count == 0)
        {
            throw new ArgumentException("Verify needs at least one target.", nameof(targets));
        }

        var badExtension = targets.FirstOrDefault(t => t.Extension.Length == 0 || t.Extension.StartsWith('.'));
        if (badExtension is not null)
        {
            throw new ArgumentException($"The extension '{badExtension.Extension}' must be given without a leading dot, e.g. \"md\".", nameof(targets));
        }
    }

    /// <summary>Snapshots sit beside the test, so its folder must be where the compiler saw it.</summary>
    private static void RequireSourceFolder(string sourceFile)
    {
        var sourceDirectory = Path.GetDirectoryName(sourceFile);
        if (!Directory.Exists(sourceDirectory))
        {
            throw new InvalidOperationException(
                $"The test source folder '{sourceDirectory}' does not exist on this machine, so snapshots cannot be placed " +
                "beside the test. Were source paths mapped at build time (PathMap, ContinuousIntegrationBuild)?");
        }
    }

    private static string Scrub(Target target, PathScrubber scrubber, SnapshotSettings settings)
    {
        var what = target.Name is null ? "The snapshot text" : $"The snapshot text of target '{target.Name}'";
        LineEndings.RejectCarriageReturnInOutput(target.Data, what);
        var text = settings.Scrubbers.Aggregate(scrubber.Scrub(target.Data), (current, scrub) => scrub(current));
        LineEndings.RejectCarriageReturnInOutput(text, what + " after scrubbing");
        return text;
    }

    /// <summary>Checks every file, then fails once with all problems, so one run shows every changed target.</summary>
    private void Compare(IReadOnlyList<SnapshotFile> files)
    {
        var policy = AcceptPolicy.From(environment);
        var problems = files.Select(file => CompareOne(file, policy)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new SnapshotMismatchException(string.Join("\n\n", problems) + "\n\n" + policy.Instructions);
        }
    }

    /// <returns>null when the file passes (equal, or accepted); otherwise the failure message.</returns>
    private static string? CompareOne(SnapshotFile file, AcceptPolicy policy)
    {
        var received = Utf8WithoutBom.GetBytes(file.Text);
        if (File.Exists(file.VerifiedPath))
        {
            var verified = File.ReadAllBytes(file.VerifiedPath);
            LineEndings.RejectCarriageReturnInVerified(verified, file.VerifiedPath);
            if (verified.AsSpan().SequenceEqual(received))
            {
                DeleteIfExists(file.ReceivedPath);
                return null;
            }

            if (policy.Accepts)
            {
                Accept(file, received);
                return null;
            }

            Write(file.ReceivedPath, received);
            return FailureMessages.Mismatch(file, verified);
        }

        if (policy.Accepts)
        {
            Accept(file, received);
            return null;
        }

        Write(file.ReceivedPath, received);
        return FailureMessages.New(file);
    }

    private static void Accept(SnapshotFile file, byte[] received)
    {
        Write(file.VerifiedPath, received);
        DeleteIfExists(file.ReceivedPath);
    }

    private static void Write(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, bytes);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
