using MotCua.Web.Common;
using MotCua.Web.Connections;

namespace MotCua.Web.Features.Connections;

/// <summary>Gửi thử: one harmless message through a connection, answered with what the other side said.</summary>
public sealed class TestConnection(IEnumerable<IConnection> connections)
{
    public static readonly Text ConnectionNoun = new("kết nối", "Connection");

    public async Task<Outcome<TestAnswer>> HandleAsync(string key, string? recipient, CancellationToken ct)
    {
        if (connections.FirstOrDefault(c => c.Key == key) is not { } connection)
        {
            return Error.NotFound(ConnectionNoun, key);
        }

        var answer = await connection.SendTestAsync(string.IsNullOrWhiteSpace(recipient) ? null : recipient.Trim(), ct);
        return answer.Failed ? answer.Error : new TestAnswer(key, answer.Value.ToString());
    }
}

/// <summary>What the outside system answered a test.</summary>
public sealed record TestAnswer(string Key, string Answer);

/// <summary>The body of <c>POST /api/v1/connections/{key}/test</c>: who gets the test, for a connection that needs one (an address, a phone number).</summary>
public sealed record TestRequest(string? Recipient);
