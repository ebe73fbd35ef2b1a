using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace MotCua.Web.Tests.Architecture;

/// <summary>
/// The web application's compiled types, read once per test process (reading the assembly takes seconds), and the
/// names of its features: the folders under <c>src/MotCua.Web/Features</c>, whose namespaces follow them.
/// </summary>
internal static class WebArchitecture
{
    private const string FeaturesNamespace = "MotCua.Web.Features.";

    public static ArchUnitNET.Domain.Architecture Application { get; } = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();

    public static TheoryData<string> Features()
    {
        var names = Application.Types
            .Select(t => t.Namespace?.FullName ?? string.Empty)
            .Where(n => n.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
            .Select(n => n[FeaturesNamespace.Length..].Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. names];
    }

    /// <summary>A regular expression of the namespace of <paramref name="area"/> under MotCua.Web and those below it.</summary>
    public static string NamespaceOf(string area) => $@"^MotCua\.Web\.{area.Replace(".", @"\.", StringComparison.Ordinal)}(\..+)?$";

    public static string FeatureNamespace(string feature) => NamespaceOf("Features." + feature);
}
