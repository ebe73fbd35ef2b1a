using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using MotCua.Web.Features.Feedback;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

public sealed class VoterTests
{
    [Theory]
    [InlineData("2001:db8:1:2:aaaa::1", "2001:db8:1:2:bbbb::9", true)]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7", true)]
    [InlineData("203.0.113.7", "203.0.113.8", false)]
    public void An_anonymous_voter_is_his_address_an_IPv6_one_by_its_64_network(string first, string second, bool same) =>
        (Voter.Of(From(first)) == Voter.Of(From(second))).ShouldBe(same);

    [Fact]
    public void A_signed_in_voter_is_his_account_wherever_he_votes_from()
    {
        var citizen = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "citizen:42")], "Bearer"));

        Voter.Of(From("203.0.113.7", citizen)).ShouldBe(Voter.Of(From("198.51.100.1", citizen)));
        Voter.Of(From("203.0.113.7", citizen)).ShouldNotBe(Voter.Of(From("203.0.113.7")));
    }

    private static DefaultHttpContext From(string address, ClaimsPrincipal? user = null)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        http.User = user ?? new ClaimsPrincipal(new ClaimsIdentity());
        return http;
    }
}
