using System.Text.Json;
using System.Xml.Linq;
using MotCua.Domain.Text;
using MotCua.Web.Notifications.Sms;
using Shouldly;

namespace MotCua.Web.Tests.Notifications.Sms;

public sealed class SmsRequestTests
{
    private static readonly Guid Reference = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SmsText Sms(string text) => new("84912345678", text, SmsLength.Of(text));

    [Fact]
    public async Task A_JSON_template_gets_each_value_escaped_as_a_JSON_string_and_the_key_in_its_header()
    {
        var http = new SmsHttpOptions
        {
            Url = "https://sms.example.vn/api/send",
            BodyTemplate = """{"to":"{phone}","text":"{text}","ref":"{reference}","brand":"{brand}","unicode":{unicode},"parts":{parts}}""",
            BrandName = "UBND \"PL\"",
            AuthHeader = "Authorization",
            AuthValue = "Bearer k",
        };

        using var request = SmsRequest.For(http, Sms("Hồ sơ \"A\\B\" {phone}\nđã xong"), Reference);

        (request.Method.Method, request.RequestUri!.ToString()).ShouldBe(("POST", "https://sms.example.vn/api/send"));
        request.Headers.GetValues("Authorization").ShouldBe(["Bearer k"]);
        request.Content!.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("text").GetString().ShouldBe("Hồ sơ \"A\\B\" {phone}\nđã xong");
        body.RootElement.GetProperty("brand").GetString().ShouldBe("UBND \"PL\"");
        body.RootElement.GetProperty("ref").GetString().ShouldBe("0193a1b2c3d47e5f8a9b0c1d2e3f4a5b");
        (body.RootElement.GetProperty("unicode").GetInt32(), body.RootElement.GetProperty("parts").GetInt32()).ShouldBe((1, 1));
    }

    [Fact]
    public async Task A_form_template_is_URL_encoded_and_the_secret_can_go_in_the_body()
    {
        var http = new SmsHttpOptions { Url = "https://sms.example.vn/send", ContentType = "application/x-www-form-urlencoded", BodyTemplate = "to={phone}&msg={text}&key={auth}", AuthValue = "a&b=c" };

        using var request = SmsRequest.For(http, Sms("Ho so A&B = xong"), Reference);

        (await request.Content!.ReadAsStringAsync(Ct)).ShouldBe("to=84912345678&msg=Ho%20so%20A%26B%20%3D%20xong&key=a%26b%3Dc");
        request.Headers.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_SOAP_template_is_XML_escaped_with_its_extra_headers()
    {
        var http = new SmsHttpOptions
        {
            Url = "https://sms.example.vn/ws",
            ContentType = "text/xml",
            BodyTemplate = "<Envelope><Body><send><to>{phone}</to><content>{text}</content><ContentType>{unicode}</ContentType></send></Body></Envelope>",
            Headers = { ["SOAPAction"] = "\"send\"" },
        };

        using var request = SmsRequest.For(http, Sms("A < B & \"C\""), Reference);

        XDocument.Parse(await request.Content!.ReadAsStringAsync(Ct)).Descendants("content").Single().Value.ShouldBe("A < B & \"C\"");
        request.Headers.GetValues("SOAPAction").ShouldBe(["\"send\""]);
        request.Content.Headers.ContentType!.ToString().ShouldBe("text/xml; charset=utf-8");
    }

    [Fact]
    public void A_GET_gateway_takes_the_values_in_its_URL_escaped()
    {
        var http = new SmsHttpOptions { Method = "get", Url = "https://sms.example.vn/send?to={phone}&text={text}&id={reference}" };

        using var request = SmsRequest.For(http, Sms("Hồ sơ A&B"), Reference);

        (request.Method.Method, request.Content).ShouldBe(("GET", null));
        request.RequestUri!.AbsoluteUri.ShouldBe("https://sms.example.vn/send?to=84912345678&text=H%E1%BB%93%20s%C6%A1%20A%26B&id=0193a1b2c3d47e5f8a9b0c1d2e3f4a5b");
    }
}
