using MotCua.Web.Notifications.Sms;
using Shouldly;

namespace MotCua.Web.Tests.Notifications.Sms;

public sealed class FieldPathTests
{
    [Theory]
    [InlineData("""{"code":"00","data":{"messageId":"m-1"}}""", "data.messageId", "m-1")]
    [InlineData("""{"code":0,"ok":true}""", "code", "0")]
    [InlineData("""{"ok":true}""", "ok", "true")]
    [InlineData("""{"results":[{"id":12345}]}""", "results[0].id", "12345")]
    [InlineData("""[{"id":"a"},{"id":"b"}]""", "[1].id", "b")]
    [InlineData("""{"results":[]}""", "results[0].id", null)]
    [InlineData("""{"data":null}""", "data.messageId", null)]
    [InlineData("""{"data":{"id":1}}""", "data", null)]
    [InlineData("""{"broken":""", "broken", null)]
    public void JSON_answers_are_read_by_property_path(string answer, string path, string? value)
    {
        FieldPath.Read(answer, path).ShouldBe(value);
    }

    [Theory]
    [InlineData("""<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><ns2:wsCpMtResponse xmlns:ns2="http://impl.bulkSms.ws/"><return><message>Success</message><result>1</result></return></ns2:wsCpMtResponse></S:Body></S:Envelope>""", "Envelope.Body.return.result", "1")]
    [InlineData("""<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><r><result>1</result></r></S:Body></S:Envelope>""", "result", "1")]
    [InlineData("""<r><a>1</a></r>""", "b", null)]
    public void SOAP_answers_are_read_by_element_names(string answer, string path, string? value)
    {
        FieldPath.Read(answer, path).ShouldBe(value);
    }

    [Theory]
    [InlineData("msgid=abc&status=DELIVRD", "status", "DELIVRD")]
    [InlineData("msgid=abc&reason=H%E1%BB%8Fng+m%C3%A1y", "reason", "Hỏng máy")]
    [InlineData("msgid=abc", "status", null)]
    public void Form_receipts_are_read_by_field(string answer, string path, string? value)
    {
        FieldPath.Read(answer, path).ShouldBe(value);
    }
}
