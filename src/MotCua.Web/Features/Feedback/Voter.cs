using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Who votes on a published answer, for counting each voter once: a signed-in caller by his account (a citizen's id,
/// an officer's user name), anyone else by his address. Not by a cookie: a cookie is the voter's to delete, so it
/// would stop no one who wants to sway indicator 5.3 or the ranking, while another address costs another connection.
/// An IPv6 address counts by its /64 network, as one home or phone may take any address in it at will. Readers behind
/// one address (an office's proxy, a carrier's NAT) share one anonymous vote per answer; each may sign in to count on
/// his own. The address is kept as a SHA-256 so that the table shows none at a glance; that is not anonymity (an IPv4
/// address is quickly found again from its hash), only the comparison the rule needs.
/// </summary>
public static class Voter
{
    public static string Of(HttpContext http) => http.User.Identity is { IsAuthenticated: true, Name: { } name }
        ? "user:" + name
        : "address:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Network(http.Connection.RemoteIpAddress))));

    private static string Network(IPAddress? address) => address switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } => new IPAddress([.. address.GetAddressBytes()[..8], .. new byte[8]]) + "/64",
        _ => address.ToString(),
    };
}
