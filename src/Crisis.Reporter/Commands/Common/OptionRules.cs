using System.CommandLine;

namespace Crisis.Reporter.Commands.Common;

/// <summary>Rules on option values that several commands share.</summary>
public static class OptionRules
{
    /// <summary>
    /// Restricts an option to a few values with a one-line message (System.CommandLine's own lists them on lines of
    /// their own).
    /// </summary>
    public static void OneOf(Option<string> option, IReadOnlyCollection<string> values)
    {
        option.HelpName = string.Join("|", values);
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is { Length: > 0 } && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} {value}: not a format of this command; give {string.Join(" or ", values)}.");
            }
        });
    }
}
