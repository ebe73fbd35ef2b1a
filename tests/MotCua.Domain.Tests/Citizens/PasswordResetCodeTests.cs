using MotCua.Domain.Citizens;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Citizens;

public sealed class PasswordResetCodeTests
{
    [Theory]
    [InlineData("2025-03-03T09:14:59+07:00", true)]  // a second before its 15 minutes are up
    [InlineData("2025-03-03T09:15:00+07:00", false)] // its 15 minutes are up
    [InlineData("2025-03-03T10:00:00+07:00", false)]
    public void A_reset_code_serves_for_15_minutes_from_when_it_was_sent(string now, bool usable)
    {
        var code = new PasswordResetCode { CodeHash = "hash", CreatedAt = Instant("2025-03-03T09:00+07:00") };

        code.ExpiresAt.ShouldBe(Instant("2025-03-03T09:15+07:00"));
        code.IsUsable(Instant(now)).ShouldBe(usable);
    }
}
