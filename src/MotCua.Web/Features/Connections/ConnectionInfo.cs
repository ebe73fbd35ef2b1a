using MotCua.Web.Connections;

namespace MotCua.Web.Features.Connections;

/// <summary>One outside system as <c>GET /api/v1/connections</c> and <c>/Connections</c> show it.</summary>
public sealed record ConnectionInfo(
    string Key,
    string Title,
    string Mode,
    bool Offline,
    IReadOnlyList<ConnectionSetting> Settings,
    int? Queue,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastFailure);
