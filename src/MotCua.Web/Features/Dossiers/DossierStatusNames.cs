using System.Text.Json;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Statuses as the API writes them (camelCase, like every enum of API.md).</summary>
public static class DossierStatusNames
{
    public static string Of(DossierStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    /// <summary>Every status by its API name, in the order of the mechanism: what a status filter offers.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<DossierStatus>().Select(Of).ToArray();
}
