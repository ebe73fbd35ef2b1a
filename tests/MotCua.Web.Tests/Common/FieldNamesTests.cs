using System.Net;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>Issue 18, item 10: a page's error summary names each field as the page does, never by its API key.</summary>
public abstract class FieldNamesTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_submit_page_s_summary_names_the_resolving_authority_not_unitCode()
    {
        var (_, citizen) = await App.CitizenAsync();
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);
        var form = (MultipartFormDataContent)CitizenRequests.SubmitRequest([.. CitizenRequests.BothFiles(), ("unitCode", "")]).Content!;

        var answer = await browser.PostFormAsync($"/cong-dan/nop-ho-so/{DossierRequests.BirthRegistration}", form);

        var page = await answer.Content.ReadAsStringAsync(Ct);
        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.ShouldContain("<li><strong>Cơ quan giải quyết</strong>: Chưa chọn cơ quan giải quyết.</li>");
        page.ShouldNotContain("<code>unitCode</code>");
    }

    [Fact]
    public async Task The_registration_summary_names_the_e_mail_field_as_the_form_does()
    {
        var citizen = CitizenRequests.NewCitizen();
        var browser = CitizenPages.Browser(App);
        var form = new MultipartFormDataContent();
        foreach (var (field, value) in new[] { ("FullName", citizen["fullName"]), ("IdNumber", citizen["idNumber"]), ("Email", "not-an-address"), ("Password", CitizenRequests.Password) })
        {
            form.Add(new StringContent(value!), $"Input.{field}");
        }

        var page = await (await browser.PostFormAsync("/cong-dan/dang-ky", form)).Content.ReadAsStringAsync(Ct);

        page.ShouldContain("<li><strong>Thư điện tử</strong>: Địa chỉ thư điện tử không hợp lệ.</li>");
        page.ShouldNotContain("<code>email</code>");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class FieldNamesTestsOnSqlite(SqliteApp app) : FieldNamesTests(app);

[Collection(PostgresGroup.Name)]
public sealed class FieldNamesTestsOnPostgres(PostgresApp app) : FieldNamesTests(app);
