using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Dossiers;

/// <summary>A receptionist's double click on "receive" (or the browser resending the form) receives one dossier.</summary>
public sealed class DoubleSubmitTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_same_intake_form_posted_twice_receives_one_dossier()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await DeskIntake.FillBirthRegistrationAsync(page, "Đinh Thị Hai Lần", "070190009876", "0912999888");
        await DeskIntake.TickBothComponentsAsync(page);
        var form = page.Locator("form.form.wide");
        var fields = await form.EvaluateAsync<Dictionary<string, string>>(
            "f => Object.fromEntries([...new FormData(f)].filter(([, v]) => typeof v === 'string'))");
        var action = await form.EvaluateAsync<string>("f => f.action");

        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            var data = page.Context.APIRequest.CreateFormData();
            foreach (var (name, value) in fields)
            {
                data.Set(name, value);
            }

            return await page.Context.APIRequest.PostAsync(action, new() { Multipart = data, MaxRedirects = 0 });
        }));

        posts.ShouldAllBe(p => p.Status == 302);
        var locations = posts.Select(p => p.Headers["location"]).ToList();
        locations[0].ShouldContain("/Dossiers/Detail/");
        locations[1].ShouldBe(locations[0]);
    }
}
