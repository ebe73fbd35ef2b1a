using System.Globalization;
using System.Text;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;

namespace MotCua.Web.Notifications.Sms;

/// <summary>An SMS as it goes to the gateway: the number in the gateway's form, the text as fitted, and how many SMS it takes.</summary>
public sealed record SmsText(string Phone, string Text, SmsLength Length)
{
    /// <summary>
    /// Fits an outbox message to SMS by <see cref="SmsOptions"/>; a number that is not a Vietnamese phone number, or a
    /// text the policy does not let go, throws <see cref="NotificationRefusedException"/>: no retry would change either.
    /// </summary>
    public static SmsText Of(string recipient, string body, SmsOptions options)
    {
        if (!PhoneNumber.TryNormalize(recipient, out var national))
        {
            throw new NotificationRefusedException($"'{recipient}' is not a Vietnamese phone number.");
        }

        var composed = body.Normalize(NormalizationForm.FormC);
        var text = options.Text.Unaccented ? Unaccented.Of(composed) : composed;
        var length = SmsLength.Of(text);
        var limit = options.Text.LongMessages == SmsLongMessages.Refuse ? 1 : options.Text.MaxParts;
        if (length.Parts > limit)
        {
            var units = length.Unicode ? "UCS-2 characters" : "GSM-7 septets";
            throw new NotificationRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"The text takes {length.Parts} SMS ({length.Units} {units}); the SMS policy allows {limit} (Notifications:Sms:Text)."));
        }

        return new(Format(national, options.PhoneFormat), text, length);
    }

    private static string Format(string national, SmsPhoneFormat format) => format switch
    {
        SmsPhoneFormat.National => national,
        SmsPhoneFormat.E164 => "+84" + national[1..],
        _ => "84" + national[1..],
    };
}
