namespace Crisis.Snapshots.Tests;

public class ParameterNameLookupTests
{
    private static readonly System.Reflection.Assembly ThisAssembly = typeof(ParameterNameLookupTests).Assembly;

    [Theory]
    [InlineData("a", 1)]
    public void Finds_the_parameter_names_of_the_test_method(string text, int count)
    {
        Assert.NotNull(text);
        Assert.Equal(1, count);

        var names = ParameterNameLookup.Find(ThisAssembly, nameof(ParameterNameLookupTests), nameof(Finds_the_parameter_names_of_the_test_method), 2);

        Assert.Equal(["text", "count"], names);
    }

    [Fact]
    public void Finds_methods_of_classes_nested_in_the_file_class()
    {
        var names = ParameterNameLookup.Find(ThisAssembly, nameof(ParameterNameLookupTests), nameof(Nested.NestedMethod), 1);

        Assert.Equal(["depth"], names);
    }

    [Fact]
    public void An_unknown_method_asks_for_explicit_names()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => ParameterNameLookup.Find(ThisAssembly, nameof(ParameterNameLookupTests), "NoSuchMethod", 1));

        Assert.Contains("UseParameters((\"name\", value)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_values_than_parameters_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(
            () => ParameterNameLookup.Find(ThisAssembly, nameof(ParameterNameLookupTests), nameof(Nested.NestedMethod), 2));
    }

    private static class Nested
    {
        public static int NestedMethod(int depth) => depth;
    }
}
