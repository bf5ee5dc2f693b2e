namespace Crisis.Snapshots.Tests;

public class NamingTests
{
    private const string SourceFile = "/repo/tests/FooTests.cs";

    private static string Prefix(SnapshotSettings settings, params string[] methodParameters) =>
        SnapshotNamer.Prefix(SourceFile, "Bar", settings, count => methodParameters);

    [Fact]
    public void Class_is_the_source_file_name_and_method_follows()
    {
        Assert.Equal("FooTests.Bar", Prefix(new SnapshotSettings()));
    }

    [Fact]
    public void UseMethodName_replaces_the_method()
    {
        Assert.Equal("FooTests.Other", Prefix(new SnapshotSettings { MethodName = "Other" }));
    }

    [Fact]
    public void Parameters_are_appended_with_the_method_parameter_names_in_order()
    {
        var settings = new SnapshotSettings { ParameterValues = [3, "x"] };

        Assert.Equal("FooTests.Bar_count=3_text=x", Prefix(settings, "count", "text"));
    }

    [Fact]
    public void Fewer_values_than_parameters_use_the_first_names()
    {
        var settings = new SnapshotSettings { ParameterValues = [3] };

        Assert.Equal("FooTests.Bar_count=3", Prefix(settings, "count", "text"));
    }

    [Fact]
    public void More_values_than_parameters_is_an_error()
    {
        var settings = new SnapshotSettings { ParameterValues = [1, 2] };

        var error = Assert.Throws<InvalidOperationException>(() => Prefix(settings, "only"));
        Assert.Contains("2 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_names_are_used_without_asking_the_method()
    {
        var settings = new SnapshotSettings { ParameterNames = ["kind"], ParameterValues = ["a"] };

        var prefix = SnapshotNamer.Prefix(SourceFile, "Bar", settings, _ => throw new InvalidOperationException("must not be asked"));

        Assert.Equal("FooTests.Bar_kind=a", prefix);
    }

    [Fact]
    public void Characters_not_allowed_in_file_names_become_dashes_but_spaces_stay()
    {
        var settings = new SnapshotSettings { ParameterValues = ["a/b\\c:d*e?f\"g<h>i|j k\tl"] };

        Assert.Equal("FooTests.Bar_v=a-b-c-d-e-f-g-h-i-j k-l", Prefix(settings, "v"));
    }

    [Fact]
    public void Values_are_formatted_with_the_invariant_culture()
    {
        var settings = new SnapshotSettings { ParameterValues = [1.5, null, new[] { 1, 2 }, true, 1_000_000] };

        Assert.Equal("FooTests.Bar_a=1.5_b=null_c=1,2_d=True_e=1000000", Prefix(settings, "a", "b", "c", "d", "e"));
    }

    [Fact]
    public void UseTextForParameters_is_appended_verbatim()
    {
        Assert.Equal("FooTests.Bar_custom", Prefix(new SnapshotSettings { ParametersText = "custom" }));
    }

    [Fact]
    public void UseFileName_replaces_class_and_method()
    {
        Assert.Equal("Custom", Prefix(new SnapshotSettings { FileName = "Custom" }));
    }

    [Fact]
    public void UseFileName_cannot_be_combined_with_parameters()
    {
        var settings = new SnapshotSettings { FileName = "Custom", ParameterValues = [1] };

        Assert.Throws<InvalidOperationException>(() => Prefix(settings, "a"));
    }

    [Fact]
    public void Named_targets_get_a_hash_suffix_and_their_extension()
    {
        Assert.Equal("/d/P#report.verified.md", SnapshotNamer.VerifiedPath("/d", "P", new Target("md", "", "report")));
        Assert.Equal("/d/P#report.received.md", SnapshotNamer.ReceivedPath("/d", "P", new Target("md", "", "report")));
    }

    [Fact]
    public void A_target_without_a_name_has_no_hash_suffix()
    {
        Assert.Equal("/d/P.verified.json", SnapshotNamer.VerifiedPath("/d", "P", new Target("json", "")));
    }

    [Fact]
    public void Target_names_are_sanitized()
    {
        Assert.Equal("/d/P#a-b.verified.txt", SnapshotNamer.VerifiedPath("/d", "P", new Target("txt", "", "a/b")));
    }

    [Fact]
    public void Snapshots_live_beside_the_source_file_or_in_a_folder_relative_to_it()
    {
        Assert.Equal("/repo/tests", SnapshotNamer.Directory(SourceFile, new SnapshotSettings()));
        Assert.Equal("/repo/tests/Snapshots", SnapshotNamer.Directory(SourceFile, new SnapshotSettings { Directory = "Snapshots" }));
        Assert.Equal("/repo/data", SnapshotNamer.Directory(SourceFile, new SnapshotSettings { Directory = "../data" }));
    }

    [Theory]
    [InlineData("/repo/data/facts.schema.json", "/repo/data/facts.schema.received.json")]
    [InlineData("/repo/data/x.verified.txt", "/repo/data/x.received.txt")]
    [InlineData("/repo/data/README", "/repo/data/README.received")]
    public void Received_file_of_a_committed_artifact(string verified, string received)
    {
        Assert.Equal(received, SnapshotNamer.ReceivedPathOfArtifact(verified));
    }
}
