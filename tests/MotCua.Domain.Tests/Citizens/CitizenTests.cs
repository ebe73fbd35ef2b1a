using MotCua.Domain.Citizens;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Citizens;

public sealed class CitizenTests
{
    [Fact]
    public void A_new_password_replaces_the_hash_and_the_security_stamp()
    {
        var citizen = new Citizen { FullName = "Trần Thị Bình", IdNumber = "079301234567" };
        citizen.PasswordHash.ShouldBeEmpty(); // registered without a password yet: no hash can match it
        Guid before = citizen.SecurityStamp;

        citizen.SetPassword("pbkdf2-hash");

        citizen.PasswordHash.ShouldBe("pbkdf2-hash");
        citizen.SecurityStamp.ShouldNotBe(before);
    }
}
