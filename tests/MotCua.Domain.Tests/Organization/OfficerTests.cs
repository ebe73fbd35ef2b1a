using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Organization;

public sealed class OfficerTests
{
    [Fact]
    public void A_new_officer_is_active_without_a_password_and_his_stamp_changes_when_renewed()
    {
        var officer = new Officer { UserName = "tiepnhan.xa", FullName = "Nguyễn Văn An" };
        string first = officer.SecurityStamp;

        (officer.IsActive, officer.PasswordHash).ShouldBe((true, ""));
        first.ShouldMatch("^[0-9a-f]{32}$"); // 32 hex digits, no dashes: the column holds 32 characters (OfficerConfiguration)
        officer.RenewSecurityStamp();
        officer.SecurityStamp.ShouldNotBe(first);
        officer.SecurityStamp.ShouldMatch("^[0-9a-f]{32}$");
    }
}
